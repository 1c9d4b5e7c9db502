import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../features/shared/use-page-title';

/** Whatever went wrong, the user gets words and a way home, never a blank page or a stack trace. */
export function RouteErrorPage() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  const message = isRouteErrorResponse(error)
    ? `The page answered ${error.status} ${error.statusText}.`
    : 'Part of the app failed to load. Reloading usually fixes this; nothing you saved was lost.';
  return (
    <main className="page">
      <h1>Something went wrong</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Back to your shows</Link>
      </p>
    </main>
  );
}
