import { describe, expect, it } from 'vitest';
import { markdownProblem, plainTextProblem, sourceProblem } from './text-rules';

describe('plainTextProblem', () => {
  it.each(['Renée Ballard', 'Cold case: 1 < 2 and 3 > 2', 'Fish & chips'])('accepts %j', (text) => {
    expect(plainTextProblem(text)).toBeNull();
  });
  it.each([
    ['<b>bold</b>', '<b>'],
    ['x<script>alert(1)</script>', '<script>'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<!-- hidden -->', '<!-- hidden -->'],
  ])('refuses %j, naming the markup', (text, markup) => {
    expect(plainTextProblem(text)).toContain(markup);
  });
});

describe('markdownProblem', () => {
  it.each([
    'Plain **bold** text',
    '[a link](https://example.com) and [mail](mailto:a@b.c)',
    'Quoted code: `<script>alert(1)</script>`',
    '```\n<svg onload=alert(1)>\n```\nafter the fence',
    'Comparisons like a < b and c > d',
  ])('accepts %j', (text) => {
    expect(markdownProblem(text)).toBeNull();
  });
  it.each([
    ['<div>raw</div>', 'raw HTML (<div>)'],
    ['before ```\nnot a fence``` <b>x</b>', 'raw HTML'],
    ['[x](javascript:alert(1))', '"javascript:"'],
    ['[x]( JavaScript :alert(1))', '"JavaScript:"'],
    ['[x]: vbscript:msgbox', '"vbscript:"'],
    ['![pic](data:image/svg+xml;base64,PHN2Zz4=)', '"data:"'],
    ['<javascript:alert(1)>', 'raw HTML'],
  ])('refuses %j', (text, expected) => {
    expect(markdownProblem(text)).toContain(expected);
  });
});

describe('sourceProblem', () => {
  it.each(['The Hollywood Reporter', 'https://example.com/news', 'Variety: interview'])(
    'accepts %j',
    (text) => {
      expect(sourceProblem(text)).toBeNull();
    },
  );
  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.com'])(
    'refuses %j',
    (text) => {
      expect(sourceProblem(text)).toMatch(/a source may only be a name or an http\(s\) address/);
    },
  );
});
