import { describe, expect, it } from 'vitest';
import { bodiesWithMarkup, holdsMarkup } from './body-markup';

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
    '`` not closed by a single ` <b>x</b>',
    '<br/>',
    '<a\nhref="x">',
  ])('finds it in %j', (text) => {
    expect(holdsMarkup(text)).toBe(true);
  });
});

/**
 * 100 KB bodies built to make a check start again from each sign (each took seconds before the
 * checks read text once); each is checked plain, and with markup after it.
 */
describe('holdsMarkup on adversarial 100 KB bodies', () => {
  const LENGTH = 100_000;
  const filled = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  const adversarial = {
    'link openings and spaces': filled(']( '),
    'unclosed tags': filled('<a '),
    'less-than signs': filled('<'),
    'a run of backticks': `a${filled('`')}`,
    'backtick runs of growing length': Array.from({ length: 440 }, (_, n) => '`'.repeat(n)).join(
      ' ',
    ),
    'definition labels never closed': filled('[x\n'),
    'definitions with no address': filled('[x]:\n'),
    'character references': filled('&#'),
    'encoded tabs after a link opening': `](${filled('&#9;')}`,
    'fence openings': filled('```\n'),
    declarations: filled('<!'),
  };

  it.each(Object.entries(adversarial))('finds none in %s', (_, body) => {
    expect(holdsMarkup(body)).toBe(false);
  });

  it.each(Object.entries(adversarial))('finds the tag after %s', (_, body) => {
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
