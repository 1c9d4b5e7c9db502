import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../../src/domain/parse-pack';
import type { Pack } from '../../src/domain/pack';
import { shieldPage, type ShieldSentence } from '../../src/domain/pages/shield-page';
import type { ShowState } from '../../src/domain/show-state';
import { packShowState } from '../../src/domain/testing/pack-show-state';
import {
  ARTICLE_SENTENCES,
  FINALE_ARTICLE,
  FINALE_SENTENCES,
  RENEWAL_SENTENCES,
} from '../fixtures/ballard-finale-article';

function loadBallard(): Pack {
  const result = parsePackText(readFileSync('public/packs/ballard.json', 'utf8'));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack;
}

const ballard = loadBallard();
const codesThrough = (last: number) => Array.from({ length: last }, (_, i) => `S1E${i + 1}`);

function check(state: ShowState, revealed: string[] = []) {
  return shieldPage([state], 'ballard', {
    text: FINALE_ARTICLE,
    revealed: new Set(revealed),
    locale: 'en',
  });
}

function sentences(state: ShowState, revealed: string[] = []): readonly ShieldSentence[] {
  const { check: result } = check(state, revealed);
  if (result.status !== 'ready' || result.result === null) throw new Error(result.status);
  return result.result.sentences;
}

/** The article's sentences as the page reads them: a masked one by its code alone. */
const reading = (items: readonly ShieldSentence[]) =>
  items.map((item) => (item.state === 'masked' ? `Masked after ${item.opensAfter}` : item.text));

describe('the spoiler shield over Ballard', () => {
  it('masks the finale sentences and keeps the renewal talk before S1E10', () => {
    const state = packShowState(ballard, { watched: codesThrough(9) });
    const [order, killer, father, olivas, jail, writers, critics] = ARTICLE_SENTENCES;
    expect(reading(sentences(state))).toEqual([
      order,
      'Masked after S1E10',
      'Masked after S1E10',
      'Masked after S1E10',
      'Masked after S1E10',
      writers,
      critics,
    ]);
    expect([killer, father, olivas, jail]).toEqual(FINALE_SENTENCES);
    const view = check(state);
    expect(view.check.status === 'ready' && view.check.result?.summary).toBe(
      '4 of 7 sentences masked',
    );
  });

  it('holds no word of a masked sentence, nor what it matched', () => {
    const view = JSON.stringify(check(packShowState(ballard, { watched: codesThrough(9) })));
    for (const sentence of FINALE_SENTENCES) expect(view).not.toContain(sentence);
    for (const word of ['killed', 'Pearlman', 'affair', 'Olivas', 'jail', 'father']) {
      expect(view).not.toContain(word);
    }
    for (const sentence of RENEWAL_SENTENCES) expect(view).toContain(sentence);
  });

  it('reveals only the sentence asked for', () => {
    const state = packShowState(ballard, { watched: codesThrough(9) });
    const masked = sentences(state).flatMap((item) =>
      item.state === 'masked' ? [item.revealKey] : [],
    );
    const [, second] = masked;
    if (second === undefined) throw new Error('fewer than two masked sentences');
    const after = sentences(state, [second]);
    expect(after.filter((item) => item.state === 'masked')).toHaveLength(3);
    expect(after.filter((item) => item.state === 'revealed')).toEqual([
      { state: 'revealed', text: FINALE_SENTENCES[1], hideKey: second },
    ]);
  });

  it('masks nothing once S1E10 is watched', () => {
    const state = packShowState(ballard, { watched: ['S1E10'] });
    expect(reading(sentences(state))).toEqual(ARTICLE_SENTENCES);
    const view = check(state);
    expect(view.check.status === 'ready' && view.check.result?.summary).toBe(
      '0 of 7 sentences masked',
    );
  });

  it('checks nothing until progress and recaps have loaded', () => {
    const ready = packShowState(ballard, { watched: codesThrough(9) });
    expect(check({ ...ready, progressLoaded: false }).check).toEqual({ status: 'loading' });
    expect(check({ ...ready, entries: { status: 'loading' } }).check).toEqual({
      status: 'loading',
    });
    expect(
      check({ ...ready, entries: { status: 'unreadable', problem: 'Could not be read.' } }).check,
    ).toEqual({ status: 'unreadable' });
    expect(shieldPage(null, 'ballard', null).check).toEqual({ status: 'loading' });
  });

  it('chooses the first show when none is named, and none for an id the library lacks', () => {
    const state = packShowState(ballard);
    expect(shieldPage([state], null, null)).toMatchObject({
      chosenId: 'ballard',
      documentTitle: 'Spoiler shield · Ballard · Previously',
      shows: [{ showId: 'ballard', title: 'Ballard' }],
    });
    const other = { ...state, showId: 'harbour', record: { status: 'missing' as const } };
    expect(shieldPage([state, other], 'harbour', null)).toMatchObject({
      chosenId: null,
      documentTitle: 'Spoiler shield · Previously',
      check: { status: 'none' },
    });
  });
});
