import { describe, expect, it } from 'vitest';
import { noteRevealKey } from '../reveal-keys';
import { entry, episode, seasonCodes } from '../testing/pack-builders';
import { packShowState } from '../testing/pack-show-state';
import type { Pack } from '../pack';
import { coveredNotesView, episodeNotesView } from './notes-view';

const subject: Pack = {
  show: { id: 'tiny', title: 'Tiny', network: null, premiered: null, summary: null },
  episodes: seasonCodes(1, 3).map((code) => episode(code)),
  characters: [],
  entries: [entry('theory', 'S1E3', { kind: 'note', title: 'My theory', body: 'It was him.' })],
};

describe('a note peeked at', () => {
  const peeking = { ...packShowState(subject), peeked: new Set([noteRevealKey('theory')]) };

  it('shows on its episode page for the peek, with nothing to hide again', () => {
    const [note] = episodeNotesView(peeking, 'S1E3').onThisEpisode;
    expect(note?.state === 'visible' && note.item).toMatchObject({
      title: 'My theory',
      hideKey: null,
      peekKey: noteRevealKey('theory'),
    });
  });

  it('stays among the covered notes, and out of what a save says', () => {
    expect(coveredNotesView(peeking).items).toEqual([{ noteId: 'theory', opensAfter: 'S1E3' }]);
    const [stored] = peeking.notes.status === 'ready' ? peeking.notes.notes : [];
    expect(episodeNotesView(peeking, 'S1E3').describeSaved(stored!, 'Saved')).not.toContain(
      'My theory',
    );
  });
});
