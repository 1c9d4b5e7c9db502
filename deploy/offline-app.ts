import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';

/** The colours of src/app/theme.css: the accent behind the mark, the page's light background. */
const THEME_COLOR = '#1d4ed8';
const BACKGROUND_COLOR = '#f7f7f5';

/**
 * The web app manifest and the service worker of src/service-worker/sw.ts, into which the build
 * injects the list of files to keep: the built app and the Ballard pack. The worker answers every
 * navigation with index.html, so any address loads with no network once the app has been opened,
 * and adds the sync servers the person chose to that page's policy. It waits for the user to
 * accept a new version (`registerType: 'prompt'`); src/app/offline registers it after the first
 * page has rendered. Start URL and scope follow Vite's base path.
 */
export function offlineApp() {
  return VitePWA({
    strategies: 'injectManifest',
    // From this file, not Vite's root: the benchmark's floor app builds from its own folder.
    srcDir: fileURLToPath(new URL('../src/service-worker', import.meta.url)),
    filename: 'sw.ts',
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
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,svg,json}'],
      // The page registers sw.js as a classic script, which cannot hold an `import` or `export`.
      rollupFormat: 'iife',
    },
  });
}
