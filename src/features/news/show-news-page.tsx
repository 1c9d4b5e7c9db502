import { Link, useParams } from 'react-router';
import { useShowNewsPage } from '../../stores/page-views/news';
import { KnownShow } from '../shared/known-show';
import { useDocumentTitle } from '../shared/use-page-title';
import { NewsList } from './news-list';

/** `/shows/:showId/news`. KnownShow says why when the show is loading, missing or unreadable. */
export function ShowNewsPage() {
  const { showId = '' } = useParams();
  return <KnownShow showId={showId}>{() => <ShowNews showId={showId} />}</KnownShow>;
}

function ShowNews({ showId }: { showId: string }) {
  const view = useShowNewsPage(showId);
  useDocumentTitle(view.documentTitle);
  return (
    <>
      {view.show ? (
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to={`/shows/${view.show.id}`}>{view.show.title}</Link>
        </nav>
      ) : null}
      <h1>News</h1>
      <NewsList view={view} />
    </>
  );
}
