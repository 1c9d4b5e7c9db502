import { useId, useRef, useState } from 'react';
import type { Backup } from '../../storage/backup-format';
import { backupRestored, whatRestoreReplaces } from '../../stores/backup-actions';
import type { TextFile } from '../import/read-text-file';
import { backupFromFile } from './backup-file';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { JsonFileInput } from '../shared/json-file-input';

type Report =
  { tone: 'info'; lines: string[] } | { tone: 'problem'; heading: string; lines: string[] };

function restoredLines(backup: Backup): string[] {
  const watched = backup.progress.reduce((sum, item) => sum + item.watched.length, 0);
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return [
    `Restored the backup of ${backup.createdAt.slice(0, 10)}: ${plural(backup.shows.length, 'show', 'shows')}, ${plural(watched, 'watched episode', 'watched episodes')} and ${plural(backup.notes.length, 'note', 'notes')}.`,
  ];
}

/** Restores a full backup: checked whole first, and asking before it replaces anything. */
export function RestoreSection() {
  const headingId = useId();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ backup: Backup; replaces: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  async function restored(backup: Backup) {
    setReport({ tone: 'info', lines: ['Restoring…'] });
    const outcome = await backupRestored(backup);
    setReport(
      outcome.ok
        ? { tone: 'info', lines: restoredLines(backup) }
        : { tone: 'problem', heading: 'The backup was not restored:', lines: [outcome.problem] },
    );
  }

  async function chosen(file: TextFile) {
    setReport({ tone: 'info', lines: [`Checking ${file.name}…`] });
    const result = await backupFromFile(file);
    if (!result.ok) {
      setReport({
        tone: 'problem',
        heading: `${file.name} was not restored, and nothing was changed:`,
        lines: result.problems,
      });
      return;
    }
    const replaces = await whatRestoreReplaces(result.backup);
    if (replaces === null) {
      await restored(result.backup);
    } else {
      setReport(null);
      setPending({ backup: result.backup, replaces });
    }
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
        {report?.tone === 'info' ? report.lines.map((line) => <p key={line}>{line}</p>) : null}
      </div>
      {report?.tone === 'problem' ? (
        <div role="alert" className="problem import-problems">
          <p>{report.heading}</p>
          <ul>
            {report.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {pending ? (
        <ConfirmDialog
          question="Replace everything in this browser with the backup?"
          details={
            <p>
              {pending.replaces} If you may need it, cancel and download a full backup of this
              browser first.
            </p>
          }
          confirmLabel="Replace"
          onConfirm={() => {
            setPending(null);
            void restored(pending.backup);
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
