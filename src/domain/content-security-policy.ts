import { isSyncOrigin } from './sync-origin';

/** A directive's name (lower case) and its sources. */
function partsOf(directive: string): { name: string; sources: string[] } {
  const [name = '', ...sources] = directive.trim().split(/\s+/);
  return { name: name.toLowerCase(), sources };
}

/** The sources of a policy's `connect-src` (the first, the one a browser obeys); none if it has none. */
export function connectSources(policy: string): string[] {
  return (
    policy
      .split(';')
      .map(partsOf)
      .find(({ name }) => name === 'connect-src')?.sources ?? []
  );
}

/**
 * The policy with `origins` added to its `connect-src`, each policy of a comma-separated header
 * alike. Only sync origins are added; a policy without `connect-src` is left as it is, narrower.
 */
export function withConnectSources(policy: string, origins: readonly string[]): string {
  const added = [...new Set(origins.filter(isSyncOrigin))];
  if (added.length === 0) return policy;
  const extendOne = (onePolicy: string) =>
    onePolicy
      .split(';')
      .map((directive) => {
        const { name, sources } = partsOf(directive);
        if (name !== 'connect-src') return directive;
        const missing = added.filter((origin) => !sources.includes(origin));
        return [directive.trimEnd(), ...missing].join(' ');
      })
      .join(';');
  return policy.split(',').map(extendOne).join(',');
}

const META_POLICY = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i;

const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

const attributeValue = (text: string) =>
  text.replace(/&(?:amp|quot|#39|#x27|apos|lt|gt);/gi, (entity) => {
    return ATTRIBUTE_ENTITIES[entity.toLowerCase()] ?? entity;
  });

const attributeText = (value: string) =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/** A page's HTML with its meta tag's policy changed by `change`; a page without one is unchanged. */
export function withMetaPolicy(html: string, change: (policy: string) => string): string {
  return html.replace(
    META_POLICY,
    (_tag, start: string, content: string, end: string) =>
      start + attributeText(change(attributeValue(content))) + end,
  );
}
