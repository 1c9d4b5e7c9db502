import {
  pipelineReducer,
  stageLine as pipelineStageLine,
  type PipelineEvent,
  type PipelineFlow,
  type PipelineState,
} from '../shared/pipeline-state';
import { describeImport, type ImportOrigin } from './describe-import';
import { percentOf, type CheckedPack, type ImportEvent } from './import-pipeline';

/**
 * An import in the words of the Add a show page, for the pipeline's one reducer and report view
 * (shared/pipeline-state.ts): every import, from a file, from TVmaze or a refresh, moves through
 * the same events.
 */

export type ImportState = PipelineState<ImportOrigin, CheckedPack>;

type ImportDone = Extract<ImportEvent, { type: 'done' }>;

export type ImportAction = PipelineEvent<ImportOrigin, CheckedPack, ImportDone>;

const FAILED_CHECK: Record<ImportOrigin, (name: string) => string> = {
  file: (name) => `${name} was not imported, and nothing was changed:`,
  tvmaze: (name) => `${name} could not be added, and nothing was changed:`,
  refresh: (name) => `${name} was not refreshed, and nothing was changed:`,
};

export const IMPORT_FLOW: PipelineFlow<ImportOrigin, CheckedPack, ImportDone> = {
  begins: (origin) => (origin === 'file' ? 'Reading' : null),
  percentAt: (stage) => percentOf(stage, 0),
  titleOf: (pack) => pack.title,
  stageLine: (stage, subject) =>
    stage === 'Fetching' ? `Getting ${subject} from TVmaze…` : `${stage} ${subject}…`,
  progress: { label: 'Import progress', cancel: 'Cancel import' },
  declined: (subject) => `${subject} was left as it was.`,
  cancelled: 'Import cancelled. Nothing was changed.',
  failed: (origin, stage, name, subject) =>
    stage === 'check'
      ? FAILED_CHECK[origin](name)
      : `${subject} was not saved, and nothing was changed:`,
  done: (origin, event) => ({
    tone: 'done',
    lines: describeImport(event.outcome, origin, event.bodiesWithMarkup, event.invisibleRemoved),
    opens: { path: `/shows/${event.outcome.showId}`, title: event.outcome.title },
  }),
};

export const importReducer = pipelineReducer(IMPORT_FLOW);

/** The line the status region shows while a source is read, checked or saved. */
export function stageLine(state: ImportState): string | null {
  return pipelineStageLine(IMPORT_FLOW, state);
}
