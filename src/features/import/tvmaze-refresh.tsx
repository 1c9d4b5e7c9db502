import { useId, useMemo } from 'react';
import { useShowSummaries } from '../../stores/library-store';
import { tvmazeShowFetched } from './tvmaze-show-fetched';
import { tvmazeIdOf } from './tvmaze-pack';
import { PipelineReportView } from '../shared/pipeline-report';
import { IMPORT_FLOW } from './import-state';
import type { useShowImport } from './use-show-import';
import { isolated } from '../../domain/isolated';
import { useOnline } from '../shared/use-online';
import { NeedsConnection } from './needs-connection';

type Importer = ReturnType<typeof useShowImport>;

/** Shows added from TVmaze, each with a Refresh that picks up new episodes and keeps the rest. */
export function TvmazeRefresh({ importer }: { importer: Importer }) {
  const headingId = useId();
  const offlineId = useId();
  const offline = !useOnline();
  const shows = useShowSummaries();
  const fromTvmaze = useMemo(
    () =>
      Object.values(shows).flatMap(({ show }) => {
        const tvmazeId = tvmazeIdOf(show.id);
        return tvmazeId === null ? [] : [{ show, tvmazeId }];
      }),
    [shows],
  );
  if (fromTvmaze.length === 0) return null;

  const refreshed = (title: string, tvmazeId: number, button: HTMLButtonElement) =>
    tvmazeShowFetched(importer, tvmazeId, {
      origin: 'refresh',
      title,
      button,
      failedHeading: `${isolated(title)} was not refreshed:`,
      refresh: true,
    });

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Shows from TVmaze</h2>
      <p className="hint">
        Refreshing picks up new episodes and changed titles. Your progress, reveals and notes are
        kept.
      </p>
      <NeedsConnection id={offlineId} offline={offline}>
        You are offline. Refreshing shows from TVmaze needs a connection.
      </NeedsConnection>
      <ul className="refresh-list">
        {fromTvmaze.map(({ show, tvmazeId }) => (
          <li key={show.id}>
            <span>{show.title}</span>
            <button
              type="button"
              disabled={offline}
              aria-describedby={offline ? offlineId : undefined}
              onClick={(event) => void refreshed(show.title, tvmazeId, event.currentTarget)}
            >
              Refresh <bdi>{show.title}</bdi>
            </button>
          </li>
        ))}
      </ul>
      <PipelineReportView
        state={importer.state}
        origin="refresh"
        flow={IMPORT_FLOW}
        onCancel={importer.cancelled}
      />
    </section>
  );
}
