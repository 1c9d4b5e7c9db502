import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { headersForPath } from './security-headers.ts';

/**
 * `vite preview` sends the headers of the build's own `_headers` file, as Netlify or Cloudflare
 * Pages would, so the browser tests and the benchmark meet the app as it is deployed.
 */
export function headersFromBuild(): Plugin {
  return {
    name: 'previously-headers-from-build',
    configurePreviewServer(server) {
      const headersPath = join(resolve(server.config.root, server.config.build.outDir), '_headers');
      const headersText = readFile(headersPath, 'utf8');
      server.middlewares.use((request, response, next) => {
        headersText.then(
          (text) => {
            const path = new URL(request.url ?? '/', 'http://preview').pathname;
            for (const [name, value] of headersForPath(text, path)) response.setHeader(name, value);
            next();
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
