import { Link, Navigate, useLocation, useParams } from 'react-router';
import { canonicalEpisodeCode } from '../../domain/episode-code';
import type { ReadyEpisodePage } from '../../domain/pages/episode-page';
import { useEpisodePage } from '../../stores/page-views/episode-page';
import { NotesSection } from '../notes/notes-section';
import { KnownShow } from '../shared/known-show';
import { NotFoundPage } from '../shared/not-found-page';
import { ShareButton } from '../shared/share-button';
import { useDocumentTitle } from '../shared/use-page-title';
import { WatchedCheckbox } from '../shared/watched-checkbox';
import { EpisodeEntries } from './episode-entries';
import { EpisodeNeighbours } from './episode-neighbours';
import { EpisodeSynopsis } from './episode-synopsis';

export function EpisodePage() {
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
          <EpisodeContent key={code} view={view} />
        ) : null
      }
    </KnownShow>
  );
}

function EpisodeContent({ view }: { view: ReadyEpisodePage }) {
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
      <NotesSection showId={showId} code={episode.code} view={view.notes} />
    </div>
  );
}
