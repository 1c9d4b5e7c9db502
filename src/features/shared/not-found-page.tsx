import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  usePageTitle(`No such ${what}`);
  return (
    <section aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">No such {what}</h1>
      <p>
        Nothing here matches this address. It may have been mistyped, or the show may have been
        removed.
      </p>
      <p>
        <Link to="/">Back to your shows</Link>
      </p>
    </section>
  );
}
