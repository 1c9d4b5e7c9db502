import { describe, expect, it } from 'vitest';
import { connectSources, withConnectSources, withMetaPolicy } from './content-security-policy';

const POLICY = "default-src 'self'; connect-src 'self' https://api.tvmaze.com; object-src 'none'";

describe('withConnectSources', () => {
  it('adds sync origins to connect-src and changes nothing else', () => {
    expect(withConnectSources(POLICY, ['http://127.0.0.1:5984', 'https://couch.example.org'])).toBe(
      "default-src 'self'; connect-src 'self' https://api.tvmaze.com http://127.0.0.1:5984 https://couch.example.org; object-src 'none'",
    );
  });

  it('leaves out anything that is not a sync origin, and origins already there', () => {
    const extended = withConnectSources(POLICY, [
      'https://x.org; script-src *',
      '*',
      "'unsafe-inline'",
      'https://api.tvmaze.com',
      'http://127.0.0.1:5984',
      'http://127.0.0.1:5984',
    ]);
    expect(connectSources(extended)).toEqual([
      "'self'",
      'https://api.tvmaze.com',
      'http://127.0.0.1:5984',
    ]);
    expect(extended.split(';')).toHaveLength(3);
  });

  it('extends every policy of a header that sends several', () => {
    const header = "connect-src 'self'; object-src 'none', connect-src 'none'";
    expect(withConnectSources(header, ['https://couch.example.org'])).toBe(
      "connect-src 'self' https://couch.example.org; object-src 'none', connect-src 'none' https://couch.example.org",
    );
  });

  it('leaves a policy without connect-src as strict as it was', () => {
    expect(withConnectSources("default-src 'self'", ['https://couch.example.org'])).toBe(
      "default-src 'self'",
    );
  });
});

describe('withMetaPolicy', () => {
  const page = (content: string) =>
    `<head><meta http-equiv="Content-Security-Policy" content="${content}"><title>Previously</title></head>`;

  it('changes the policy of the meta tag as written in HTML, quotes and all', () => {
    const html = page('default-src &#39;self&#39;; connect-src &#39;self&#39;');
    expect(
      withMetaPolicy(html, (policy) => withConnectSources(policy, ['https://c.example'])),
    ).toBe(page('default-src &#39;self&#39;; connect-src &#39;self&#39; https://c.example'));
  });

  it('leaves a page without a policy unchanged', () => {
    const html = '<head><title>Previously</title></head>';
    expect(withMetaPolicy(html, () => "default-src 'none'")).toBe(html);
  });
});
