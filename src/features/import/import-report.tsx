import { useId } from 'react';
import { Link } from 'react-router';
import { IsolatedText } from '../shared/isolated-text';
import type { ImportOrigin } from './describe-import';
import { stageLine, type ImportState } from './import-state';

/**
 * Where one part of the page reports on its import: the stage in a polite status region that is
 * always present, with a progress bar and Cancel while it runs; success there too, and problems
 * as an alert listing each one.
 */
export function ImportReportView({
  state,
  origin,
  onCancel,
}: {
  state: ImportState;
  origin: ImportOrigin;
  onCancel: () => void;
}) {
  const barId = useId();
  const mine = state?.origin === origin ? state : null;
  const report = mine?.phase === 'ended' ? mine.report : null;
  const stage = stageLine(mine);
  const lines = stage ? [stage] : report && report.tone !== 'problem' ? report.lines : [];
  return (
    <>
      <div role="status" className="import-status">
        {lines.map((line) => (
          <p key={line}>
            <IsolatedText text={line} />
          </p>
        ))}
        {report?.tone === 'done' ? (
          <p>
            <Link to={`/shows/${report.showId}`}>
              Open <bdi>{report.title}</bdi>
            </Link>
          </p>
        ) : null}
      </div>
      {mine?.phase === 'running' ? (
        <div className="import-progress">
          <label htmlFor={barId}>Import progress</label>
          <progress
            id={barId}
            max={100}
            value={mine.percent}
            aria-valuetext={`${mine.stage}: ${mine.percent}%`}
          />
          <button type="button" onClick={onCancel} disabled={mine.cancelling}>
            Cancel import
          </button>
        </div>
      ) : null}
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
    </>
  );
}
