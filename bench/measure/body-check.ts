import { bodiesWithMarkup } from '../../src/domain/body-markup';
import { parsePackText } from '../../src/domain/parse-pack';
import { entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { packFileText } from '../synthetic-pack';
import { median } from '../statistics';

const WARM_UP_RUNS = 60;

function packText(body: string): string {
  return packFileText(
    pack({ episodes: [episode('S1E1')], entries: [entry('e1', 'S1E1', { body })] }),
  );
}

/** As an import does: the file's size comes from the file, not from encoding its text again. */
function checked(text: string, byteLength: number): void {
  const result = parsePackText(text, byteLength);
  if (!result.ok || bodiesWithMarkup(result.pack.entries).length !== 0) {
    throw new Error('the pack was refused, or its body read as markup');
  }
}

/**
 * Milliseconds for each body, the median of `runs`, for the checks an import runs on a file
 * (parse, validate, look for markup) when the pack's one body is that body. Runs in Node on the
 * app's own functions. Each run takes every body in turn, so that all are timed with the engine
 * in the same state: timed one after the other, the first would run on code the engine had
 * specialised for it alone, and the others on code it had since made general.
 */
export function bodyCheckTimes(
  bodies: Readonly<Record<string, string>>,
  runs: number,
): Record<string, number> {
  const texts = Object.entries(bodies).map(([name, body]) => {
    const text = packText(body);
    return [name, text, Buffer.byteLength(text)] as const;
  });
  const times = new Map<string, number[]>(texts.map(([name]) => [name, []]));
  for (let run = -WARM_UP_RUNS; run < runs; run++) {
    for (const [name, text, byteLength] of texts) {
      const start = performance.now();
      checked(text, byteLength);
      if (run >= 0) times.get(name)?.push(performance.now() - start);
    }
  }
  return Object.fromEntries([...times].map(([name, measured]) => [name, median(measured)]));
}
