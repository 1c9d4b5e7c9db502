import { Link } from 'react-router';
import type { EpisodeRowView } from '../../domain/pages/episode-rows';

/** Previous and next links: codes, plus titles only where the view shows them. */
export function EpisodeNeighbours({
  showId,
  previous,
  next,
}: {
  showId: string;
  previous: EpisodeRowView | null;
  next: EpisodeRowView | null;
}) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Other episodes" className="episode-neighbours">
      {previous ? <NeighbourLink showId={showId} direction="Previous" row={previous} /> : <span />}
      {next ? <NeighbourLink showId={showId} direction="Next" row={next} /> : null}
    </nav>
  );
}

function NeighbourLink({
  showId,
  direction,
  row,
}: {
  showId: string;
  direction: 'Previous' | 'Next';
  row: EpisodeRowView;
}) {
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
