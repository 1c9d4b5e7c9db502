import './progress-meter.css';

/**
 * How many episodes are watched, filled against the total; with no total (strict mode keeps it
 * back) only the count of the user's own marks.
 */
export function ProgressMeter({
  name,
  watched,
  total,
}: {
  /** What it measures, for the meter's accessible name: a show's or a season's. */
  name: string;
  watched: number;
  total: number | null;
}) {
  if (total === null) {
    return (
      <div className="season-strip">
        <span className="meter-text">{watched} watched</span>
      </div>
    );
  }
  const summary = `${watched} of ${total} watched`;
  return (
    <div className="season-strip">
      <progress className="meter" max={total} value={watched} aria-label={`${name}: ${summary}`} />
      <span className="meter-text" aria-hidden="true">
        {summary}
      </span>
    </div>
  );
}
