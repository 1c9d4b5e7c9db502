import type { StoredNote } from '../../src/storage/database';

/** A note on Ballard as stored; a test sets what it is about. */
export const storedNote = (
  id: string,
  title: string,
  more: Partial<StoredNote> = {},
): StoredNote => ({
  id,
  showId: 'ballard',
  kind: 'note',
  spoils: 'S1E2',
  title,
  body: 'A hunch.',
  characters: [],
  keywords: [],
  date: null,
  source: null,
  updatedAt: 1,
  ...more,
});
