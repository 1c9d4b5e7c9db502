import { useMemo } from 'react';
import { episodeRow } from '../../domain/views';
import { useShow } from '../../stores/library-store';
import { useWatched } from '../../stores/progress-store';
import { useGate } from '../../stores/use-gate';
import type { SpoilsOption } from './note-form';

/** The episodes a note can spoil, each named by code, with its title only where the gate shows it. */
export function useSpoilsOptions(showId: string): SpoilsOption[] {
  const stored = useShow(showId);
  const gate = useGate(showId);
  const watched = useWatched(showId);
  return useMemo(
    () =>
      (stored?.episodes ?? []).map((episode) => {
        const row = episodeRow(gate, episode, watched);
        return { code: row.code, label: row.titleShown ? `${row.code} · ${row.label}` : row.code };
      }),
    [stored, gate, watched],
  );
}
