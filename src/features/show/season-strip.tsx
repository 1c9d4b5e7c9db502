import type { SeasonView } from '../../domain/pages/episode-rows';
import { ProgressMeter } from '../shared/progress-meter';

/** The horizon strip of one season: the watched part filled. */
export function SeasonStripView({ season }: { season: SeasonView }) {
  return <ProgressMeter name={season.label} watched={season.watched} total={season.total} />;
}
