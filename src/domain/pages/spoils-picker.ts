import { canonicalEpisodeCode } from '../episode-code';
import { codeOrder, NO_HORIZON } from '../episode-order';
import type { Gate } from '../gate';
import type { Episode } from '../pack';
import { rulesOf, showGate, type ShowState } from '../show-state';
import { episodeRow } from '../views';

/**
 * The note form's choice of the episode a note spoils: a code typed in, with a few episodes near
 * the one in question suggested. Nothing in it grows with the show: a long soap opera has tens of
 * thousands of episodes, and a list of them all was rebuilt on every mark.
 */

/** An episode suggested: its code, with its title only where it may be shown. */
export interface SpoilsOption {
  readonly code: string;
  readonly label: string;
}

export type SpoilsCheck =
  { readonly ok: true; readonly code: string } | { readonly ok: false; readonly problem: string };

export interface SpoilsPicker {
  /** A few episodes around the one in question, in watch order. */
  readonly suggestions: readonly SpoilsOption[];
  /** The code typed, in the app's one form, or what is wrong with it, naming the field. */
  check(typed: string): SpoilsCheck;
  /** Whether a note may keep this code as it is. */
  accepts(code: string): boolean;
}

/** Episodes suggested on each side of the one in question. */
const AROUND = 3;
const EXAMPLE = 'S1E4';

/**
 * `near` is the episode the suggestions gather around; `kept` a code accepted whatever the rules
 * (the page's own episode, or a covered note's, which saving must never untie). Strict mode
 * accepts and suggests no episode past the next one: saying which exist would tell what lies ahead,
 * so a code past it gets the same answer whether the show has it or not.
 */
export function spoilsPicker(
  state: ShowState,
  near: string | null,
  kept: string | null,
): SpoilsPicker {
  const gate = showGate(state);
  const episodes = state.record.status === 'ready' ? state.record.record.episodes : [];
  const { positionOf } = codeOrder(episodes);
  const strict = rulesOf(state).strict;
  // Strict mode offers nothing until progress is there to say which episode is the next one.
  const horizon = gate.status === 'ready' ? gate.horizon : NO_HORIZON - 1;
  const last = strict ? Math.min(horizon + 1, episodes.length - 1) : episodes.length - 1;
  const listed = (code: string) => (positionOf.get(code) ?? Infinity) <= last;
  const accepts = (code: string) => code === kept || listed(code);

  function check(typed: string): SpoilsCheck {
    const text = typed.trim();
    const code = canonicalEpisodeCode(text);
    if (code === null) {
      const unless = text === '' ? ', unless the note is safe at any point' : '';
      return { ok: false, problem: `Spoils must be an episode code, such as ${EXAMPLE}${unless}` };
    }
    if (accepts(code)) return { ok: true, code };
    if (!strict) {
      return { ok: false, problem: `Spoils must be an episode of this show, which has no ${code}` };
    }
    const offered = [
      ...(last < 0 ? [] : [`an episode up to ${episodes[last]?.code ?? ''}`]),
      ...(kept === null || listed(kept) ? [] : [kept]),
    ];
    const which = offered.length > 0 ? offered.join(', or ') : 'an episode this show lists';
    return { ok: false, problem: `Spoils must be ${which}: strict mode names none further ahead` };
  }

  const nearPosition = near === null ? undefined : positionOf.get(near);
  const around = suggestedPositions(nearPosition ?? Math.max(horizon + 1, 0), last);
  // The page's own episode, when strict mode lists none as far: the user is on its page.
  if (near !== null && near === kept && nearPosition !== undefined && nearPosition > last) {
    around.push(nearPosition);
  }
  return {
    suggestions: around.flatMap((at) => {
      const episode = episodes[at];
      return episode ? [option(gate, episode, state.watched)] : [];
    }),
    check,
    accepts,
  };
}

/** Positions up to AROUND each side of `centre`, as many as there are, none after `last`. */
function suggestedPositions(centre: number, last: number): number[] {
  const first = Math.max(0, Math.min(centre - AROUND, last - 2 * AROUND));
  const positions: number[] = [];
  for (let at = first; at <= Math.min(last, first + 2 * AROUND); at++) positions.push(at);
  return positions;
}

function option(gate: Gate, episode: Episode, watched: ReadonlySet<string>): SpoilsOption {
  const row = episodeRow(gate, episode, watched);
  return { code: row.code, label: row.titleShown ? `${row.code} · ${row.label}` : row.code };
}
