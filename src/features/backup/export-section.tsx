import { useId, useMemo, useState } from 'react';
import { showExported } from '../../stores/backup-actions';
import { useShowSummaries, useUnreadableShowIds } from '../../stores/library-store';
import { saveFile } from './save-file';
import { IsolatedText } from '../shared/isolated-text';

type Report = { tone: 'done'; lines: string[] } | { tone: 'problem'; lines: string[] };

function exportedLines(name: string, notesIncluded: number, notesLeftOut: string[]): string[] {
  const lines = [
    `Saved ${name}${notesIncluded > 0 ? `, with your ${notesIncluded} ${notesIncluded === 1 ? 'note' : 'notes'}` : ''}.`,
  ];
  if (notesLeftOut.length > 0) {
    lines.push(
      `${notesLeftOut.length} ${notesLeftOut.length === 1 ? 'note was' : 'notes were'} left out because the show no longer lists ${[...new Set(notesLeftOut)].join(', ')}; a full backup keeps them. Edit a note to tie it to a listed episode and it is exported too.`,
    );
  }
  return lines;
}

/** Each show as a recap pack file, the user's notes included, that imports again unchanged. */
export function ExportSection() {
  const headingId = useId();
  const shows = useShowSummaries();
  const unreadable = useUnreadableShowIds();
  const [report, setReport] = useState<Report | null>(null);
  const sorted = useMemo(
    () => Object.values(shows).sort((a, b) => a.show.title.localeCompare(b.show.title)),
    [shows],
  );
  const sharedTitles = useMemo(
    () => new Set(sorted.map(({ show }) => show.title).filter((t, i, all) => all.indexOf(t) !== i)),
    [sorted],
  );

  async function exported(showId: string) {
    const result = await showExported(showId);
    if (!result.ok) {
      setReport({ tone: 'problem', lines: [result.problem] });
      return;
    }
    saveFile(result.file);
    setReport({
      tone: 'done',
      lines: exportedLines(result.file.name, result.notesIncluded, result.notesLeftOut),
    });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Export a show</h2>
      <p className="hint">
        A recap pack file of one show: its episodes, characters and recaps, with your notes. Import
        it on the Add a show page, here or in another browser.
      </p>
      {sorted.length === 0 ? (
        <p>There are no shows to export yet.</p>
      ) : (
        <ul className="export-list">
          {sorted.map(({ show }) => (
            <li key={show.id}>
              <button type="button" onClick={() => void exported(show.id)}>
                Export {show.title}
                {sharedTitles.has(show.title) ? ` (${show.id})` : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      {unreadable.length > 0 ? (
        <p className="hint">
          {unreadable.length === 1 ? 'One show' : `${unreadable.length} shows`} could not be read
          and cannot be exported on {unreadable.length === 1 ? 'its' : 'their'} own; a full backup
          keeps {unreadable.length === 1 ? 'it' : 'them'} as saved.
        </p>
      ) : null}
      <div role="status" className="import-status">
        {report?.tone === 'done'
          ? report.lines.map((line) => (
              <p key={line}>
                <IsolatedText text={line} />
              </p>
            ))
          : null}
      </div>
      {report?.tone === 'problem' ? (
        <p role="alert" className="problem">
          <IsolatedText text={report.lines.join(' ')} />
        </p>
      ) : null}
    </section>
  );
}
