import { seasonLabel } from '../../domain/episode-code';
import type { SeasonStrip } from '../../domain/views';

/** The horizon strip of one season: the watched part filled. */
export function SeasonStripView({ strip }: { strip: SeasonStrip }) {
  const summary = `${strip.watched} of ${strip.total} watched`;
  return (
    <div className="season-strip">
      <progress
        className="meter"
        max={strip.total}
        value={strip.watched}
        aria-label={`${seasonLabel(strip.season)}: ${summary}`}
      />
      <span className="meter-text" aria-hidden="true">
        {summary}
      </span>
    </div>
  );
}
