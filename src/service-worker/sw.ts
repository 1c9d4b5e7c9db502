/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  getCacheKeyForURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { admittedSyncOrigins } from '../storage/sync-origins';
import { pageAdmitting } from './page-admitting';

/*
 * Keeps the built app and the Ballard pack (the manifest the build injects) for use with no
 * network, and answers every navigation with index.html, its policy letting the page connect to
 * the sync servers the person chose. A new version waits until the page asks it to take over
 * (src/app/offline/register-service-worker.ts).
 */

declare const self: ServiceWorkerGlobalScope;

const APP_PAGE = 'index.html';

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first worker takes the page it was registered from, so it works offline without a reload;
// a later one only activates when the person accepts the update, then the page reloads.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Every address opens the app, bar those of the app's other kept files (its icon, its pack). */
function opensTheApp(url: URL): boolean {
  const cacheKey = getCacheKeyForURL(url.href);
  return (
    cacheKey === undefined ||
    cacheKey === getCacheKeyForURL(new URL(APP_PAGE, self.registration.scope).href)
  );
}

async function appPage(request: Request): Promise<Response> {
  const page = await matchPrecache(APP_PAGE);
  if (!page) return fetch(request);
  // Storage refused or broken: the page opens as built, syncing with nothing.
  const origins = await admittedSyncOrigins().catch(() => []);
  return origins.length === 0 ? page : pageAdmitting(page, origins);
}

// Ahead of the precache's own route, which would answer the base address with index.html as built.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && opensTheApp(url),
  ({ request }) => appPage(request),
);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
