import { episodesMarked } from '../../stores/progress-store';

/** The watched toggle; its accessible name is "Watched S1E4" wherever it appears. */
export function WatchedCheckbox({
  showId,
  code,
  watched,
}: {
  showId: string;
  code: string;
  watched: boolean;
}) {
  return (
    <label className="watched-toggle">
      <input
        type="checkbox"
        checked={watched}
        onChange={(event) => void episodesMarked(showId, [code], event.currentTarget.checked)}
      />
      <span>
        Watched <span className="visually-hidden">{code}</span>
      </span>
    </label>
  );
}
