import { Link } from 'react-router';
import type { Gate } from '../../domain/gate';
import type { Episode } from '../../domain/pack';
import { episodeRow } from '../../domain/views';

/** Previous and next links: codes, plus titles only where the gate shows them. */
export function EpisodeNeighbours({
  showId,
  gate,
  watched,
  previous,
  next,
}: {
  showId: string;
  gate: Gate;
  watched: ReadonlySet<string>;
  previous: Episode | undefined;
  next: Episode | undefined;
}) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Other episodes" className="episode-neighbours">
      {previous ? (
        <NeighbourLink
          showId={showId}
          direction="Previous"
          episode={previous}
          gate={gate}
          watched={watched}
        />
      ) : (
        <span />
      )}
      {next ? (
        <NeighbourLink
          showId={showId}
          direction="Next"
          episode={next}
          gate={gate}
          watched={watched}
        />
      ) : null}
    </nav>
  );
}

function NeighbourLink({
  showId,
  direction,
  episode,
  gate,
  watched,
}: {
  showId: string;
  direction: 'Previous' | 'Next';
  episode: Episode;
  gate: Gate;
  watched: ReadonlySet<string>;
}) {
  const row = episodeRow(gate, episode, watched);
  return (
    <Link
      className={`neighbour neighbour-${direction.toLowerCase()}`}
      rel={direction === 'Previous' ? 'prev' : 'next'}
      to={`/shows/${showId}/episodes/${row.code}`}
    >
      {direction}: {row.code}
      {row.titleShown ? ` · ${row.label}` : null}
    </Link>
  );
}
