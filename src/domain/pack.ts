/** The recap pack of pack-format.md, version 1, as the app holds it after validation. */

export const PACK_FORMAT = 'previously-pack';
export const PACK_VERSION = 1;

export type EntryKind = 'recap' | 'reveal' | 'fact' | 'news' | 'note';

export interface ShowInfo {
  id: string;
  title: string;
  network: string | null;
  premiered: string | null;
  summary: string | null;
}

export interface Episode {
  code: string;
  title: string | null;
  airDate: string | null;
  runtime: number | null;
  synopsis: string | null;
}

export interface Character {
  id: string;
  name: string;
  actor: string | null;
  introducedIn: string | null;
}

export interface Entry {
  id: string;
  kind: EntryKind;
  spoils: string | null;
  title: string | null;
  body: string;
  characters: readonly string[];
  keywords: readonly string[];
  date: string | null;
  source: string | null;
}

export interface Pack {
  show: ShowInfo;
  episodes: readonly Episode[];
  characters: readonly Character[];
  entries: readonly Entry[];
}

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  recap: 'Recap',
  reveal: 'Reveal',
  fact: 'Character fact',
  news: 'News',
  note: 'Note',
};
