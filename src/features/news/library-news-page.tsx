import { useLibraryNewsPage } from '../../stores/page-views/news';
import { useDocumentTitle } from '../shared/use-page-title';
import { NewsList } from './news-list';

/** `/news`: the news of every show, newest first. */
export function LibraryNewsPage() {
  const view = useLibraryNewsPage();
  useDocumentTitle(view.documentTitle);
  return (
    <>
      <h1>News</h1>
      <NewsList view={view} />
    </>
  );
}
