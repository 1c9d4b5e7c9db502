import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineApp } from './deploy/offline-app.ts';
import { headersFromBuild } from './deploy/preview-headers.ts';
import { CONTENT_SECURITY_POLICY, headersFile } from './deploy/security-headers.ts';

/**
 * The policy goes into the built page only, since the dev server injects inline styles for hot
 * reload; the headers for hosts that read a `_headers` file go beside it.
 */
function contentSecurityPolicy(): Plugin {
  let basePath = '/';
  return {
    name: 'previously-content-security-policy',
    apply: 'build',
    configResolved: (config) => {
      basePath = config.base;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(basePath) });
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The framework, the domain and the stores every page reads ship as one chunk: left to itself the
 * bundler cut them into many small shared chunks, and the first page paid for each one's overhead.
 * Feature pages stay in their own lazy chunks, and so do the views of every page but the library
 * and the domain's search (its engine and documents), which only searching loads, the spoiler
 * shield's matching, the profile name rules, which only Settings uses, sync's records and policy
 * edits, which only a syncing profile or the service worker needs, and taking a show's marks from
 * its progress summary and the quick checks of its stored records, which only a page that ticks
 * episodes needs.
 */
const FIRST_PAGE_CORE =
  /node_modules\/(react|react-dom|scheduler|react-router|zustand|idb|valibot)\/|src\/(domain\/(?!search|shield|sync-|content-security-policy|pages\/|page-items|body-markup|refreshed-characters|parse-pack|validate-pack-in-batches|pack-invisible-text|profile-name|watched-runs|well-formed-records)|domain\/pages\/(library-page|catch-up-link)|stores\/((library|progress|reveals|settings|notices)-store|show-states|own-entry|page-views\/library)|storage\/(database|repository))/;

const ENTITY_DECODER = 'decode-named-character-reference';
const plainEntityDecoder = createRequire(import.meta.url).resolve(ENTITY_DECODER);

/**
 * micromark decodes named character references with decode-named-character-reference, whose
 * browser build asks `document`, which a worker lacks: the Markdown worker takes its plain build.
 */
function plainEntityDecoderForWorkers(): Plugin {
  return {
    name: 'previously-plain-entity-decoder-for-workers',
    enforce: 'pre',
    resolveId: (source) => (source === ENTITY_DECODER ? plainEntityDecoder : null),
  };
}

/** The dev server prebundles micromark once for the page and the worker: both take the plain build. */
function plainEntityDecoderInDevelopment(): Plugin {
  return {
    name: 'previously-plain-entity-decoder-in-development',
    apply: 'serve',
    config: () => ({ resolve: { alias: { [ENTITY_DECODER]: plainEntityDecoder } } }),
  };
}

// BASE_PATH serves the app under a sub-path, e.g. BASE_PATH=/previously/ npm run build.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    contentSecurityPolicy(),
    headersFromBuild(),
    plainEntityDecoderInDevelopment(),
    offlineApp(),
  ],
  worker: { plugins: () => [plainEntityDecoderForWorkers()] },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'core', test: FIRST_PAGE_CORE }] } },
    },
  },
});
