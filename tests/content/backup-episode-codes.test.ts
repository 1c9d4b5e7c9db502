import { expect, it } from 'vitest';
import { PACK_FORMAT, PACK_VERSION } from '../../src/domain/pack';
import { entryRevealKey, episodeRevealKey } from '../../src/domain/reveal-keys';
import { entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { BACKUP_FORMAT, BACKUP_VERSION, validateBackup } from '../../src/storage/backup-format';

/** A show as an earlier version of the app backed it up, codes as its pack wrote them. */
function harbour(codes: readonly string[]) {
  return pack({
    show: { id: 'harbour', title: 'Harbour', network: null, premiered: null, summary: null },
    episodes: codes.map((code, index) =>
      episode(code, { title: `Tide ${index}`, synopsis: 'Fog.' }),
    ),
    entries: [entry('stranger', codes[1] ?? null, { kind: 'reveal', title: 'A stranger' })],
  });
}

it('restores progress, reveals and notes written under S01E01 as S1E1, still opening what they opened', () => {
  const asWritten = harbour(['S01E01', 'S01E02']);
  const result = validateBackup({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: '2025-07-09T12:00:00.000Z',
    settings: { upcomingTitles: 'next' },
    shows: [{ format: PACK_FORMAT, version: PACK_VERSION, ...asWritten }],
    progress: [{ showId: 'harbour', watched: ['S01E01', 'S1E01', 'S001E002'] }],
    reveals: [
      {
        showId: 'harbour',
        revealed: [
          entryRevealKey(asWritten.entries[0]!),
          episodeRevealKey(asWritten.episodes[1]!),
          'episode:S01E01',
        ],
      },
    ],
    notes: [
      {
        ...entry('note-1', 'S01E02', { kind: 'note', title: 'A hunch' }),
        showId: 'harbour',
        updatedAt: 1,
      },
    ],
    quarantine: [],
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const { backup } = result;
  const inOneForm = harbour(['S1E1', 'S1E2']);
  expect(backup.shows[0]?.episodes.map((e) => e.code)).toEqual(['S1E1', 'S1E2']);
  expect(backup.progress).toEqual([
    { profileId: 'first', showId: 'harbour', watched: ['S1E1', 'S1E2'] },
  ]);
  expect(backup.reveals).toEqual([
    {
      profileId: 'first',
      showId: 'harbour',
      revealed: [
        entryRevealKey(inOneForm.entries[0]!),
        episodeRevealKey(inOneForm.episodes[1]!),
        'episode:S1E1',
      ],
    },
  ]);
  expect(backup.notes.map((note) => note.spoils)).toEqual(['S1E2']);
});
