import { screen, within } from '@testing-library/react';
import type { LeakScenario } from './leak-scenarios';
import type { ReferenceVisibility } from './reference-visibility';

/**
 * What strict mode keeps back on every page, written from issue 10 item 3: no size of a season
 * beyond the horizon ("4 watched", not "4 of 10"), no episode listed past the next one, and one
 * placeholder on an episode page, saying neither how many things it covers nor what kind.
 * Air dates are among the covered strings (page-expectations.ts).
 */
export interface StrictExpectation {
  /** How many episodes are behind the horizon: no "of N" may claim more. */
  readonly episodesBehind: number;
  /** By season label, how many of its episodes are behind the horizon: no meter of it counts more. */
  readonly behindBySeason: ReadonlyMap<string, number>;
  /** Codes after the next episode: no row, neighbour link or choice lists them. */
  readonly pastNext: readonly string[];
}

const seasonName = (season: number) => (season === 0 ? 'Specials' : `Season ${season}`);

export function strictExpectation(
  scenario: LeakScenario,
  rule: ReferenceVisibility,
): StrictExpectation | null {
  if (!scenario.strict) return null;
  const behindBySeason = new Map<string, number>();
  rule.seasons.forEach((season, position) => {
    const name = seasonName(season);
    behindBySeason.set(name, (behindBySeason.get(name) ?? 0) + (position <= rule.horizon ? 1 : 0));
  });
  return {
    episodesBehind: rule.horizon + 1,
    behindBySeason,
    pastNext: scenario.pack.episodes.slice(rule.horizon + 2).map((episode) => episode.code),
  };
}

/** The kinds a placeholder may name outside strict mode; in strict mode none of them shows. */
const KIND_WORDS = /Recap|Reveal|Character fact|News|Facts about|characters|\d+ (?:items|things)/;

/** Fails with what the page gives away; `ownCode` is the episode whose page this is, if any. */
export function expectStrictPage(
  where: string,
  expected: StrictExpectation,
  ownCode: string | null,
): void {
  const fail = (what: string) => {
    throw new Error(`${where}, in strict mode: ${what}`);
  };
  const text = document.body.textContent ?? '';
  for (const [, total] of text.matchAll(/\bof (\d+)\b/g)) {
    if (Number(total) > expected.episodesBehind) {
      fail(
        `the page says "of ${total}", with ${expected.episodesBehind} episodes watched or passed`,
      );
    }
  }
  for (const meter of screen.queryAllByRole('progressbar')) {
    const label = meter.getAttribute('aria-label') ?? '';
    const [, name = '', total = '0'] = /^(.*): \d+ of (\d+) watched$/.exec(label) ?? [];
    const behind = expected.behindBySeason.get(name) ?? expected.episodesBehind;
    if (Number(total) > behind) fail(`a meter counts more episodes than were passed: "${label}"`);
  }
  for (const code of expected.pastNext) {
    if (code === ownCode) continue;
    const rows = [
      ...screen.queryAllByRole('checkbox', { name: `Watched ${code}` }),
      ...screen.queryAllByRole('link', { name: new RegExp(`^(Previous|Next): ${code}\\b`) }),
      ...screen.queryAllByRole('option', { name: new RegExp(`^${code}\\b`) }),
    ];
    if (rows.length > 0) fail(`${code}, after the next episode, is listed`);
  }
  const section = screen.queryByRole('region', { name: 'Recap, reveals and facts' });
  if (section === null) return;
  const reveals = within(section).queryAllByRole('button', { name: 'Reveal' });
  if (reveals.length > 1) fail(`the episode shows ${reveals.length} placeholders, not one`);
  for (const reveal of reveals) {
    const placeholder = document.getElementById(reveal.getAttribute('aria-describedby') ?? '');
    const said = placeholder?.textContent ?? '';
    if (KIND_WORDS.test(said)) fail(`its placeholder says "${said}"`);
  }
}
