import { documentTitle } from '../document-title';
import type { ReadyGate } from '../gate';
import type { Entry } from '../pack';
import { entriesGate, type ShowRecord, type ShowState } from '../show-state';
import { checkText, shieldTerms, type CheckedSentence, type ShieldTerms } from '../shield';

/**
 * The spoiler shield: a text the user pasted, checked against one show. A masked sentence holds
 * no text until the user reveals that one sentence; the page never learns what it matched.
 */

export interface ShowChoice {
  readonly showId: string;
  readonly title: string;
}

export type ShieldSentence =
  | { readonly state: 'readable'; readonly text: string }
  | {
      readonly state: 'masked';
      /** The earliest episode after which what it mentions opens; null for one not listed. */
      readonly opensAfter: string | null;
      /** What its Reveal button reveals. Never rendered. */
      readonly revealKey: string;
    }
  | { readonly state: 'revealed'; readonly text: string; readonly hideKey: string }
  /** Shown for a timed peek; `peekKey` is what its countdown covers again. */
  | { readonly state: 'peeked'; readonly text: string; readonly peekKey: string };

export interface ShieldResult {
  /** "2 of 7 sentences masked", or that there was nothing to check. */
  readonly summary: string;
  readonly sentences: readonly ShieldSentence[];
}

export type ShieldCheck =
  /** No show chosen, or the chosen one is not in the library. */
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'unreadable' }
  | {
      readonly status: 'ready';
      readonly showTitle: string;
      /** Null until a text is checked. */
      readonly result: ShieldResult | null;
    };

export interface ShieldPage {
  readonly documentTitle: string;
  /** Null while the library loads. */
  readonly shows: readonly ShowChoice[] | null;
  /** The chosen show, when the library holds it. */
  readonly chosenId: string | null;
  readonly check: ShieldCheck;
}

export interface ShieldRequest {
  readonly text: string;
  /** Keys of the masked sentences the user revealed, in memory only. */
  readonly revealed: ReadonlySet<string>;
  /** Keys of the masked sentences the user is peeking at this moment; none when absent. */
  readonly peeked?: ReadonlySet<string>;
  readonly locale: string;
}

const PAGE_NAME = 'Spoiler shield';

const termsByState = new WeakMap<ShowState, ShieldTerms>();

/** Once per show state and locale: the text itself is checked anew and never kept here. */
function termsOf(
  state: ShowState,
  gate: ReadyGate,
  { show, characters }: ShowRecord,
  entries: readonly Entry[],
  locale: string,
): ShieldTerms {
  let terms = termsByState.get(state);
  if (terms?.locale !== locale) {
    terms = shieldTerms(gate, show.title, characters, entries, locale);
    termsByState.set(state, terms);
  }
  return terms;
}

function result(
  sentences: readonly CheckedSentence[],
  { revealed, peeked }: ShieldRequest,
): ShieldResult {
  const masked = sentences.filter((sentence) => sentence.mask !== null).length;
  const count = sentences.length;
  return {
    summary:
      count === 0
        ? 'Nothing to check: the box was empty.'
        : `${masked.toLocaleString('en')} of ${count.toLocaleString('en')} ${count === 1 ? 'sentence' : 'sentences'} masked`,
    sentences: sentences.map(({ text, mask }, index): ShieldSentence => {
      if (mask === null) return { state: 'readable', text };
      const key = `sentence-${index}`;
      if (revealed.has(key)) return { state: 'revealed', text, hideKey: key };
      if (peeked?.has(key)) return { state: 'peeked', text, peekKey: key };
      return { state: 'masked', opensAfter: mask.opensAfter, revealKey: key };
    }),
  };
}

function showCheck(state: ShowState, request: ShieldRequest | null): ShieldCheck {
  const { record } = state;
  if (record.status === 'missing') return { status: 'none' };
  const gate = entriesGate(state);
  if (record.status === 'unreadable' || gate.status === 'unreadable') {
    return { status: 'unreadable' };
  }
  if (record.status !== 'ready' || gate.status !== 'ready' || state.entries.status !== 'ready') {
    return { status: 'loading' };
  }
  const showTitle = record.record.show.title;
  if (request === null) return { status: 'ready', showTitle, result: null };
  const terms = termsOf(state, gate, record.record, state.entries.entries, request.locale);
  return {
    status: 'ready',
    showTitle,
    result: result(checkText(terms, request.text), request),
  };
}

/**
 * The page for the shows in the library (null while it loads) and the one chosen by id; with no
 * id, the first show is chosen.
 */
export function shieldPage(
  states: readonly ShowState[] | null,
  wantedId: string | null,
  request: ShieldRequest | null,
): ShieldPage {
  if (states === null) {
    return {
      documentTitle: documentTitle(PAGE_NAME),
      shows: null,
      chosenId: null,
      check: { status: 'loading' },
    };
  }
  const shows = states.flatMap((state) =>
    state.record.status === 'ready'
      ? [{ showId: state.showId, title: state.record.record.show.title }]
      : [],
  );
  const chosen =
    wantedId === null
      ? states.find((state) => state.record.status === 'ready')
      : states.find((state) => state.showId === wantedId);
  const check = chosen === undefined ? { status: 'none' as const } : showCheck(chosen, request);
  return {
    documentTitle:
      check.status === 'ready'
        ? documentTitle(PAGE_NAME, check.showTitle)
        : documentTitle(PAGE_NAME),
    shows,
    chosenId: check.status === 'none' || chosen === undefined ? null : chosen.showId,
    check,
  };
}
