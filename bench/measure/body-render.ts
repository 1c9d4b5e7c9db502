import { markdownHtml } from '../../src/features/shared/markdown-html';
import { median } from '../statistics';

const WARM_UP_RUNS = 3;

/**
 * Milliseconds, the median of `runs` after a warm-up, to turn `body` into the HTML a page shows
 * (Node, the app's own renderer; the page's tidying of images and links is left out).
 */
export function bodyRenderTime(body: string, runs: number): number {
  const times: number[] = [];
  for (let run = -WARM_UP_RUNS; run < runs; run++) {
    const start = performance.now();
    markdownHtml(body);
    if (run >= 0) times.push(performance.now() - start);
  }
  return median(times);
}
