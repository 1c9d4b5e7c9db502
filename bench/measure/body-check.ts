import { bodiesWithMarkup } from '../../src/domain/body-markup';
import { parsePackText } from '../../src/domain/parse-pack';
import { entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { packFileText } from '../synthetic-pack';
import { median } from '../statistics';

const WARM_UP_RUNS = 20;

/**
 * Milliseconds, the median of `runs` after a warm-up, for the checks an import runs on a file (parse, validate,
 * look for markup) when the pack's one body is `body`. Runs in Node on the app's own functions.
 */
export function bodyCheckTime(body: string, runs: number): number {
  const text = packFileText(
    pack({ episodes: [episode('S1E1')], entries: [entry('e1', 'S1E1', { body })] }),
  );
  const times: number[] = [];
  for (let run = -WARM_UP_RUNS; run < runs; run++) {
    const start = performance.now();
    const result = parsePackText(text);
    const withMarkup = result.ok ? bodiesWithMarkup(result.pack.entries) : null;
    if (run >= 0) times.push(performance.now() - start);
    if (withMarkup === null) throw new Error('the pack was refused');
  }
  return median(times);
}
