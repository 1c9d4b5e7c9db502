import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/router';
import { SYNC_SERVERS_DATABASE } from './storage/sync-servers-name';
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
})
  .then(async () => {
    // Sync's code loads only in a browser where a profile once chose a server.
    const known = (await indexedDB.databases?.()) ?? [];
    if (known.some(({ name }) => name === SYNC_SERVERS_DATABASE)) {
      await (await import('./stores/sync-actions')).syncResumed();
    }
  })
  .catch((error: unknown) =>
    noticeShown(
      `Previously could not finish loading what you have saved (${String(error)}). Everything stays covered; reload to try again.`,
    ),
  );

// The service worker registers once the page has loaded, with code fetched only then, so it does
// not delay the first page; not under the dev server, which has no built files to keep offline.
if (import.meta.env.PROD) {
  window.addEventListener(
    'load',
    () =>
      void import('./app/offline/register-service-worker').then((worker) =>
        worker.registerServiceWorker(),
      ),
    { once: true },
  );
}
