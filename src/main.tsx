import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { startOfflineSupport } from './app/offline/start-offline-support';
import { createAppRouter } from './app/router';
import { noticeShown } from './stores/notices-store';
import { startApp } from './stores/start-app';
import './app/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={createAppRouter()} />
    </StrictMode>,
  );
}

startApp({
  readDefaultPack: async () => {
    const response = await fetch(`${import.meta.env.BASE_URL}packs/ballard.json`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  },
}).catch((error: unknown) =>
  noticeShown(
    `Previously could not finish loading what you have saved (${String(error)}). Everything stays covered; reload to try again.`,
  ),
);

// The dev server has no built files to keep for offline use, and a worker would serve stale code.
if (import.meta.env.PROD) startOfflineSupport();
