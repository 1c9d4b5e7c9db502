import { Fragment, useId } from 'react';
import { isolated } from '../../domain/isolated';
import { IsolatedText } from '../shared/isolated-text';
import { useOnline } from '../shared/use-online';
import { stageLine, type ImportState } from './import-state';
import { NeedsConnection } from './needs-connection';
import { tvmazeShowFetched } from './tvmaze-show-fetched';
import { useShowImport } from './use-show-import';

/** What the status line says of an import: its stage while it runs, then how it ended. */
function statusLines(state: ImportState): string[] {
  const stage = stageLine(state);
  if (stage) return [stage];
  if (state?.phase !== 'ended') return [];
  const { report } = state;
  return report.tone === 'problem' ? [report.heading, ...report.lines] : report.lines;
}

/**
 * Adds one TVmaze show by its id, as Add a show does, for a place outside that page (the library's
 * shows on other devices): a button named for the show, and a status line for the import.
 */
export function AddFromTvmaze({ tvmazeId, title }: { tvmazeId: number; title: string }) {
  const importer = useShowImport();
  const offlineId = useId();
  const offline = !useOnline();
  const running = importer.state?.phase === 'running' ? importer.state : null;

  const added = (button: HTMLButtonElement) =>
    tvmazeShowFetched(importer, tvmazeId, {
      origin: 'tvmaze',
      title,
      button,
      failedHeading: `${isolated(title)} could not be added:`,
      refresh: false,
    });

  return (
    <>
      <button
        type="button"
        disabled={offline}
        aria-describedby={offline ? offlineId : undefined}
        onClick={(event) => void added(event.currentTarget)}
      >
        Add <bdi>{title}</bdi> from TVmaze
      </button>
      {running ? (
        <button type="button" onClick={importer.cancelled} disabled={running.cancelling}>
          Cancel adding <bdi>{title}</bdi>
        </button>
      ) : null}
      <NeedsConnection id={offlineId} offline={offline}>
        You are offline: adding a show from TVmaze needs a connection.
      </NeedsConnection>
      <p role="status" className="status">
        {statusLines(importer.state).map((line, index) => (
          <Fragment key={line}>
            {index > 0 ? ' ' : null}
            <IsolatedText text={line} />
          </Fragment>
        ))}
      </p>
      {importer.dialog}
    </>
  );
}
