import { describe, expect, it } from 'vitest';
import { excerptAround, fold, markdownText, queryWords } from './search-text';

describe('fold', () => {
  it.each([
    ['Renée', 'renee'],
    ['Rene\u0301e', 'renee'],
    ['ÅNGSTRÖM', 'angstrom'],
    ['ﬁnale', 'finale'],
    ['İstanbul', 'istanbul'],
    ['ΟΔΥΣΣΕΥΣ', 'οδυσσευσ'],
  ])('folds %j to %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('folds every character to what it folds to in context, so offsets map back', () => {
    for (const text of ['Renée Ballard', 'ΟΔΥΣΣΕΥΣ ς', 'İİ ﬁ Rene\u0301e']) {
      expect([...text].map(fold).join('')).toBe(fold(text));
    }
  });
});

describe('queryWords', () => {
  it('splits on spaces, folds and drops repeats', () => {
    expect(queryWords('  Renée  RENEE ballard ')).toEqual(['renee', 'ballard']);
    expect(queryWords(' \t ')).toEqual([]);
  });
});

describe('markdownText', () => {
  it('keeps what the page reads', () => {
    expect(markdownText('# Heading\n\n> **Gary** said [this](https://x.test) and `that`.')).toBe(
      'Heading Gary said this and that.',
    );
    expect(markdownText('- one\n- two\n1. three')).toBe('one two three');
  });

  it('drops the signs of emphasis, fences, breaks and autolinks, and keeps escaped characters', () => {
    expect(markdownText('She was _not_ there, __twice__.')).toBe('She was not there, twice.');
    expect(markdownText('```js\nconst a = 1;\n```\n\n---\n\nAfter')).toBe('const a = 1; After');
    expect(markdownText('See <https://x.test/a_b_c>.')).toBe('See https://x.test/a_b_c.');
    expect(markdownText('2 \\* 3 and a\\_b and snake_case_name')).toBe(
      '2 * 3 and a_b and snake_case_name',
    );
  });

  it('keeps the text of a link inside brackets', () => {
    expect(markdownText('[see [the pier](https://x.test/pier) at night]')).toBe(
      '[see the pier at night]',
    );
  });

  // Each took seconds when a rule read on from every bracket to the end of the body.
  it.each([
    ['[', 'never closed'],
    ['[a](', 'no address closed'],
    ['![', 'no image closed'],
    ['<https:', 'no autolink closed'],
    ['[x\n', 'labels over lines'],
  ])('reads a 100 KB body of %j, %s, as it is', (unit) => {
    const body = unit.repeat(100_000 / unit.length);
    expect(markdownText(`${body} [end](https://x.test)`)).toBe(
      `${body.replaceAll('\n', ' ').trim()} end`,
    );
  });
});

describe('excerptAround', () => {
  it('gives a short text whole, with the match marked in the original spelling', () => {
    expect(excerptAround('Hello Rene\u0301e!', 'renee')).toEqual({
      text: 'Hello Rene\u0301e!',
      matchStart: 6,
      matchEnd: 12,
    });
  });

  it('is null when the word is not there', () => {
    expect(excerptAround('Hello', 'bye')).toBeNull();
  });

  it('cuts a long text at words around the match', () => {
    const text = `${'lorem '.repeat(30)}target ${'ipsum '.repeat(30)}`.trim();
    const excerpt = excerptAround(text, 'target')!;
    expect(excerpt.text).toMatch(/^…lorem .* ipsum…$/);
    expect(excerpt.text.slice(excerpt.matchStart, excerpt.matchEnd)).toBe('target');
    expect(excerpt.text.length).toBeLessThanOrEqual(122);
  });
});
