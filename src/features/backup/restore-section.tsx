import { useId, useRef, useState } from 'react';
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
import { isolated } from '../../domain/isolated';
import { IsolatedText } from '../shared/isolated-text';

interface PendingRestore {
  backup: Backup;
  counts: StoredCounts;
  replaces: string;
  /** Asked again: what this browser holds changed since the user was first asked. */
  changed: boolean;
}

type Report =
  { tone: 'info'; lines: string[] } | { tone: 'problem'; heading: string; lines: string[] };

function restoredLines(backup: Backup): string[] {
  const watched = backup.progress.reduce((sum, item) => sum + item.watched.length, 0);
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return [
    `Restored the backup of ${backup.createdAt.slice(0, 10)}: ${backup.profiles.length > 1 ? `${backup.profiles.length} profiles with ` : ''}${plural(backup.shows.length, 'show', 'shows')}, ${plural(watched, 'watched episode', 'watched episodes')} and ${plural(backup.notes.length, 'note', 'notes')}.`,
  ];
}

/** Restores a full backup: checked whole first, and asking before it replaces anything. */
export function RestoreSection() {
  const headingId = useId();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  /** Asks before replacing anything of the user's; restores at once when there is nothing. */
  function offered(backup: Backup, { counts, replaces }: RestoreQuestion, changed: boolean) {
    if (replaces === null) {
      void restored(backup, counts);
    } else {
      setReport(null);
      setPending({ backup, counts, replaces, changed });
    }
  }

  async function restored(backup: Backup, confirmed: StoredCounts) {
    setReport({ tone: 'info', lines: ['Restoring…'] });
    const result = await backupRestored(backup, confirmed);
    if (result.outcome === 'restored') {
      setReport({ tone: 'info', lines: restoredLines(backup) });
    } else if (result.outcome === 'failed') {
      setReport({
        tone: 'problem',
        heading: 'The backup was not restored:',
        lines: [result.problem],
      });
    } else {
      offered(backup, result.question, true);
    }
  }

  async function chosen(file: TextFile) {
    setReport({ tone: 'info', lines: [`Checking ${isolated(file.name)}…`] });
    const result = await backupFromFile(file);
    if (!result.ok) {
      setReport({
        tone: 'problem',
        heading: `${isolated(file.name)} was not restored, and nothing was changed:`,
        lines: result.problems,
      });
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
      <div role="status" className="import-status">
        {report?.tone === 'info'
          ? report.lines.map((line) => (
              <p key={line}>
                <IsolatedText text={line} />
              </p>
            ))
          : null}
      </div>
      {report?.tone === 'problem' ? (
        <div role="alert" className="problem import-problems">
          <p>
            <IsolatedText text={report.heading} />
          </p>
          <ul>
            {report.lines.map((line) => (
              <li key={line}>
                <IsolatedText text={line} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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
            setPending(null);
            void restored(pending.backup, pending.counts);
          }}
          onCancel={() => {
            setPending(null);
            setReport({ tone: 'info', lines: ['Nothing was restored.'] });
          }}
          returnFocusTo={inputRef}
        />
      ) : null}
    </section>
  );
}
