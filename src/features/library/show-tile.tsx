import { useMemo } from 'react';
import { Link } from 'react-router';
import { showProgressSummary } from '../../domain/views';
import type { StoredShow } from '../../storage/database';
import { useWatched } from '../../stores/progress-store';
import { useCatchUpLink } from '../../stores/page-views/catch-up-link';
import { useGate } from '../../stores/use-gate';

export function ShowTile({ stored }: { stored: StoredShow }) {
  const { id, title } = stored.show;
  const gate = useGate(id);
  const watched = useWatched(id);
  const { watchedCount, total, skipped, next } = useMemo(
    () => showProgressSummary(gate, stored.episodes, watched),
    [gate, stored.episodes, watched],
  );
  const catchUp = useCatchUpLink(id);
  const progress = `${watchedCount} of ${total} watched`;
  return (
    <li className="show-tile">
      <h2>
        <Link to={`/shows/${id}`}>{title}</Link>
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
          <Link to={`/shows/${id}/episodes/${next.code}`}>
            Next: {next.code}
            {next.titleShown ? ` · ${next.label}` : null}
          </Link>
        </p>
      ) : gate.status === 'ready' && total > 0 ? (
        <p className="next-up">You are caught up.</p>
      ) : null}
      <p className="story-links">
        {catchUp ? (
          <Link to={`/shows/${id}/story#previously-on`}>Catch up before {catchUp.code}</Link>
        ) : null}
        <Link to={`/shows/${id}/story`}>Story so far</Link>
      </p>
    </li>
  );
}
