import { useMemo } from 'react';
import type { Gate } from '../../domain/gate';
import type { Character, Entry } from '../../domain/pack';
import { factsByCharacter, presentCharacters } from '../../domain/views';
import type { EntriesState } from '../../stores/library-store';
import { EntryViewList } from '../shared/entry-view-list';
import { LoadingState } from '../shared/loading-state';

interface CharactersSectionProps {
  showId: string;
  characters: readonly Character[];
  /** Decides which characters exist yet; needs progress only. */
  gate: Gate;
  /** Decides which facts show; covered until the entries have loaded. */
  entriesGate: Gate;
  entriesState: EntriesState;
}

const NO_FACTS: readonly Entry[] = [];

/** The characters known so far. One introduced after the horizon leaves no trace, not even a count. */
export function CharactersSection({
  showId,
  characters,
  gate,
  entriesGate,
  entriesState,
}: CharactersSectionProps) {
  const present = useMemo(() => presentCharacters(gate, characters), [gate, characters]);
  const facts = useMemo(
    () => (entriesState.status === 'ready' ? factsByCharacter(entriesState.entries) : null),
    [entriesState],
  );
  return (
    <section className="panel" aria-labelledby="characters-heading">
      <h2 id="characters-heading">Characters so far</h2>
      {gate.status !== 'ready' ? (
        <LoadingState>Loading characters…</LoadingState>
      ) : present.length === 0 ? (
        <p>No characters are known yet.</p>
      ) : (
        <ul className="character-list">
          {present.map((character) => (
            <li key={character.id} className="character">
              <h3>{character.name}</h3>
              {character.actor ? (
                <p className="character-actor">Played by {character.actor}</p>
              ) : null}
              {facts === null ? null : (
                <EntryViewList
                  showId={showId}
                  gate={entriesGate}
                  entries={facts.get(character.id) ?? NO_FACTS}
                  headingLevel={4}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
