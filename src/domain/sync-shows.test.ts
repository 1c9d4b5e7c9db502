import { expect, test } from 'vitest';
import { showSourceOf, showsElsewhere, showsToSend, type SyncedShow } from './sync-shows';

const synced = (showId: string, title: string): SyncedShow => ({
  kind: 'show',
  schema: 1,
  showId,
  title,
  source: showSourceOf(showId),
  at: 1,
});

test('a show’s source follows from its id', () => {
  expect(showSourceOf('ballard')).toEqual({ kind: 'built-in' });
  expect(showSourceOf('tvmaze-6771-the-expanse')).toEqual({ kind: 'tvmaze', tvmazeId: 6771 });
  expect(showSourceOf('tvmaze-6771')).toEqual({ kind: 'tvmaze', tvmazeId: 6771 });
  expect(showSourceOf('tidewater')).toEqual({ kind: 'pack' });
  expect(showSourceOf('tvmazed-12')).toEqual({ kind: 'pack' });
});

test('sends only the shows the synced records do not name yet', () => {
  const stored = [
    { showId: 'ballard', title: 'Ballard' },
    { showId: 'tidewater', title: 'Tidewater' },
  ];
  expect(showsToSend(stored, [synced('ballard', 'Ballard')], 7)).toEqual([
    {
      kind: 'show',
      schema: 1,
      showId: 'tidewater',
      title: 'Tidewater',
      source: { kind: 'pack' },
      at: 7,
    },
  ]);
});

test('lists the shows followed elsewhere that this device lacks, by title', () => {
  const records = [
    synced('tidewater', 'Tidewater'),
    synced('ballard', 'Ballard'),
    synced('tvmaze-1-arc', 'Arc'),
  ];
  expect(showsElsewhere(records, new Set(['ballard'])).map((show) => show.showId)).toEqual([
    'tvmaze-1-arc',
    'tidewater',
  ]);
});
