import { isolated } from '../../domain/isolated';

/**
 * Where a pipeline that brings data into this browser stands: an import of a show (from a file,
 * from TVmaze, a refresh) or the restore of a full backup. Each moves through the same events: a
 * source is chosen, read and checked, the user is asked before it replaces anything, it is saved,
 * and it ends done, failed, declined or cancelled. One reducer follows them, and one report view
 * (pipeline-report.tsx) shows where it stands; each flow says in its own words what happened
 * (a PipelineFlow).
 */

export type PipelineStage = 'Reading' | 'Checking' | 'Saving';

export type PipelineReport =
  | { tone: 'info'; lines: string[] }
  /** `opens`: what was saved, for a link to it ("Open …"). */
  | { tone: 'done'; lines: string[]; opens?: { path: string; title: string } }
  | { tone: 'problem'; heading: string; lines: string[] };

interface Source<Origin extends string> {
  origin: Origin;
  /** The file's name or the show's, as the user chose it. */
  name: string;
}

export type PipelineState<Origin extends string, Checked> =
  | null
  /** Asking for the source (TVmaze); nothing runs yet. */
  | (Source<Origin> & { phase: 'fetching' })
  | (Source<Origin> & {
      phase: 'running';
      stage: PipelineStage;
      /** Where the run stands on its progress bar; null for a flow without one. */
      percent: number | null;
      /** What the checks passed, once they did. */
      checked: Checked | null;
      cancelling: boolean;
    })
  /** Waiting for the user's go before the checked source replaces anything. */
  | (Source<Origin> & { phase: 'confirming'; checked: Checked })
  | (Source<Origin> & { phase: 'ended'; report: PipelineReport });

/** `Done` is the flow's own `done` event, with what its report tells of the outcome. */
export type PipelineEvent<Origin extends string, Checked, Done extends { type: 'done' }> =
  | { type: 'source chosen'; origin: Origin; name: string }
  /** The source could not be had (TVmaze did not answer, two files dropped): nothing started. */
  | { type: 'source refused'; origin: Origin; heading: string; problems: string[] }
  | { type: 'progress'; stage: PipelineStage; percent: number | null }
  /** The pack or backup passed every check; `replaces`: the user is asked before it is saved. */
  | { type: 'checked'; checked: Checked; replaces: boolean }
  | { type: 'replace confirmed' }
  | { type: 'replace declined' }
  | { type: 'cancel requested' }
  | { type: 'cancelled' }
  /** `stage`: refused by the checks, or not saved. Nothing was changed either way. */
  | { type: 'failed'; stage: 'check' | 'save'; problems: string[] }
  | Done;

/**
 * What one flow says of its run. `name` is the chosen source's name and `subject` what the run is
 * about by now (the checked source's title, else the name), both already `isolated()`.
 */
export interface PipelineFlow<Origin extends string, Checked, Done extends { type: 'done' }> {
  /** The first stage of a chosen source, or null when it is fetched first. */
  begins(origin: Origin): PipelineStage | null;
  /** Where a stage begins on the run's progress bar, or null for a flow without one. */
  percentAt(stage: PipelineStage): number | null;
  /** The checked source's title, or null to keep naming it by the chosen name. */
  titleOf(checked: Checked): string | null;
  /** The status line while the source is fetched, or while a stage runs. */
  stageLine(stage: PipelineStage | 'Fetching', subject: string): string;
  /** The progress bar's label and its cancel button's, or null for a flow without them. */
  progress: { label: string; cancel: string } | null;
  /** The line once the user kept what was there instead of replacing it. */
  declined(subject: string): string;
  cancelled: string;
  /** The heading above the problems of a failed run. */
  failed(origin: Origin, stage: 'check' | 'save', name: string, subject: string): string;
  done(origin: Origin, event: Done): PipelineReport;
}

function subjectOf<Origin extends string, Checked>(
  flow: PipelineFlow<Origin, Checked, never>,
  state: NonNullable<PipelineState<Origin, Checked>>,
): string {
  const checked = state.phase === 'running' || state.phase === 'confirming' ? state.checked : null;
  const title = checked === null ? null : flow.titleOf(checked);
  return isolated(title ?? state.name);
}

/** The line the status region shows while a source is fetched, read, checked or saved. */
export function stageLine<Origin extends string, Checked>(
  flow: PipelineFlow<Origin, Checked, never>,
  state: PipelineState<Origin, Checked>,
): string | null {
  if (state?.phase === 'fetching') return flow.stageLine('Fetching', isolated(state.name));
  if (state?.phase !== 'running') return null;
  if (state.cancelling) return 'Cancelling…';
  return flow.stageLine(state.stage, subjectOf(flow, state));
}

/** The one reducer of a flow's events. */
export function pipelineReducer<Origin extends string, Checked, Done extends { type: 'done' }>(
  flow: PipelineFlow<Origin, Checked, Done>,
) {
  type State = PipelineState<Origin, Checked>;
  const running = (
    { origin, name }: Source<Origin>,
    stage: PipelineStage,
    checked: Checked | null,
    percent = flow.percentAt(stage),
    cancelling = false,
  ): State => ({ origin, name, phase: 'running', stage, percent, checked, cancelling });
  const ended = ({ origin, name }: Source<Origin>, report: PipelineReport): State => ({
    origin,
    name,
    phase: 'ended',
    report,
  });

  return function reduced(state: State, event: PipelineEvent<Origin, Checked, Done>): State {
    if (event.type === 'source chosen') {
      const first = flow.begins(event.origin);
      return first === null
        ? { origin: event.origin, name: event.name, phase: 'fetching' }
        : running(event, first, null);
    }
    if (event.type === 'source refused') {
      return ended(
        { origin: event.origin, name: '' },
        { tone: 'problem', heading: event.heading, lines: event.problems },
      );
    }
    if (state === null || state.phase === 'ended') return state;
    const checked =
      state.phase === 'running' || state.phase === 'confirming' ? state.checked : null;
    const subject = subjectOf(flow, state);
    switch (event.type) {
      case 'progress':
        return running(
          state,
          event.stage,
          checked,
          event.percent,
          state.phase === 'running' && state.cancelling,
        );
      case 'checked':
        if (event.replaces) return { ...state, phase: 'confirming', checked: event.checked };
        return running(
          state,
          'Checking',
          event.checked,
          state.phase === 'running' ? state.percent : flow.percentAt('Checking'),
        );
      case 'replace confirmed':
        return checked === null ? state : running(state, 'Saving', checked);
      case 'replace declined':
        return ended(state, { tone: 'info', lines: [flow.declined(subject)] });
      case 'cancel requested':
        return state.phase === 'running' ? { ...state, cancelling: true } : state;
      case 'cancelled':
        return ended(state, { tone: 'info', lines: [flow.cancelled] });
      case 'failed':
        return ended(state, {
          tone: 'problem',
          heading: flow.failed(state.origin, event.stage, isolated(state.name), subject),
          lines: event.problems,
        });
      default:
        return ended(state, flow.done(state.origin, event));
    }
  };
}
