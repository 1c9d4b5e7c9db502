import { noticeShown } from '../../stores/notices-store';

/**
 * Registers the service worker that keeps the app working offline. When a new version has
 * installed and waits, a notice offers it; it takes over, and the page reloads, only if the user
 * chooses Reload.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const container = navigator.serviceWorker;
  const offer = (waiting: ServiceWorker) =>
    noticeShown('A new version of Previously is ready.', 'info', {
      label: 'Reload',
      run: () => {
        container.addEventListener('controllerchange', () => window.location.reload(), {
          once: true,
        });
        waiting.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  // Without a worker (storage blocked, an insecure origin, a browser set to refuse workers) the
  // app works as before, online only.
  const registration = await container
    .register(`${base}sw.js`, { scope: base })
    .catch(() => undefined);
  if (!registration) return;
  // A worker that installs while none controls the page is the first one, not an update.
  if (registration.waiting && container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) offer(installing);
    });
  });
}
