import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/security-headers';

function nginxHeaders(): Map<string, string> {
  const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
  return new Map(
    [...conf.matchAll(/^\s*add_header ([A-Za-z-]+) "([^"]+)" always;$/gm)].map(
      ([, name = '', value = '']) => [name, value],
    ),
  );
}

describe('the ready nginx file', () => {
  test('sends the same headers as the build’s _headers file', () => {
    expect(Object.fromEntries(nginxHeaders())).toEqual(SECURITY_HEADERS);
  });

  test('forbids framing and sniffing, and sends no referrer', () => {
    const headers = nginxHeaders();
    expect(headers.get('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('no-referrer');
  });
});
