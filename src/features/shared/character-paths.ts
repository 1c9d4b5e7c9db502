/** Only ever given the id of a character who has been introduced: the address shows it. */
export const characterPath = (showId: string, characterId: string) =>
  `${codexPath(showId)}/${encodeURIComponent(characterId)}`;

export const codexPath = (showId: string) => `/shows/${encodeURIComponent(showId)}/characters`;
