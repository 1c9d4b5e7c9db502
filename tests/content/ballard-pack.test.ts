import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { episodeOrder } from '../../src/domain/episode-order';
import { parsePackText } from '../../src/domain/parse-pack';
import type { Pack } from '../../src/domain/pack';

/** Editorial invariants of the built-in pack: it must never name what a reader has not reached. */

function loadBallard(): Pack {
  const result = parsePackText(readFileSync('public/packs/ballard.json', 'utf8'));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack;
}

const ballard = loadBallard();
const order = episodeOrder(ballard.episodes);
const positionOf = (code: string | null) =>
  code === null ? -1 : (order.positionOf.get(code) ?? Infinity);

describe('the Ballard default', () => {
  it('is season 1 as S1E1 to S1E10 with unknown titles', () => {
    expect(ballard.episodes.map((e) => e.code)).toEqual(
      Array.from({ length: 10 }, (_, i) => `S1E${i + 1}`),
    );
    expect(ballard.episodes.every((e) => e.title === null)).toBe(true);
  });

  it('opens every entry no earlier than each character it names', () => {
    for (const entry of ballard.entries) {
      for (const id of entry.characters) {
        const character = ballard.characters.find((c) => c.id === id);
        expect(
          positionOf(character?.introducedIn ?? null),
          `${entry.id} names ${id}`,
        ).toBeLessThanOrEqual(positionOf(entry.spoils));
      }
    }
  });

  it('keeps the finale facts behind S1E10', () => {
    const finale = ballard.entries.filter((e) => e.spoils === 'S1E10');
    expect(finale.map((e) => e.kind).sort()).toEqual([
      'fact',
      'fact',
      'fact',
      'fact',
      'news',
      'recap',
      'reveal',
      'reveal',
      'reveal',
      'reveal',
    ]);
  });

  it('says nothing in spoiler-free text of what opens later', () => {
    const open = [
      ballard.show.summary ?? '',
      ...ballard.entries.filter((e) => e.spoils === null).flatMap((e) => [e.title ?? '', e.body]),
    ]
      .join('\n')
      .toLowerCase();
    const later = [
      ...ballard.characters
        .filter((c) => c.introducedIn !== null)
        .flatMap((c) => [c.name, c.actor ?? '']),
      ...ballard.entries.filter((e) => e.spoils !== null).flatMap((e) => e.keywords),
    ];
    for (const secret of later.filter(Boolean)) expect(open).not.toContain(secret.toLowerCase());
  });
});
