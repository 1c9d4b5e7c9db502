import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The policy sits in a meta tag so it holds on any static host. It is added to the built page
 * only: the dev server injects inline styles for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https://api.tvmaze.com",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'previously-content-security-policy',
    apply: 'build',
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
 * and the domain's search (its engine and documents), which only searching loads.
 */
const FIRST_PAGE_CORE =
  /node_modules\/(react|react-dom|scheduler|react-router|zustand|idb|valibot)\/|src\/(domain\/(?!search|pages\/|page-items|body-markup|refreshed-characters)|domain\/pages\/(library-page|catch-up-link)|stores\/((library|progress|reveals|settings|notices)-store|show-states|own-entry|page-views\/library)|storage\/(database|repository))/;

// BASE_PATH serves the app under a sub-path, e.g. BASE_PATH=/previously/ npm run build.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'core', test: FIRST_PAGE_CORE }] } },
    },
  },
});
