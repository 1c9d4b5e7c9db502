/**
 * An address a Content-Security-Policy can list as one source and nothing more: `http` or
 * `https`, a host name or IPv4 address (the policy's grammar has no IPv6 form), an optional port.
 * No path, credentials, wildcard, quote, semicolon or space can pass, so a stored value can never
 * add a directive or widen the policy beyond that one server.
 */
const SOURCE_ORIGIN = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/;

/**
 * Whether `value` is a sync server's origin exactly as the browser writes it (`new URL(…).origin`):
 * lower case, no default port, no trailing slash.
 */
export function isSyncOrigin(value: unknown): value is string {
  if (typeof value !== 'string' || !SOURCE_ORIGIN.test(value)) return false;
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}
