import type { UpcomingTitles } from '../gate';
import type { Pack } from '../pack';
import type { ShowState } from '../show-state';

export interface Progress {
  readonly watched?: Iterable<string>;
  readonly revealed?: Iterable<string>;
  readonly upcomingTitles?: UpcomingTitles;
}

/** A show as the stores hold it once everything has loaded: the pack's notes are its `note` entries. */
export function packShowState(subject: Pack, progress: Progress = {}): ShowState {
  return {
    showId: subject.show.id,
    record: {
      status: 'ready',
      record: { show: subject.show, episodes: subject.episodes, characters: subject.characters },
    },
    entries: { status: 'ready', entries: subject.entries.filter((e) => e.kind !== 'note') },
    notes: {
      status: 'ready',
      notes: subject.entries
        .filter((e) => e.kind === 'note')
        .map((note) => ({ ...note, showId: subject.show.id, updatedAt: 0 })),
    },
    progressLoaded: true,
    watched: new Set(progress.watched),
    revealed: new Set(progress.revealed),
    upcomingTitles: progress.upcomingTitles ?? 'next',
  };
}
