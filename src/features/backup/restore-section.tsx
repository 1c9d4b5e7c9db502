import { useId, useReducer, useRef } from 'react';
import type { Backup } from '../../storage/backup-format';
import type { StoredCounts } from '../../storage/backup-repository';
import {
  backupRestored,
  whatRestoreReplaces,
  type RestoreQuestion,
} from '../../stores/backup-actions';
import type { TextFile } from '../shared/read-text-file';
import { backupFromFile } from './backup-file';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { JsonFileInput } from '../shared/json-file-input';
import { pipelineReducer, type PipelineFlow } from '../shared/pipeline-state';
import { PipelineReportView } from '../shared/pipeline-report';

/** A backup that passed every check, with what restoring it would replace. */
interface CheckedBackup extends RestoreQuestion {
  backup: Backup;
  /** Asked again: what this browser holds changed since the user was first asked. */
  changed: boolean;
}

type RestoreDone = { type: 'done'; backup: Backup };

function restoredLines(backup: Backup): string[] {
  const watched = backup.progress.reduce((sum, item) => sum + item.watched.length, 0);
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return [
    `Restored the backup of ${backup.createdAt.slice(0, 10)}: ${backup.profiles.length > 1 ? `${backup.profiles.length} profiles with ` : ''}${plural(backup.shows.length, 'show', 'shows')}, ${plural(watched, 'watched episode', 'watched episodes')} and ${plural(backup.notes.length, 'note', 'notes')}.`,
  ];
}

/** A restore in the words of this section; its "Saving" stage is the restore itself. */
const RESTORE_FLOW: PipelineFlow<'restore', CheckedBackup, RestoreDone> = {
  begins: () => 'Checking',
  percentAt: () => null,
  titleOf: () => null,
  stageLine: (stage, subject) => (stage === 'Saving' ? 'Restoring…' : `${stage} ${subject}…`),
  progress: null,
  declined: () => 'Nothing was restored.',
  cancelled: 'Nothing was restored.',
  failed: (_origin, stage, name) =>
    stage === 'check'
      ? `${name} was not restored, and nothing was changed:`
      : 'The backup was not restored:',
  done: (_origin, { backup }) => ({ tone: 'done', lines: restoredLines(backup) }),
};

const restoreReducer = pipelineReducer(RESTORE_FLOW);

/** Restores a full backup: checked whole first, and asking before it replaces anything. */
export function RestoreSection() {
  const headingId = useId();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, dispatch] = useReducer(restoreReducer, null);
  const pending = state?.phase === 'confirming' ? state.checked : null;

  /** Asks before replacing anything of the user's; restores at once when there is nothing. */
  function offered(backup: Backup, question: RestoreQuestion, changed: boolean) {
    const replaces = question.replaces !== null;
    dispatch({ type: 'checked', checked: { ...question, backup, changed }, replaces });
    if (!replaces) void restored(backup, question.counts);
  }

  async function restored(backup: Backup, confirmed: StoredCounts) {
    dispatch({ type: 'progress', stage: 'Saving', percent: null });
    const result = await backupRestored(backup, confirmed);
    if (result.outcome === 'restored') {
      dispatch({ type: 'done', backup });
    } else if (result.outcome === 'failed') {
      dispatch({ type: 'failed', stage: 'save', problems: [result.problem] });
    } else {
      offered(backup, result.question, true);
    }
  }

  async function chosen(file: TextFile) {
    dispatch({ type: 'source chosen', origin: 'restore', name: file.name });
    const result = await backupFromFile(file);
    if (!result.ok) {
      dispatch({ type: 'failed', stage: 'check', problems: result.problems });
      return;
    }
    offered(result.backup, await whatRestoreReplaces(result.backup), false);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Restore</h2>
      <p className="hint">
        Restoring a full backup makes this browser hold exactly what the backup holds. Records that
        could not be read are never deleted.
      </p>
      <label htmlFor={inputId}>Restore from backup</label>
      <JsonFileInput ref={inputRef} id={inputId} onFile={(file) => chosen(file)} />
      <PipelineReportView state={state} origin="restore" flow={RESTORE_FLOW} />
      {pending ? (
        <ConfirmDialog
          question="Replace everything in this browser with the backup?"
          details={
            <p>
              {pending.changed
                ? 'What this browser holds changed while you were deciding, so nothing was restored yet. '
                : null}
              {pending.replaces} If you may need it, cancel and download a full backup of this
              browser first.
            </p>
          }
          confirmLabel="Replace"
          onConfirm={() => {
            dispatch({ type: 'replace confirmed' });
            void restored(pending.backup, pending.counts);
          }}
          onCancel={() => dispatch({ type: 'replace declined' })}
          returnFocusTo={inputRef}
        />
      ) : null}
    </section>
  );
}
