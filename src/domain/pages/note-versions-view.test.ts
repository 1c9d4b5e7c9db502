import { describe, expect, it } from 'vitest';
import type { Pack } from '../pack';
import { noteRevealKey } from '../reveal-keys';
import type { OwnNote } from '../own-note';
import type { ShowState } from '../show-state';
import type { NoteVersions } from '../sync-notes';
import { entry, episode, seasonCodes } from '../testing/pack-builders';
import { packShowState, type Progress } from '../testing/pack-show-state';
import { episodeNotesView } from './notes-view';

/**
 * A note edited on two devices shows its versions for the person to choose one, each gated as a
 * note is: by its own episode and the note's reveal. Expected views are written from the rule.
 */

const subject: Pack = {
  show: { id: 'tiny', title: 'Tiny', network: null, premiered: null, summary: null },
  episodes: seasonCodes(1, 3).map((code) => episode(code)),
  characters: [],
  entries: [
    entry('theory', 'S1E1', { kind: 'note', title: 'Stored title', body: 'Stored body.' }),
    entry('hunch', 'S1E3', { kind: 'note', title: 'Hunch title', body: 'Hunch body.' }),
  ],
};

const version = (id: string, spoils: string | null, words: string): OwnNote => ({
  ...entry(id, spoils, { kind: 'note', title: `${words} title`, body: `${words} body.` }),
  showId: 'tiny',
  updatedAt: 1,
});

const theoryVersions: NoteVersions = {
  showId: 'tiny',
  noteId: 'theory',
  versions: [
    { rev: '2-here', note: version('theory', 'S1E1', 'Watched') },
    { rev: '2-there', note: version('theory', 'S1E3', 'Unwatched') },
    { rev: '2-elsewhere', note: version('theory', 'S9E9', 'Unlisted') },
  ],
};

function stateWith(progress: Progress, choices: readonly NoteVersions[]): ShowState {
  return { ...packShowState(subject, progress), noteChoices: choices };
}

const onEpisode = (state: ShowState, code: string) => episodeNotesView(state, code).onThisEpisode;

describe('the versions of a visible note', () => {
  it('show a version on a watched episode, and only when each covered one opens', () => {
    const state = stateWith({ watched: ['S1E1'] }, [theoryVersions]);
    const [note] = onEpisode(state, 'S1E1');
    expect(note?.state === 'visible' && note.versions).toEqual([
      {
        state: 'visible',
        rev: '2-here',
        title: 'Watched title',
        body: 'Watched body.',
        episodeCode: 'S1E1',
      },
      { state: 'covered', rev: '2-there', opensAfter: 'S1E3' },
      { state: 'covered', rev: '2-elsewhere', opensAfter: null },
    ]);
  });

  it('leave nothing of a covered version anywhere in the view', () => {
    const view = episodeNotesView(stateWith({ watched: ['S1E1'] }, [theoryVersions]), 'S1E1');
    const serialised = JSON.stringify(view);
    expect(serialised).toContain('Watched title');
    for (const covered of [
      'Unwatched title',
      'Unwatched body.',
      'Unlisted title',
      'Unlisted body.',
    ])
      expect(serialised).not.toContain(covered);
  });

  it('open with the note’s reveal, as the note itself would, on any episode', () => {
    const state = stateWith({ watched: ['S1E1'], revealed: [noteRevealKey('theory')] }, [
      theoryVersions,
    ]);
    const [note] = onEpisode(state, 'S1E1');
    expect(note?.state === 'visible' && note.versions.map((shown) => shown.state)).toEqual([
      'visible',
      'visible',
      'visible',
    ]);
  });

  it('say that a version deletes the note, and nothing else of it', () => {
    const deleted: NoteVersions = {
      ...theoryVersions,
      versions: [{ rev: '3-deleted', note: null }],
    };
    const [note] = onEpisode(stateWith({ watched: ['S1E1'] }, [deleted]), 'S1E1');
    expect(note?.state === 'visible' && note.versions).toEqual([
      { state: 'deleted', rev: '3-deleted' },
    ]);
  });

  it('are none without a choice, or with one for another show’s note of that id', () => {
    const otherShow = { ...theoryVersions, showId: 'other' };
    for (const choices of [[], [otherShow]]) {
      const [note] = onEpisode(stateWith({ watched: ['S1E1'] }, choices), 'S1E1');
      expect(note?.state === 'visible' && note.versions).toEqual([]);
    }
  });
});

describe('a covered note edited on two devices', () => {
  const hunchVersions: NoteVersions = {
    showId: 'tiny',
    noteId: 'hunch',
    versions: [
      { rev: '2-here', note: version('hunch', 'S1E3', 'Covered') },
      // Tied to a watched episode on one device: still nothing shows while the note is covered.
      { rev: '2-there', note: version('hunch', 'S1E1', 'Moved back') },
    ],
  };
  const state = stateWith({ watched: ['S1E1'] }, [hunchVersions]);

  it('stays its placeholder, with nothing of its versions', () => {
    const view = episodeNotesView(state, 'S1E3');
    expect(view.onThisEpisode).toEqual([
      { state: 'covered', opensAfter: 'S1E3', noteId: 'hunch', revealKey: noteRevealKey('hunch') },
    ]);
    const serialised = JSON.stringify(view);
    for (const text of ['Covered title', 'Covered body.', 'Moved back title', 'Moved back body.'])
      expect(serialised).not.toContain(text);
    expect(serialised).not.toContain('2-there');
  });

  it('offers no choice while only peeked at: a peek reads, it does not change', () => {
    const peeking = { ...state, peeked: new Set([noteRevealKey('hunch')]) };
    const [note] = onEpisode(peeking, 'S1E3');
    expect(note?.state === 'visible' && note.versions).toEqual([]);
  });
});
