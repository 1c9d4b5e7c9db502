/**
 * The policy the built page carries in a meta tag, so it holds on any static host. A meta tag
 * cannot carry `frame-ancestors`, so a host that sends headers adds it there, with the rest of
 * the headers below.
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

/**
 * What a static host should send with every response of the app. A request must pass both this
 * header's policy and the meta tag's, and the host cannot know which sync server the person will
 * choose; yet the header needs no wider `connect-src` for it. The page only ever reaches a sync
 * server when the service worker served it, and the worker adds the chosen servers, one origin
 * each, to the meta tag and to this header as it kept them (src/service-worker/page-admitting.ts).
 * A page the worker did not serve admits no sync server in its meta tag either, so a wider header
 * would let nothing more through on any page, and only loosen what no meta tag narrows: the
 * scripts of the app's own workers.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Sent with the service worker's script only: the browser asks for it again on every check for a
 * new version rather than keep a copy, so a deployed update is found on the next visit.
 */
const SERVICE_WORKER_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-cache',
};

/** The service worker's file, as the build writes it beside index.html. */
const SERVICE_WORKER_FILE = 'sw.js';

function headersRule(path: string, headers: Readonly<Record<string, string>>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `${path}\n${lines.join('\n')}\n`;
}

/**
 * The `_headers` file that Netlify and Cloudflare Pages read: the security headers for every path
 * under the base, and the service worker's own on its file.
 */
export function headersFile(basePath: string): string {
  return (
    headersRule(`${basePath}*`, SECURITY_HEADERS) +
    headersRule(`${basePath}${SERVICE_WORKER_FILE}`, SERVICE_WORKER_HEADERS)
  );
}

/** The headers a `_headers` file sets for `path`: those of every rule whose path matches it. */
export function headersForPath(text: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  let matches = false;
  for (const line of text.split('\n')) {
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (header?.[1] && header[2]) {
      if (matches) headers.set(header[1], header[2].trim());
    } else if (line.trim() !== '') {
      const rule = line.trim();
      matches = rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule;
    }
  }
  return headers;
}
