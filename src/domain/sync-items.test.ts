import { describe, expect, test } from 'vitest';
import {
  itemRecordId,
  itemToApply,
  itemsToSend,
  latestVersion,
  syncedItem,
  type SyncedItem,
} from './sync-items';

const mark = (code: string, on: boolean, at: number): SyncedItem => ({
  kind: 'mark',
  schema: 1,
  showId: 'ballard',
  item: code,
  on,
  at,
});

describe('records sent after this device changed its marks', () => {
  test('sends a mark made here that the synced records lack, with the time it was made', () => {
    expect(itemsToSend('mark', 'ballard', new Map([['S1E1', 100]]), [], 500)).toEqual([
      mark('S1E1', true, 100),
    ]);
  });

  test('sends a mark made here again over an unmark synced before', () => {
    const synced = [mark('S1E2', false, 200)];
    expect(itemsToSend('mark', 'ballard', new Map([['S1E2', 300]]), synced, 500)).toEqual([
      mark('S1E2', true, 300),
    ]);
  });

  test('sends an unmark, timed now, for a synced mark this device no longer has', () => {
    expect(itemsToSend('mark', 'ballard', new Map(), [mark('S1E3', true, 100)], 500)).toEqual([
      mark('S1E3', false, 500),
    ]);
  });

  test('times an unmark after the mark it undoes, even when this clock runs behind', () => {
    expect(itemsToSend('mark', 'ballard', new Map(), [mark('S1E3', true, 900)], 500)).toEqual([
      mark('S1E3', false, 901),
    ]);
  });

  test('sends nothing when the synced records already say what this device holds', () => {
    const synced = [mark('S1E1', true, 100), mark('S1E2', false, 50)];
    expect(itemsToSend('mark', 'ballard', new Map([['S1E1', 100]]), synced, 500)).toEqual([]);
  });
});

describe('records taken from another device', () => {
  test('stores a mark this device lacks', () => {
    expect(itemToApply(mark('S1E1', true, 100), undefined)).toBe('store');
  });

  test('removes an episode unmarked elsewhere after it was marked here', () => {
    expect(itemToApply(mark('S1E1', false, 300), 200)).toBe('remove');
  });

  test('keeps an episode marked here after the unmark made elsewhere', () => {
    expect(itemToApply(mark('S1E1', false, 300), 400)).toBe('keep');
  });

  test('keeps an episode marked here at the same moment as the unmark made elsewhere', () => {
    expect(itemToApply(mark('S1E1', false, 300), 300)).toBe('keep');
  });

  test('keeps what is already so', () => {
    expect(itemToApply(mark('S1E1', true, 300), 100)).toBe('keep');
    expect(itemToApply(mark('S1E1', false, 300), undefined)).toBe('keep');
  });
});

test('of two versions of one record, the later stands, wherever it sits', () => {
  expect(latestVersion([{ at: 5 }, { at: 9 }, { at: 7 }])).toBe(1);
  expect(latestVersion([{ at: 9 }, { at: 5 }])).toBe(0);
});

test('one record per episode or reveal, whose id cannot begin with the server’s reserved underscore', () => {
  expect(itemRecordId('mark', 'ballard', 'S1E1')).toBe('mark:ballard:S1E1');
  expect(itemRecordId('reveal', '_design', 'entry#ab:x')).toBe('reveal:_design:entry%23ab%3Ax');
  expect(itemRecordId('mark', 'a:b', 'S1E1')).not.toBe(itemRecordId('mark', 'a', 'b:S1E1'));
  expect(syncedItem('mark', 'ballard', 'S1E1', true, 1)).toEqual(mark('S1E1', true, 1));
});
