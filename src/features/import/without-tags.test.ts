import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutTags } from './without-tags';

const TAG = /<\/?[a-z!?][^>]*>/i;

describe('withoutTags', () => {
  it.each([
    ['<p><b>Ballard</b> runs</p>', 'Ballard runs'],
    ['<<b>b>script>', 'script>'],
    ['<scr<script>ipt>alert(1)</script>', 'ipt>alert(1)'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['<a <b>x', 'x'],
    ['</<b>x>after', 'after'],
  ])('turns %j into %j', (html, text) => {
    expect(withoutTags(html)).toBe(text);
  });

  it('leaves no tag, and text with no tag as it was', () => {
    const piece = fc.constantFrom(...'<>/!?ab <>', 'B', '<b>', '</');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(withoutTags(text)).not.toMatch(TAG);
        if (!TAG.test(text)) expect(withoutTags(text)).toBe(text);
      }),
      { numRuns: 20_000 },
    );
  });

  it('undoes 30,000 tags nested in one another in one pass', () => {
    const nested = `${'<'.repeat(30_000)}b${'>b'.repeat(29_999)}>`;
    expect(withoutTags(`before ${nested} after`)).toBe('before  after');
  });
});
