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

/** What a static host should send with every response of the app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The `_headers` file that Netlify and Cloudflare Pages read, for every path under the base. */
export function headersFile(basePath: string): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `${basePath}*\n${lines.join('\n')}\n`;
}

/** The headers a `_headers` file sets, whatever path it names. */
export function parseHeadersFile(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\n')) {
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (header?.[1] && header[2]) headers.set(header[1], header[2].trim());
  }
  return headers;
}
