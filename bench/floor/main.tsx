import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { create } from 'zustand';

/**
 * The floor for the first-page JavaScript budget: the least an app built on react, react-dom,
 * react-router and zustand can ship, built with the app's own Vite config.
 */

const useClicks = create<{ clicks: number }>()(() => ({ clicks: 0 }));

function Home() {
  const clicks = useClicks((state) => state.clicks);
  return (
    <main>
      <h1>Floor</h1>
      <button type="button" onClick={() => useClicks.setState({ clicks: clicks + 1 })}>
        Clicked {clicks} times
      </button>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={createBrowserRouter([{ path: '/', element: <Home /> }])} />
    </StrictMode>,
  );
}
