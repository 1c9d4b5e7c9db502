import { useId, useRef, useState, type FormEvent } from 'react';
import { TvmazeError, searchTvmaze } from './tvmaze-client';
import { tvmazeShowFetched } from './tvmaze-show-fetched';
import { searchResultsFromTvmaze, type SearchResult } from './tvmaze-pack';
import { PipelineReportView } from '../shared/pipeline-report';
import { IMPORT_FLOW } from './import-state';
import type { useShowImport } from './use-show-import';
import { isolated } from '../../domain/isolated';
import { useOnline } from '../shared/use-online';
import { NeedsConnection } from './needs-connection';

type Importer = ReturnType<typeof useShowImport>;

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'found'; query: string; results: SearchResult[]; skipped: string[] }
  | { status: 'failed'; message: string };

function failureMessage(error: unknown): string {
  if (error instanceof TvmazeError) return error.message;
  return `Something went wrong while asking TVmaze (${String(error)}). Nothing was changed.`;
}

/** Search TVmaze by name and add a result, with its episodes and main cast, to the library. */
export function TvmazeSearch({ importer }: { importer: Importer }) {
  const headingId = useId();
  const inputId = useId();
  const offlineId = useId();
  const offline = !useOnline();
  const needsConnection = offline ? offlineId : undefined;
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const latest = useRef<AbortController | null>(null);

  async function searched(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = query.trim();
    if (trimmed === '') {
      setSearch({ status: 'failed', message: 'Type the name of a show to search for.' });
      return;
    }
    latest.current?.abort();
    const controller = new AbortController();
    latest.current = controller;
    setSearch({ status: 'searching', query: trimmed });
    try {
      const answer = searchResultsFromTvmaze(
        await searchTvmaze(trimmed, { signal: controller.signal }),
      );
      if (controller.signal.aborted) return;
      setSearch(
        'problem' in answer
          ? { status: 'failed', message: answer.problem }
          : { status: 'found', query: trimmed, ...answer },
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      setSearch({ status: 'failed', message: failureMessage(error) });
    }
  }

  const added = (result: SearchResult, button: HTMLButtonElement) =>
    tvmazeShowFetched(importer, result.tvmazeId, {
      origin: 'tvmaze',
      title: result.name,
      button,
      failedHeading: `${isolated(result.name)} could not be added:`,
      refresh: false,
      describe: failureMessage,
    });

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>From TVmaze</h2>
      <p className="hint">
        TVmaze is a free TV database. A show comes with its episodes, their summaries (covered until
        you watch them) and its main cast. TVmaze does not say in which episode each character first
        appears, so the main cast are treated as known from the start.
      </p>
      <NeedsConnection id={offlineId} offline={offline}>
        You are offline. Searching and adding shows from TVmaze needs a connection; your shows,
        progress and notes work as usual.
      </NeedsConnection>
      <form role="search" className="search-form" onSubmit={searched}>
        <label htmlFor={inputId}>Search TVmaze</label>
        <div className="field-row">
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <button
            type="submit"
            className="button-primary"
            disabled={offline}
            aria-describedby={needsConnection}
          >
            Search
          </button>
        </div>
      </form>
      <p role="status" className="status">
        {search.status === 'searching'
          ? `Searching TVmaze for “${search.query}”…`
          : search.status === 'found'
            ? search.results.length === 0
              ? `No shows found for “${search.query}”.`
              : `${search.results.length} ${search.results.length === 1 ? 'show' : 'shows'} found for “${search.query}”.`
            : ''}
      </p>
      {search.status === 'failed' ? (
        <p role="alert" className="problem">
          {search.message}
        </p>
      ) : null}
      {search.status === 'found' && search.skipped.length > 0 ? (
        <ul className="hint">
          {search.skipped.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {search.status === 'found' && search.results.length > 0 ? (
        <ul className="search-results">
          {search.results.map((result) => (
            <li key={result.tvmazeId} className="search-result">
              <h3>{result.name}</h3>
              <p className="hint">
                {[result.premiered?.slice(0, 4), result.network].filter(Boolean).join(' · ') ||
                  'No date or network listed'}
              </p>
              {result.summary ? <p>{result.summary}</p> : null}
              <button
                type="button"
                disabled={offline}
                aria-describedby={needsConnection}
                onClick={(event) => void added(result, event.currentTarget)}
              >
                Add <bdi>{result.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <PipelineReportView
        state={importer.state}
        origin="tvmaze"
        flow={IMPORT_FLOW}
        onCancel={importer.cancelled}
      />
    </section>
  );
}
