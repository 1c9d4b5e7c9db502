import { describe, expect, it } from 'vitest';
import { bodiesWithMarkup, holdsMarkup } from './body-markup';
import { ADVERSARIAL_BODIES } from './testing/adversarial-bodies';

describe('holdsMarkup', () => {
  it.each([
    'Plain **bold** text',
    'I <3 Bosch, and a<b',
    'Comparisons like a < b and c > d',
    '[a link](https://example.com), [mail](mailto:a@b.c) and [a page](/shows/ballard)',
    'An autolink: <https://example.com>',
    'Quoted code: `<script>alert(1)</script>`',
    '```\n<svg onload=alert(1)>\n```\nafter the fence',
    'Data: the numbers came in. JavaScript: a language.',
    '[]: javascript:alert(1)',
    '    [r]: javascript:alert(1)',
    '``code with ` inside``, then `<b>` quoted',
    '~~~\n<b>fenced</b>\r\n~~~\n',
    '`<`b`>`',
  ])('finds none in %j', (text) => {
    expect(holdsMarkup(text)).toBe(false);
  });

  it.each([
    '<script>alert(1)</script>',
    'before <img src=x onerror=alert(1)> after',
    '<div>raw</div>',
    '<!-- hidden -->',
    'before ```\nnot a fence``` <b>x</b>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](java&#x09;script:alert(1))',
    '[x](javascript&colon;alert(1))',
    '[x](< javascript:alert(1)>)',
    '<javascript:alert(1)>',
    '[x][r]\n\n[r]: vbscript:msgbox',
    '![pic](data:image/svg+xml;base64,PHN2Zz4=)',
    '[a label\n[that spans lines]: javascript:alert(1)',
    '[a label\n[]: javascript:alert(1)',
    '`` not closed by a single ` <b>x</b>',
    '<br/>',
    '<a\nhref="x">',
    '<`a`b`c`>',
    '<`a``b``c`b>',
  ])('finds it in %j', (text) => {
    expect(holdsMarkup(text)).toBe(true);
  });
});

describe('holdsMarkup on adversarial 100 KB bodies', () => {
  const adversarial = Object.entries(ADVERSARIAL_BODIES);

  it.each(adversarial)('finds none in %s', (_, body) => {
    expect(holdsMarkup(body)).toBe(false);
  });

  it.each(adversarial)('finds the tag after %s', (_, body) => {
    expect(holdsMarkup(`${body}\n\n<b>x</b>`)).toBe(true);
  });
});

describe('bodiesWithMarkup', () => {
  it('names each body that holds markup by its path, and nothing it says', () => {
    const entries = [
      { body: 'clean' },
      { body: '<b>secret-name</b>' },
      { body: 'also clean' },
      { body: '[secret](javascript:alert(1))' },
    ];
    expect(bodiesWithMarkup(entries)).toEqual(['entries[1].body', 'entries[3].body']);
  });
});
