import { useMemo } from 'react';
import { characterPage, type CharacterPage } from '../../domain/pages/character-page';
import { charactersPage, type CharactersPage } from '../../domain/pages/characters-page';
import { useShowState } from '../use-show-state';

export function useCharactersPage(showId: string): CharactersPage {
  const state = useShowState(showId);
  return useMemo(() => charactersPage(state), [state]);
}

export function useCharacterPage(showId: string, characterId: string): CharacterPage {
  const state = useShowState(showId);
  return useMemo(() => characterPage(state, characterId), [state, characterId]);
}
