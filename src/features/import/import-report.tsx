import { Link } from 'react-router';
import { IsolatedText } from '../shared/isolated-text';
import type { ImportOrigin } from './describe-import';
import type { ImportReport } from './use-show-import';

/**
 * Where one part of the page reports on its import: progress and success in a polite status
 * region that is always present, problems as an alert listing each one.
 */
export function ImportReportView({
  report,
  origin,
}: {
  report: ImportReport | null;
  origin: ImportOrigin;
}) {
  const mine = report?.origin === origin ? report : null;
  return (
    <>
      <div role="status" className="import-status">
        {mine && mine.tone !== 'problem' ? (
          <>
            {mine.lines.map((line) => (
              <p key={line}>
                <IsolatedText text={line} />
              </p>
            ))}
            {mine.tone === 'done' ? (
              <p>
                <Link to={`/shows/${mine.showId}`}>
                  Open <bdi>{mine.title}</bdi>
                </Link>
              </p>
            ) : null}
          </>
        ) : null}
      </div>
      {mine?.tone === 'problem' ? (
        <div role="alert" className="problem import-problems">
          <p>
            <IsolatedText text={mine.heading} />
          </p>
          <ul>
            {mine.lines.map((line) => (
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
