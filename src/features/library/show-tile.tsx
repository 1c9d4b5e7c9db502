import { Link } from 'react-router';
import type { LoadingTileView, ShowTileView } from '../../domain/pages/library-page';
import { LoadingState } from '../shared/loading-state';
import { ProgressMeter } from '../shared/progress-meter';

export function ShowTile({ tile }: { tile: ShowTileView | LoadingTileView }) {
  // Only while a chunk of titles is read: no link, so that none leads on from a tile half built.
  if ('loading' in tile) {
    return (
      <li className="show-tile">
        <h2>{tile.title}</h2>
        <LoadingState>Loading…</LoadingState>
      </li>
    );
  }
  const { showId, title, watchedCount, total, skipped, next } = tile;
  return (
    <li className="show-tile">
      <h2>
        <Link to={`/shows/${showId}`}>{title}</Link>
      </h2>
      <ProgressMeter name={title} watched={watchedCount} total={total} />
      {skipped > 0 ? <p className="skipped">{skipped} skipped</p> : null}
      {next ? (
        <p className="next-up">
          <Link to={`/shows/${showId}/episodes/${next.code}`}>
            Next: {next.code}
            {next.titleShown ? (
              <>
                {' · '}
                <bdi>{next.label}</bdi>
              </>
            ) : null}
          </Link>
        </p>
      ) : tile.caughtUp ? (
        <p className="next-up">You are caught up.</p>
      ) : null}
      <p className="story-links">
        {tile.catchUpBefore ? (
          <Link to={`/shows/${showId}/story#previously-on`}>
            Catch up before {tile.catchUpBefore}
          </Link>
        ) : null}
        <Link to={`/shows/${showId}/story`}>Story so far</Link>
      </p>
    </li>
  );
}
