import { Link } from 'react-router';
import type { ShowTileView } from '../../domain/pages/library-page';

export function ShowTile({ tile }: { tile: ShowTileView }) {
  const { showId, title, watchedCount, total, skipped, next } = tile;
  const progress = `${watchedCount} of ${total} watched`;
  return (
    <li className="show-tile">
      <h2>
        <Link to={`/shows/${showId}`}>{title}</Link>
      </h2>
      <div className="season-strip">
        <progress
          className="meter"
          max={total}
          value={watchedCount}
          aria-label={`${title}: ${progress}`}
        />
        <span className="meter-text" aria-hidden="true">
          {progress}
        </span>
      </div>
      {skipped > 0 ? <p className="skipped">{skipped} skipped</p> : null}
      {next ? (
        <p className="next-up">
          <Link to={`/shows/${showId}/episodes/${next.code}`}>
            Next: {next.code}
            {next.titleShown ? ` · ${next.label}` : null}
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
