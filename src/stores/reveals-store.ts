import { create } from 'zustand';
import { clearRevealed, readRevealed, saveRevealed } from '../storage/repository';
import { currentDatabase } from './database-handle';
import { persist } from './persist';
import { ownEntry } from './own-entry';

interface RevealsState {
  revealed: Readonly<Record<string, ReadonlySet<string>>>;
}

const NOTHING_REVEALED: ReadonlySet<string> = new Set();

export const useRevealsStore = create<RevealsState>()(() => ({ revealed: {} }));

export function revealsLoaded(revealed: ReadonlyMap<string, ReadonlySet<string>>): void {
  useRevealsStore.setState({ revealed: Object.fromEntries(revealed) });
}

function showRevealedSet(showId: string, revealed: ReadonlySet<string>): void {
  useRevealsStore.setState((state) => ({ revealed: { ...state.revealed, [showId]: revealed } }));
}

export async function itemsRevealed(showId: string, revealKeys: readonly string[]): Promise<void> {
  const next = new Set(ownEntry(useRevealsStore.getState().revealed, showId));
  for (const revealKey of revealKeys) next.add(revealKey);
  showRevealedSet(showId, next);
  await persist(
    'what you revealed',
    (database) => saveRevealed(database, showId, revealKeys, true),
    {
      type: 'reveals',
      showId,
    },
  );
}

export const itemRevealed = (showId: string, revealKey: string) =>
  itemsRevealed(showId, [revealKey]);

export async function itemsHiddenAgain(
  showId: string,
  revealKeys: readonly string[],
): Promise<void> {
  const next = new Set(ownEntry(useRevealsStore.getState().revealed, showId));
  for (const revealKey of revealKeys) next.delete(revealKey);
  showRevealedSet(showId, next);
  await persist(
    revealKeys.length === 1 ? 'hiding that item again' : 'hiding those items again',
    (database) => saveRevealed(database, showId, revealKeys, false),
    {
      type: 'reveals',
      showId,
    },
  );
}

export const itemHiddenAgain = (showId: string, revealKey: string) =>
  itemsHiddenAgain(showId, [revealKey]);

export async function allHiddenAgain(showId: string): Promise<void> {
  showRevealedSet(showId, NOTHING_REVEALED);
  await persist('hiding everything again', (database) => clearRevealed(database, showId), {
    type: 'reveals',
    showId,
  });
}

export async function revealsChangedElsewhere(showId: string): Promise<void> {
  showRevealedSet(showId, await readRevealed(currentDatabase(), showId));
}
