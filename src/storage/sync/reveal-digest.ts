/**
 * What names a reveal on the sync server: a digest of its reveal key. The key holds the entry's
 * id ("sister-killer"), which must not reach a network request once the item is covered again,
 * so a hidden reveal's record carries only this.
 */
export async function revealDigest(revealKey: string): Promise<string> {
  const bytes = new TextEncoder().encode(revealKey);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
