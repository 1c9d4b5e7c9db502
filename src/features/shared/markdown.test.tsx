import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

describe('Markdown', () => {
  it.each([
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['Before <img src=x onerror=alert(1)> after', 'Before <img src=x onerror=alert(1)> after'],
    ['I <3 Bosch, and a<b', 'I <3 Bosch, and a<b'],
    ['<div onclick="alert(1)">click</div>', '<div onclick="alert(1)">click</div>'],
  ])('shows the HTML in %j as text, never as elements', (source, text) => {
    const { container } = render(<Markdown source={source} />);
    expect(screen.getByText(text)).toBeVisible();
    expect(container.querySelector('script, img, [onerror], [onclick]')).toBeNull();
  });

  it.each([
    '[the file](javascript:alert(1))',
    '[the file](JaVaScRiPt:alert(1))',
    '[the file](&#106;avascript:alert(1))',
    '[the file](java&#x09;script:alert(1))',
    '[the file](javascript&colon;alert(1))',
    '[the file](< javascript:alert(1)>)',
    '[the file](data:text/html;base64,PHNjcmlwdD4=)',
    '[the file](vbscript:msgbox)',
    '[the file][ref]\n\n[ref]: VBScript:msgbox',
  ])('keeps the text of %j but drops its link', (source) => {
    const { container } = render(<Markdown source={source} />);
    expect(screen.getByText('the file')).toBeVisible();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('[href]')).toBeNull();
  });

  it('drops an autolink to a javascript: address, keeping its text', () => {
    const { container } = render(<Markdown source="<javascript:alert(1)>" />);
    expect(screen.getByText('javascript:alert(1)')).toBeVisible();
    expect(container.querySelector('[href]')).toBeNull();
  });

  it('keeps links to web and mail addresses', () => {
    render(<Markdown source="[LAPD](https://lapdonline.org) or [mail](mailto:tips@example.com)" />);
    expect(screen.getByRole('link', { name: 'LAPD' })).toHaveAttribute(
      'href',
      'https://lapdonline.org',
    );
    expect(screen.getByRole('link', { name: 'mail' })).toHaveAttribute(
      'href',
      'mailto:tips@example.com',
    );
  });

  it('keeps an autolink to a web address as a link', () => {
    render(<Markdown source="Footage: <https://example.com/pier>" />);
    expect(screen.getByRole('link', { name: 'https://example.com/pier' })).toHaveAttribute(
      'href',
      'https://example.com/pier',
    );
  });

  it('shows a remote image as a link to it named by its alt text, and never loads it', () => {
    const { container } = render(
      <Markdown source={'![The pier at night](https://example.com/pier.png "Pier")'} />,
    );
    expect(screen.getByRole('link', { name: 'The pier at night' })).toHaveAttribute(
      'href',
      'https://example.com/pier.png',
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('img, [src]')).toBeNull();
  });

  it('names the link to an image without alt text by its address', () => {
    render(<Markdown source="![](https://example.com/pier.png)" />);
    expect(screen.getByRole('link', { name: 'https://example.com/pier.png' })).toBeVisible();
  });

  it.each([
    '![The pier](javascript:alert(1))',
    '![The pier](&#106;avascript:alert(1))',
    '![The pier](data:image/svg+xml;base64,PHN2Zz4=)',
  ])('shows the image in %j as its alt text only, with no link', (source) => {
    const { container } = render(<Markdown source={source} />);
    expect(screen.getByText('The pier')).toBeVisible();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('img, [src], [href]')).toBeNull();
  });

  it('keeps the link around an image, with the alt text as its name', () => {
    render(<Markdown source="[![The pier](https://example.com/pier.png)](https://example.com)" />);
    expect(screen.getByRole('link', { name: 'The pier' })).toHaveAttribute(
      'href',
      'https://example.com',
    );
    expect(screen.queryByRole('img')).toBeNull();
  });
});
