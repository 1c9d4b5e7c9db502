import { useMemo } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { NotFoundPage } from '../shared/not-found-page';
import { usePageTitle } from '../shared/use-page-title';
import { canonicalEpisodeCode } from '../../domain/episode-code';
import { episodeOrder } from '../../domain/episode-order';
import type { Episode } from '../../domain/pack';
import { episodeRow } from '../../domain/views';
import type { StoredShow } from '../../storage/database';
import { useWatched } from '../../stores/progress-store';
import { useGate } from '../../stores/use-gate';
import { NotesSection } from '../notes/notes-section';
import { KnownShow } from '../shared/known-show';
import { WatchedCheckbox } from '../shared/watched-checkbox';
import { EpisodeEntries } from './episode-entries';
import { EpisodeNeighbours } from './episode-neighbours';
import { EpisodeSynopsis } from './episode-synopsis';

export function EpisodePage() {
  const { showId = '', code = '' } = useParams();
  const { hash } = useLocation();
  const canonicalCode = canonicalEpisodeCode(code);
  if (canonicalCode && canonicalCode !== code) {
    const path = `/shows/${encodeURIComponent(showId)}/episodes/${canonicalCode}${hash}`;
    return <Navigate replace to={path} />;
  }
  return (
    <KnownShow showId={showId}>
      {(stored) => <KnownEpisode key={code} stored={stored} code={code} />}
    </KnownShow>
  );
}

function KnownEpisode({ stored, code }: { stored: StoredShow; code: string }) {
  const position = episodeOrder(stored.episodes).positionOf.get(code);
  const episode = position === undefined ? undefined : stored.episodes[position];
  if (position === undefined || !episode) return <NotFoundPage what="episode" />;
  return (
    <EpisodeContent
      stored={stored}
      episode={episode}
      previous={stored.episodes[position - 1]}
      next={stored.episodes[position + 1]}
    />
  );
}

function EpisodeContent({
  stored,
  episode,
  previous,
  next,
}: {
  stored: StoredShow;
  episode: Episode;
  previous: Episode | undefined;
  next: Episode | undefined;
}) {
  const { show } = stored;
  const gate = useGate(show.id);
  const watched = useWatched(show.id);
  const row = useMemo(() => episodeRow(gate, episode, watched), [gate, episode, watched]);
  usePageTitle(row.code, show.title);
  return (
    <div className="episode-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/shows/${show.id}`}>{show.title}</Link>
      </nav>
      <header className="page-header">
        <h1>
          <span className="episode-code">{row.code}</span> {row.label}
        </h1>
        {row.airDate ? <p className="episode-facts">Aired {row.airDate}</p> : null}
        <WatchedCheckbox
          showId={show.id}
          code={row.code}
          watched={row.watched}
          episodes={stored.episodes}
        />
      </header>
      <EpisodeSynopsis showId={show.id} episode={episode} row={row} />
      <EpisodeEntries stored={stored} code={row.code} />
      <EpisodeNeighbours
        showId={show.id}
        gate={gate}
        watched={watched}
        previous={previous}
        next={next}
      />
      <NotesSection showId={show.id} code={row.code} />
    </div>
  );
}
