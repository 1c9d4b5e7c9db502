import { describe, expect, it } from 'vitest';
import { htmlToPlainText, tvmazeName } from '../../src/features/import/tvmaze-text';

describe('htmlToPlainText', () => {
  it.each([
    ['<p><b>Ballard</b> runs a <i>cold case</i> unit.</p>', 'Ballard runs a cold case unit.'],
    ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['<p>Line one<br>line two<br/>line three</p>', 'Line one\nline two\nline three'],
    ['Ren&eacute;e &amp; Bosch &#39;91 &#x2014; &quot;ok&quot;', 'Renée & Bosch \'91 — "ok"'],
    ['AT&T and &unknown; stay', 'AT&T and &unknown; stay'],
    ['1 &lt; 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['<p>  spaced\t out   text </p>', 'spaced out text'],
    ['<p>x</p><script>alert(1)</script><p>y</p>', 'x\n\ny'],
    ['<style>p{color:red}</style>visible', 'visible'],
    ['before<script>never closed', 'before'],
    ['<!-- a comment -->text', 'text'],
    ['<p onclick="alert(1)">click</p><img src=x onerror=alert(1)>', 'click'],
    ['<a href="javascript:alert(1)">a link</a>', 'a link'],
    ['&lt;b&gt;quoted markup&lt;/b&gt;', 'quoted markup'],
    ['&lt;&lt;b&gt;b&gt;script&gt;', 'script>'],
    ['&#0;&#xD800;&#1114112;kept', 'kept'],
    ['bell\u0007and\u0000null', 'bell and null'],
  ])('turns %j into %j', (html, text) => {
    expect(htmlToPlainText(html, 10_000)).toBe(text);
  });

  it.each([null, undefined, '', '<p></p>', '<script>only()</script>', '   '])(
    'gives null for %j',
    (html) => {
      expect(htmlToPlainText(html, 100)).toBeNull();
    },
  );

  it('shortens long text at a word boundary, with an ellipsis, within the limit', () => {
    const text = htmlToPlainText(`<p>${'word '.repeat(100)}</p>`, 50);
    expect(text).toMatch(/^(word ){8}word…$/);
    expect(text!.length).toBeLessThanOrEqual(50);
  });

  it('always gives text without a tag left in it', () => {
    const nasty = [
      '<scr<script>ipt>alert(1)</script>',
      '&lt;img src=x onerror=alert(1)&gt;',
      '<<p>p>text<</p>/p>',
      '&amp;lt;b&amp;gt;double-encoded&amp;lt;/b&amp;gt;',
      '<svg><script>alert(1)</script></svg>after',
    ];
    for (const html of nasty) {
      const text = htmlToPlainText(html, 1_000);
      expect(text ?? '', `${html} → ${text}`).not.toMatch(/<\/?[a-z!?][^>]*>/i);
    }
  });
});

// Each took seconds while a rule read on from every `<` to the end, or removed one level a pass.
describe('htmlToPlainText on hostile 100 KB summaries', () => {
  it.each(['<a ', '<!', '<p ', '<br ', '<script '])(
    'keeps %j repeated, never closed, as text',
    (unit) => {
      const html = `${unit.repeat(100_000 / unit.length)}end`;
      expect(htmlToPlainText(html, 1_000_000)).toBe(html.replaceAll(/ +/g, ' '));
    },
  );

  it('removes 50,000 tags nested in one another', () => {
    const nested = `${'<'.repeat(50_000)}b${'>b'.repeat(49_999)}>`;
    expect(htmlToPlainText(`before ${nested} after`, 100)).toBe('before after');
  });
});

describe('tvmazeName', () => {
  it('keeps a name on one line', () => {
    expect(tvmazeName('Renée\nBallard', 200)).toBe('Renée Ballard');
  });
  it('removes markup from a name', () => {
    expect(tvmazeName('<b>Bold</b> Name<script>x()</script>', 200)).toBe('Bold Name');
  });
});
