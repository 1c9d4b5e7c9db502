import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { LibraryRoute } from './library-route';
import { RouteErrorPage } from './route-error-page';

/**
 * Every page but the library is its own chunk, loaded when first visited. The library comes with
 * the entry chunk: it is the first page, and waiting for its chunk delayed the first paint.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    // Shown while the first page's chunk loads, instead of an empty screen.
    hydrateFallbackElement: (
      <p className="boot" role="status">
        Loading Previously…
      </p>
    ),
    children: [
      { index: true, Component: LibraryRoute },
      {
        path: 'shows/:showId',
        lazy: () => import('./show-route').then((m) => ({ Component: m.ShowRoute })),
      },
      {
        path: 'shows/:showId/characters',
        lazy: () =>
          import('../features/characters/characters-page').then((m) => ({
            Component: m.CharactersPage,
          })),
      },
      {
        path: 'shows/:showId/characters/:characterId',
        lazy: () =>
          import('../features/characters/character-page').then((m) => ({
            Component: m.CharacterPage,
          })),
      },
      {
        path: 'shows/:showId/episodes/:code',
        lazy: () => import('./episode-route').then((m) => ({ Component: m.EpisodeRoute })),
      },
      {
        path: 'shows/:showId/story',
        lazy: () =>
          import('../features/story/story-page').then((m) => ({ Component: m.StoryPage })),
      },
      {
        path: 'news',
        lazy: () =>
          import('../features/news/library-news-page').then((m) => ({
            Component: m.LibraryNewsPage,
          })),
      },
      {
        path: 'shows/:showId/news',
        lazy: () =>
          import('../features/news/show-news-page').then((m) => ({ Component: m.ShowNewsPage })),
      },
      {
        path: 'search',
        lazy: () =>
          import('../features/search/search-page').then((m) => ({ Component: m.SearchPage })),
      },
      {
        path: 'shield',
        lazy: () =>
          import('../features/shield/shield-page').then((m) => ({ Component: m.ShieldPage })),
      },
      {
        path: 'add',
        lazy: () =>
          import('../features/import/add-show-page').then((m) => ({ Component: m.AddShowPage })),
      },
      {
        path: 'backup',
        lazy: () =>
          import('../features/backup/backup-page').then((m) => ({ Component: m.BackupPage })),
      },
      {
        path: 'settings',
        lazy: () => import('./settings-route').then((m) => ({ Component: m.SettingsRoute })),
      },
      {
        path: '*',
        lazy: () =>
          import('../features/shared/not-found-page').then((m) => ({ Component: m.NotFoundPage })),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
}

export function createTestRouter(initialPath: string) {
  return createMemoryRouter(routes, { initialEntries: [initialPath] });
}
