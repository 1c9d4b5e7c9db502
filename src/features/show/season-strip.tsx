import type { SeasonView } from '../../domain/pages/episode-rows';

/** The horizon strip of one season: the watched part filled. */
export function SeasonStripView({ season }: { season: SeasonView }) {
  const summary = `${season.watched} of ${season.count} watched`;
  return (
    <div className="season-strip">
      <progress
        className="meter"
        max={season.count}
        value={season.watched}
        aria-label={`${season.label}: ${summary}`}
      />
      <span className="meter-text" aria-hidden="true">
        {summary}
      </span>
    </div>
  );
}
