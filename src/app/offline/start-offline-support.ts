import { updateWaiting } from '../../stores/app-update-store';

/**
 * Once the page has loaded, fetches the registration code (kept off the first page) and registers
 * the service worker; a new version that waits is offered through the update notice.
 */
export function startOfflineSupport(): void {
  const register = () =>
    void import('./register-service-worker').then(({ registerServiceWorker }) =>
      registerServiceWorker(updateWaiting),
    );
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
