import type { Entry } from '../../src/domain/pack';
import { SHOW_ID, SHOW_TITLE, type LeakScenario } from './leak-scenarios';
import { referenceVisibility, type ReferenceVisibility } from './reference-visibility';
import { strictExpectation, type StrictExpectation } from './strict-page-checks';

/**
 * Which page lists what, from the README's "What is in it" and each page's own description, with
 * visibility from the reference rule. `mustShow` is what a page has to show, so a page that hides
 * everything fails; `mayShow` is every visible text the page may hold, so a title that repeats (one
 * visible, one covered) counts as a leak only where the visible one has no business being.
 */
export interface PageExpectation {
  readonly path: string;
  /** The page's level-one heading, to know it has rendered. */
  readonly heading: string | RegExp;
  readonly mustShow: readonly string[];
  readonly mayShow: ReadonlySet<string>;
}

export interface SearchExpectation {
  /** Typed into "Search your shows". */
  readonly query: string;
  /** Links the results must hold; none for a covered word. */
  readonly resultLinks: readonly string[];
  readonly mayShow: ReadonlySet<string>;
}

export interface ShowExpectations {
  /** Every covered string of the show, with what it is, for a readable failure. */
  readonly secrets: ReadonlyMap<string, string>;
  readonly library: PageExpectation;
  readonly show: PageExpectation;
  readonly episodes: readonly PageExpectation[];
  readonly news: readonly PageExpectation[];
  readonly story: PageExpectation;
  readonly characters: PageExpectation;
  readonly characterPages: readonly PageExpectation[];
  readonly searches: readonly SearchExpectation[];
  /** What strict mode also keeps back on every page; null when it is off. */
  readonly strict: StrictExpectation | null;
}

const present = (...texts: (string | null)[]) => texts.filter((text) => text !== null);

/** What a visible entry puts on a page: its title, its body, a news item's source. */
const entryTexts = (entry: Entry) => present(entry.title, entry.body, entry.source);

/** What proves a listed entry is there: its title, or its body when it has none. */
const shownText = (entry: Entry) => entry.title ?? entry.body;

function secretsOf(scenario: LeakScenario, rule: ReferenceVisibility): Map<string, string> {
  const secrets = new Map<string, string>();
  const add = (text: string | null, what: string) => {
    if (text !== null && !secrets.has(text)) secrets.set(text, what);
  };
  for (const entry of scenario.pack.entries) {
    if (rule.entryVisible(entry)) continue;
    const item = `covered ${entry.kind} opening after ${entry.spoils}`;
    add(entry.title, `title of a ${item}`);
    add(entry.body, `body of a ${item}`);
    add(entry.id, `id of a ${item}`);
    add(entry.source, `source of a ${item}`);
    entry.keywords.forEach((keyword) => add(keyword, `keyword of a ${item}`));
  }
  for (const note of scenario.notes) {
    if (rule.noteVisible(note)) continue;
    const item = `covered note opening after ${note.spoils}`;
    add(note.title, `title of a ${item}`);
    add(note.body, `body of a ${item}`);
    add(note.id, `id of a ${item}`);
  }
  for (const character of scenario.pack.characters) {
    if (rule.characterPresent(character)) continue;
    const who = `character introduced in ${character.introducedIn}, after the horizon`;
    add(character.name, `name of a ${who}`);
    add(character.actor, `actor of a ${who}`);
    add(character.id, `id of a ${who}`);
  }
  for (const episode of scenario.pack.episodes) {
    if (!rule.episodeTitleVisible(episode)) add(episode.title, `hidden title of ${episode.code}`);
    if (!rule.synopsisVisible(episode)) add(episode.synopsis, `hidden synopsis of ${episode.code}`);
    if (scenario.strict) add(episode.airDate, `air date of ${episode.code}, in strict mode`);
  }
  return secrets;
}

export function showExpectations(scenario: LeakScenario): ShowExpectations {
  const rule = referenceVisibility(scenario);
  const { episodes, characters, entries } = scenario.pack;
  const listed = new Set(episodes.map((episode) => episode.code));
  const visible = entries.filter(rule.entryVisible);
  const visibleNotes = scenario.notes.filter(rule.noteVisible);
  const met = characters.filter(rule.characterPresent);
  const metIds = new Set(met.map((character) => character.id));
  const isMetFact = (entry: Entry) =>
    entry.kind === 'fact' && entry.characters[0] !== undefined && metIds.has(entry.characters[0]);

  const shownOf = (listing: typeof episodes) =>
    listing.flatMap((episode) =>
      present(
        rule.episodeTitleVisible(episode) ? episode.title : null,
        rule.synopsisVisible(episode) ? episode.synopsis : null,
      ),
    );
  const episodeTexts = shownOf(episodes);
  // Strict mode lists episodes on the show page up to the next one and no further.
  const listedTexts = scenario.strict ? shownOf(episodes.slice(0, rule.horizon + 2)) : episodeTexts;
  const metTexts = met.flatMap((character) =>
    present(character.name, character.actor, character.id),
  );
  const texts = (listing: readonly Entry[]) => listing.flatMap(entryTexts);
  const page = (
    path: string,
    heading: string | RegExp,
    mustShow: readonly string[],
    mayShow: readonly string[],
  ): PageExpectation => ({ path, heading, mustShow, mayShow: new Set([...mustShow, ...mayShow]) });

  const next = episodes[rule.horizon + 1];
  const library = page(
    '/',
    'Your shows',
    present(
      SHOW_TITLE,
      next && rule.episodeTitleVisible(next) ? next.title : null,
      // "4 watched", not "4 of 10".
      scenario.strict ? `${scenario.watched.length} watched` : null,
    ),
    episodeTexts,
  );

  // The premise's recaps and reveals, news, and the facts of the characters met so far; every item
  // revealed early is also named under "Revealed early".
  const showListing = visible.filter(
    (entry) =>
      ((entry.kind === 'recap' || entry.kind === 'reveal') && entry.spoils === null) ||
      entry.kind === 'news' ||
      isMetFact(entry),
  );
  const show = page(
    `/shows/${SHOW_ID}`,
    SHOW_TITLE,
    [
      ...listedTexts,
      ...met.flatMap((character) => present(character.name, character.actor)),
      ...showListing.map(shownText),
    ],
    [
      ...episodeTexts,
      ...metTexts,
      ...texts(showListing),
      ...texts(visible.filter(isRevealed(scenario))),
    ],
  );

  const written = new Set([...entries, ...scenario.notes].flatMap((item) => present(item.spoils)));
  const chosen = episodes[scenario.episodePick % episodes.length]!.code;
  const episodePages = episodes
    .filter((episode) => written.has(episode.code) || episode.code === chosen)
    .map((episode) => {
      const { code } = episode;
      // The recap, reveals and facts that open here, and the user's notes on it; notes tied to
      // no listed episode are on every episode page.
      const listing = visible.filter((entry) => entry.spoils === code && entry.kind !== 'news');
      const notes = visibleNotes.filter((note) => note.spoils === code || note.spoils === null);
      const unlistedNotes = visibleNotes.filter((note) => !listed.has(note.spoils ?? ''));
      return page(
        `/shows/${SHOW_ID}/episodes/${code}`,
        new RegExp(`^${code} `),
        [
          ...present(
            rule.episodeTitleVisible(episode) ? episode.title : null,
            rule.synopsisVisible(episode) ? episode.synopsis : null,
          ),
          ...[...listing, ...notes].map(shownText),
        ],
        [...episodeTexts, ...metTexts, ...texts([...listing, ...notes, ...unlistedNotes])],
      );
    });

  const newsListing = visible.filter((entry) => entry.kind === 'news');
  const news = ['/news', `/shows/${SHOW_ID}/news`].map((path) =>
    page(path, 'News', newsListing.map(shownText), texts(newsListing)),
  );

  // Every recap that has opened, up to the horizon; one revealed early stays on its episode.
  const storyListing = entries.filter(
    (entry) => entry.kind === 'recap' && rule.opensAt(entry.spoils),
  );
  const story = page(`/shows/${SHOW_ID}/story`, 'The story so far', storyListing.map(shownText), [
    ...episodeTexts,
    ...texts(storyListing),
  ]);

  const codexListing = visible.filter(isMetFact);
  const codex = page(
    `/shows/${SHOW_ID}/characters`,
    'Characters so far',
    [
      ...met.flatMap((character) => present(character.name, character.actor)),
      ...codexListing.map(shownText),
    ],
    [...metTexts, ...texts(codexListing)],
  );

  const characterPages = characters.map((character) => {
    const path = `/shows/${SHOW_ID}/characters/${character.id}`;
    if (!metIds.has(character.id)) return page(path, 'Nobody you have met yet', [], []);
    const facts = visible.filter(
      (entry) => entry.kind === 'fact' && entry.characters[0] === character.id,
    );
    // Visible recaps and reveals about them, linked by title.
    const mentions = visible.filter(
      (entry) =>
        (entry.kind === 'recap' || entry.kind === 'reveal') &&
        entry.characters.includes(character.id),
    );
    return page(
      path,
      character.name,
      [
        ...present(character.name, character.actor),
        ...facts.map(shownText),
        ...present(...mentions.map((entry) => entry.title)),
      ],
      [...metTexts, ...texts(facts), ...present(...mentions.map((entry) => entry.title))],
    );
  });

  const secrets = secretsOf(scenario, rule);
  const everythingVisible = [
    ...episodeTexts,
    ...metTexts,
    ...texts(visible),
    ...texts(visibleNotes),
  ];
  const pick = <T>(candidates: readonly T[]) =>
    candidates[scenario.searchPick % Math.max(candidates.length, 1)];
  // A covered word found nowhere visible; a word that is a visible item's title, for an item a
  // page shows (a recap or reveal opening at an episode the show does not list is on none).
  const coveredWord = pick(
    [...secrets.keys()].filter((text) => !text.includes('-') && !everythingVisible.includes(text)),
  );
  const visibleWord = pick(
    [...visible, ...visibleNotes].filter(
      (entry) =>
        entry.title !== null &&
        (entry.spoils === null ||
          listed.has(entry.spoils) ||
          entry.kind === 'news' ||
          entry.kind === 'fact' ||
          entry.kind === 'note'),
    ),
  )?.title;
  const searches = [
    ...(coveredWord === undefined ? [] : [{ query: coveredWord, resultLinks: [] }]),
    ...(visibleWord == null ? [] : [{ query: visibleWord, resultLinks: [visibleWord] }]),
  ].map((search) => ({ ...search, mayShow: new Set([...everythingVisible, search.query]) }));

  return {
    secrets,
    library,
    show,
    episodes: episodePages,
    news,
    story,
    characters: codex,
    characterPages,
    searches,
    strict: strictExpectation(scenario, rule),
  };
}

const isRevealed = (scenario: LeakScenario) => (entry: Entry) =>
  scenario.revealedEntryIds.includes(entry.id);
