import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInPack } from './built-in-pack';
import { parsePackText } from './parse-pack';

const BALLARD = readFileSync('public/packs/ballard.json', 'utf8');

describe('the built-in pack, checked for its shape only on the first start', () => {
  it('reads Ballard as the full import rules read it', () => {
    const imported = parsePackText(BALLARD);
    if (!imported.ok) throw new Error(imported.problems.join('\n'));
    expect(builtInPack(BALLARD)).toEqual(imported.pack);
  });

  it('refuses a damaged copy: cut short, another format, or a field of the wrong shape', () => {
    const ballard = JSON.parse(BALLARD) as { format: string; episodes: unknown };
    expect(builtInPack(BALLARD.slice(0, 1000))).toBeNull();
    expect(builtInPack(JSON.stringify({ ...ballard, format: 'other' }))).toBeNull();
    expect(builtInPack(JSON.stringify({ ...ballard, episodes: 'S1E1' }))).toBeNull();
    expect(builtInPack('null')).toBeNull();
  });
});
