import type { ComponentType } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { canonicalEpisodeCode } from '../../domain/episode-code';
import type { ReadyEpisodePage } from '../../domain/pages/episode-page';
import { useEpisodePage } from '../../stores/page-views/episode-page';
import { KnownShow } from '../shared/known-show';
import { NotFoundPage } from '../shared/not-found-page';
import { ShareButton } from '../shared/share-button';
import { useDocumentTitle } from '../shared/use-page-title';
import { WatchedCheckbox } from '../shared/watched-checkbox';
import { EpisodeEntries } from './episode-entries';
import { EpisodeNeighbours } from './episode-neighbours';
import { EpisodeSynopsis } from './episode-synopsis';
import './episode.css';

/** The notes feature's section, composed in by the app (src/app/episode-route.tsx). */
type NotesSection = ComponentType<{
  showId: string;
  code: string;
  view: ReadyEpisodePage['notes'];
}>;

export function EpisodePage({ Notes }: { Notes: NotesSection }) {
  const { showId = '', code = '' } = useParams();
  const { hash } = useLocation();
  const view = useEpisodePage(showId, code);
  const canonicalCode = canonicalEpisodeCode(code);
  if (canonicalCode && canonicalCode !== code) {
    const path = `/shows/${encodeURIComponent(showId)}/episodes/${canonicalCode}${hash}`;
    return <Navigate replace to={path} />;
  }
  return (
    <KnownShow showId={showId}>
      {() =>
        view.status === 'no-episode' ? (
          <NotFoundPage what="episode" />
        ) : view.status === 'ready' ? (
          <EpisodeContent key={code} view={view} Notes={Notes} />
        ) : null
      }
    </KnownShow>
  );
}

function EpisodeContent({ view, Notes }: { view: ReadyEpisodePage; Notes: NotesSection }) {
  const { showId, episode } = view;
  useDocumentTitle(view.documentTitle);
  return (
    <div className="episode-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/shows/${showId}`}>{view.showTitle}</Link>
      </nav>
      <header className="page-header">
        <h1>
          <span className="episode-code">{episode.code}</span> {episode.label}
        </h1>
        {episode.airDate ? <p className="episode-facts">Aired {episode.airDate}</p> : null}
        <WatchedCheckbox
          showId={showId}
          code={episode.code}
          watched={episode.watched}
          order={view.order}
        />
        <ShareButton
          showId={showId}
          path={`/shows/${encodeURIComponent(showId)}/episodes/${episode.code}`}
        />
      </header>
      <EpisodeSynopsis showId={showId} episode={episode} />
      <EpisodeEntries showId={showId} items={view.items} />
      <EpisodeNeighbours showId={showId} previous={view.previous} next={view.next} />
      <Notes showId={showId} code={episode.code} view={view.notes} />
    </div>
  );
}
