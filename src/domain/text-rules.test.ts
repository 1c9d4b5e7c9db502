import { describe, expect, it } from 'vitest';
import { markdownProblem, plainTextProblem, sourceProblem } from './text-rules';

describe('plainTextProblem', () => {
  it.each(['Renée Ballard', 'Cold case: 1 < 2 and 3 > 2', 'Fish & chips'])('accepts %j', (text) => {
    expect(plainTextProblem(text)).toBeNull();
  });
  it.each([
    '<b>bold</b>',
    'x<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<!-- hidden -->',
  ])('refuses %j without quoting the markup', (text) => {
    expect(plainTextProblem(text)).toBe('contains HTML markup; only plain text is allowed');
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
    ['<div>raw</div>', 'contains raw HTML; write Markdown instead'],
    ['before ```\nnot a fence``` <b>x</b>', 'contains raw HTML; write Markdown instead'],
    ['[x](javascript:alert(1))', 'links to a javascript: address'],
    ['[x]( JavaScript :alert(1))', 'links to a javascript: address'],
    ['[x]: vbscript:msgbox', 'links to a vbscript: address'],
    ['![pic](data:image/svg+xml;base64,PHN2Zz4=)', 'links to a data: address'],
    ['<javascript:alert(1)>', 'contains raw HTML; write Markdown instead'],
  ])('refuses %j, naming the problem but not the text', (text, expected) => {
    expect(markdownProblem(text)).toContain(expected);
    expect(markdownProblem(text)).not.toMatch(/alert|msgbox|PHN2|<|raw<\/div|"/);
  });
});

describe('sourceProblem', () => {
  it.each(['The Hollywood Reporter', 'https://example.com/news', 'Variety: interview'])(
    'accepts %j',
    (text) => {
      expect(sourceProblem(text)).toBeNull();
    },
  );
  it.each([
    ['javascript:alert(1)', 'uses a javascript: address'],
    ['data:text/html,x', 'uses a data: address'],
    ['ftp://example.com', 'uses a ftp: address'],
    ['olivas-did-it:yes', 'uses another kind of address'],
  ])('refuses %j, naming only a known scheme', (text, expected) => {
    expect(sourceProblem(text)).toBe(
      `${expected}; a source may only be a name or an http(s) address`,
    );
  });
});
