import { useId, useState } from 'react';
import { backupMade } from '../../stores/backup-actions';
import { saveFile } from './save-file';
import { IsolatedText } from '../shared/isolated-text';
import { ProblemLines } from '../shared/problem-lines';

/** Everything in one file: shows, progress, reveals, notes, settings, and anything set aside. */
export function FullBackupSection() {
  const headingId = useId();
  const [done, setDone] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);

  async function downloaded() {
    const result = await backupMade();
    if (!result.ok) {
      setDone([]);
      setProblems(result.problems);
      return;
    }
    saveFile(result.file);
    setProblems([]);
    setDone([`Saved ${result.file.name}.`, ...result.problems]);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Full backup</h2>
      <p className="hint">
        Everything Previously keeps in this browser, in one file: your shows, what you watched and
        revealed, your notes and your settings. Keep it somewhere safe; it restores into any
        browser.
      </p>
      <button type="button" className="button-primary" onClick={() => void downloaded()}>
        Download full backup
      </button>
      <div role="status" className="import-status">
        {done.map((line) => (
          <p key={line}>
            <IsolatedText text={line} />
          </p>
        ))}
      </div>
      {problems.length > 0 ? (
        <div role="alert" className="problem">
          <ProblemLines lines={problems} />
        </div>
      ) : null}
    </section>
  );
}
