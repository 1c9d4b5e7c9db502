import { isolated } from '../../domain/isolated';
import { describeImport, type ImportOrigin } from './describe-import';
import { percentOf, type CheckedPack, type ImportEvent, type ImportStage } from './import-pipeline';

/**
 * Where an import stands, for the one report view of each part of the Add a show page. Every
 * import, from a file, from TVmaze or a refresh, moves through the same events.
 */

export type ImportReport =
  | { tone: 'info'; lines: string[] }
  | { tone: 'done'; lines: string[]; showId: string; title: string }
  | { tone: 'problem'; heading: string; lines: string[] };

interface Source {
  origin: ImportOrigin;
  /** The file's name or the show's, as the user chose it. */
  name: string;
}

export type ImportState =
  | null
  /** Asking TVmaze for the show; no pipeline yet. */
  | (Source & { phase: 'fetching' })
  | (Source & {
      phase: 'running';
      stage: ImportStage;
      percent: number;
      pack: CheckedPack | null;
      cancelling: boolean;
    })
  | (Source & { phase: 'confirming'; pack: CheckedPack })
  | (Source & { phase: 'ended'; report: ImportReport });

export type ImportAction =
  | { type: 'source chosen'; origin: ImportOrigin; name: string }
  /** The source could not be had (TVmaze did not answer, two files dropped): nothing started. */
  | { type: 'source refused'; origin: ImportOrigin; heading: string; problems: string[] }
  | Exclude<ImportEvent, { type: 'pack checked' }>
  | { type: 'pack checked'; pack: CheckedPack; replaces: boolean }
  | { type: 'replace confirmed' }
  | { type: 'replace declined' }
  | { type: 'cancel requested' };

const FAILED_CHECK: Record<ImportOrigin, (name: string) => string> = {
  file: (name) => `${name} was not imported, and nothing was changed:`,
  tvmaze: (name) => `${name} could not be added, and nothing was changed:`,
  refresh: (name) => `${name} was not refreshed, and nothing was changed:`,
};

/** The line the status region shows while a source is read, checked or saved. */
export function stageLine(state: ImportState): string | null {
  if (state?.phase === 'fetching') return `Getting ${isolated(state.name)} from TVmaze…`;
  if (state?.phase !== 'running') return null;
  if (state.cancelling) return 'Cancelling…';
  return `${state.stage} ${isolated(state.pack?.title ?? state.name)}…`;
}

function ended(state: NonNullable<ImportState>, report: ImportReport): ImportState {
  return { origin: state.origin, name: state.name, phase: 'ended', report };
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  if (action.type === 'source chosen') {
    const { origin, name } = action;
    return origin === 'file'
      ? {
          origin,
          name,
          phase: 'running',
          stage: 'Reading',
          percent: 0,
          pack: null,
          cancelling: false,
        }
      : { origin, name, phase: 'fetching' };
  }
  if (action.type === 'source refused') {
    const { origin, heading, problems } = action;
    return {
      origin,
      name: '',
      phase: 'ended',
      report: { tone: 'problem', heading, lines: problems },
    };
  }
  if (state === null || state.phase === 'ended') return state;
  const name = isolated(state.name);
  const pack = state.phase === 'running' || state.phase === 'confirming' ? state.pack : null;
  const title = pack ? isolated(pack.title) : name;
  switch (action.type) {
    case 'progress':
      return {
        ...state,
        phase: 'running',
        stage: action.stage,
        percent: action.percent,
        pack,
        cancelling: state.phase === 'running' && state.cancelling,
      };
    case 'pack checked':
      return action.replaces
        ? { ...state, phase: 'confirming', pack: action.pack }
        : {
            ...state,
            phase: 'running',
            stage: 'Checking',
            percent: state.phase === 'running' ? state.percent : 0,
            pack: action.pack,
            cancelling: false,
          };
    case 'replace confirmed':
      return pack
        ? {
            ...state,
            phase: 'running',
            stage: 'Saving',
            percent: percentOf('Saving', 0),
            pack,
            cancelling: false,
          }
        : state;
    case 'replace declined':
      return ended(state, { tone: 'info', lines: [`${title} was left as it was.`] });
    case 'cancel requested':
      return state.phase === 'running' ? { ...state, cancelling: true } : state;
    case 'cancelled':
      return ended(state, { tone: 'info', lines: ['Import cancelled. Nothing was changed.'] });
    case 'failed':
      return ended(state, {
        tone: 'problem',
        heading:
          action.stage === 'check'
            ? FAILED_CHECK[state.origin](name)
            : `${title} was not saved, and nothing was changed:`,
        lines: action.problems,
      });
    case 'done':
      return ended(state, {
        tone: 'done',
        lines: describeImport(
          action.outcome,
          state.origin,
          action.bodiesWithMarkup,
          action.invisibleRemoved,
        ),
        showId: action.outcome.showId,
        title: action.outcome.title,
      });
  }
}
