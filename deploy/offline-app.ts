import { VitePWA } from 'vite-plugin-pwa';

/** The colours of src/app/theme.css: the accent behind the mark, the page's light background. */
const THEME_COLOR = '#1d4ed8';
const BACKGROUND_COLOR = '#f7f7f5';

/**
 * The web app manifest and a Workbox service worker that precaches the built app and the Ballard
 * pack, and answers every navigation with index.html, so any address loads with no network once
 * the app has been opened. The worker waits for the user to accept a new version
 * (`registerType: 'prompt'`); src/app/offline registers it after the first page has rendered.
 * Start URL and scope follow Vite's base path.
 */
export function offlineApp() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Previously',
      short_name: 'Previously',
      description:
        'Spoiler-aware episode recaps: read about what you have watched, and nothing further.',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    // The manifest and its icons are added by the plugin itself.
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,json}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first worker takes the page it was registered from, so it works offline without a
      // reload; a later one only activates when the user accepts the update, then the page reloads.
      clientsClaim: true,
    },
  });
}
