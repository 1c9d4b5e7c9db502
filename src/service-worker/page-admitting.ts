import { withConnectSources, withMetaPolicy } from '../domain/content-security-policy';

const POLICY_HEADER = 'Content-Security-Policy';

/**
 * The kept page with `origins` added to the `connect-src` of its meta tag and, if the host sent
 * one with it, of its policy header: a request must pass both. Only sync origins are added.
 */
export async function pageAdmitting(page: Response, origins: readonly string[]): Promise<Response> {
  const admit = (policy: string) => withConnectSources(policy, origins);
  const headers = new Headers(page.headers);
  const headerPolicy = headers.get(POLICY_HEADER);
  if (headerPolicy !== null) headers.set(POLICY_HEADER, admit(headerPolicy));
  // The body is new text, decoded: the length and encoding the host sent no longer describe it.
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(withMetaPolicy(await page.text(), admit), {
    status: page.status,
    statusText: page.statusText,
    headers,
  });
}
