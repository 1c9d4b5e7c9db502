import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the Markdown worker: the test reads what it was asked and answers by hand. */
class FakeWorker {
  static made: FakeWorker[] = [];
  asked: { id: number; markdown: string }[] = [];
  terminated = false;
  private listeners: ((event: { data: unknown }) => void)[] = [];
  constructor() {
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, listener: (event: { data: unknown }) => void) {
    if (type === 'message') this.listeners.push(listener);
  }
  postMessage(message: { id: number; markdown: string }) {
    this.asked.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(html: string) {
    const question = this.asked.at(-1);
    if (!question) throw new Error('the worker was asked nothing');
    act(() => this.listeners.forEach((listener) => listener({ data: { id: question.id, html } })));
  }
}

const TOO_SLOW = 'Shown as plain text: its formatting took too long to read.';
const filler = 'The crew counted every passenger twice. '.repeat(80);
const longBody = (opening: string) => `${opening} *never* signed.\n\n${filler}`;

async function freshMarkdown() {
  vi.resetModules();
  return (await import('./markdown')).Markdown;
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a long body', () => {
  it('shows at once as plain text, then as the tidied HTML the worker sends', async () => {
    const Markdown = await freshMarkdown();
    const { container } = render(<Markdown source={longBody('The captain')} />);
    expect(screen.getByText('The captain *never* signed.')).toBeVisible();

    const [worker] = FakeWorker.made;
    expect(worker?.asked.map((question) => question.markdown)).toEqual([longBody('The captain')]);
    worker?.answer(
      '<p>The captain <em>never</em> signed. <img src="https://example.com/p.png" alt="The pier"></p>',
    );
    expect(screen.getByText('never').tagName).toBe('EM');
    expect(screen.getByRole('link', { name: 'The pier' })).toHaveAttribute(
      'href',
      'https://example.com/p.png',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('stays plain text and says so when the worker takes longer than 1.5 s, and the next body gets a fresh worker', async () => {
    const Markdown = await freshMarkdown();
    render(<Markdown source={longBody('The captain')} />);
    act(() => vi.advanceTimersByTime(1_499));
    expect(screen.queryByText(TOO_SLOW)).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByText(TOO_SLOW)).toBeVisible();
    expect(screen.getByText('The captain *never* signed.')).toBeVisible();
    expect(FakeWorker.made[0]?.terminated).toBe(true);

    render(<Markdown source={longBody('The mate')} />);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]?.asked.map((question) => question.markdown)).toEqual([
      longBody('The mate'),
    ]);
  });

  it('gives each body its own time limit, counted from when the worker starts on it', async () => {
    const Markdown = await freshMarkdown();
    render(
      <>
        <Markdown source={longBody('The captain')} />
        <Markdown source={longBody('The mate')} />
      </>,
    );
    const [worker] = FakeWorker.made;
    act(() => vi.advanceTimersByTime(1_400));
    worker?.answer('<p>The captain, formatted.</p>');
    expect(worker?.asked.at(-1)?.markdown).toBe(longBody('The mate'));
    act(() => vi.advanceTimersByTime(1_400));
    expect(screen.queryByText(TOO_SLOW)).toBeNull();
    worker?.answer('<p>The mate, formatted.</p>');
    expect(screen.getByText('The mate, formatted.')).toBeVisible();
  });

  it('is not read at all once it has left the page before its turn', async () => {
    const Markdown = await freshMarkdown();
    render(<Markdown source={longBody('The captain')} />);
    const leaving = render(<Markdown source={longBody('The mate')} />);
    leaving.unmount();
    const [worker] = FakeWorker.made;
    worker?.answer('<p>The captain, formatted.</p>');
    expect(worker?.asked.map((question) => question.markdown)).toEqual([longBody('The captain')]);
  });

  it('renders a body of up to 2,500 signs at once, without the worker', async () => {
    const Markdown = await freshMarkdown();
    render(<Markdown source={`The captain *never* signed. ${'a'.repeat(2_470)}`} />);
    expect(screen.getByText('never').tagName).toBe('EM');
    expect(FakeWorker.made).toEqual([]);
  });
});
