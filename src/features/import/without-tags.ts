const isTagStart = (character: string | undefined) =>
  character !== undefined && /^[a-z!?]$/i.test(character);

/**
 * Text without tags (`<`, an optional `/`, a letter, `!` or `?`, anything up to the next `>`),
 * removed until none is left, so `<<b>b>` cannot turn into a tag by removal. One pass does what
 * removing them again and again would: a `<` waits until what follows it shows whether it starts
 * a tag; the first that does runs to the next `>`. A `<` that cannot start one stays for good, and
 * so do the waiting `<` before it, since nothing between them can be removed any more.
 */
export function withoutTags(text: string): string {
  const kept: string[] = [];
  /** Each waiting `<` in `kept`; all but the last are followed by the next. */
  let waiting: number[] = [];
  let tagStart = -1;
  for (let at = 0; at < text.length; at++) {
    const character = text.charAt(at);
    if (tagStart !== -1) {
      if (character === '>') {
        kept.length = tagStart;
        tagStart = -1;
      } else kept.push(character);
      continue;
    }
    kept.push(character);
    if (character === '<') waiting.push(kept.length - 1);
    if (character === '>') waiting = [];
    const last = waiting.at(-1);
    if (last === undefined || character === '<' || character === '>') continue;
    const slash = kept[last + 1] === '/';
    if (kept.length - 1 === last + (slash ? 2 : 1) && isTagStart(character)) {
      tagStart = last;
      waiting.pop();
    } else if (!(slash && kept.length - 1 === last + 1)) waiting = [];
  }
  return kept.join('');
}
