import { expect, it } from 'vitest';
import { noteFromDraft } from './note-draft';

it('saves a pasted title without its direction-changing or invisible characters', () => {
  const result = noteFromDraft(
    { title: 'Who \u202Etook\u200B the file', body: 'Text', spoils: '' },
    { id: 'note-1', showId: 'ballard', updatedAt: 1 },
  );
  expect(result.ok && result.note.title).toBe('Who took the file');
});
