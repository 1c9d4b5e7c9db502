import fc from 'fast-check';
import type { UpcomingTitles } from '../gate';
import { entryRevealKey, episodeRevealKey } from '../reveal-keys';
import type { Entry, EntryKind, Pack } from '../pack';
import { entry, episode, pack } from './pack-builders';

/** A pack whose every secret is a unique token, so finding one in a view can only mean a leak. */
export const packArbitrary = fc
  .record({
    seasons: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }),
    specials: fc.integer({ min: 0, max: 2 }),
    characterCount: fc.integer({ min: 0, max: 5 }),
    entryCount: fc.integer({ min: 0, max: 12 }),
  })
  .chain(({ seasons, specials, characterCount, entryCount }) => {
    const codes = [
      ...seasons.flatMap((count, season) =>
        Array.from({ length: count }, (_, i) => `S${season + 1}E${i + 1}`),
      ),
      ...Array.from({ length: specials }, (_, i) => `S0E${i + 1}`),
    ];
    const spoils = fc.option(fc.oneof(fc.constantFrom(...codes), fc.constant('S99E1')), {
      freq: 4,
    });
    const kinds: EntryKind[] = ['recap', 'reveal', 'fact', 'news', 'note'];
    return fc.record({
      order: fc.shuffledSubarray(codes, { minLength: codes.length, maxLength: codes.length }),
      introducedIn: fc.array(spoils, { minLength: characterCount, maxLength: characterCount }),
      entries: fc.array(fc.record({ kind: fc.constantFrom(...kinds), spoils, about: fc.nat() }), {
        minLength: entryCount,
        maxLength: entryCount,
      }),
    });
  })
  .map(({ order, introducedIn, entries }): Pack => {
    const characters = introducedIn.map((code, i) => ({
      id: `character-${i}`,
      name: `SecretName${i}x`,
      actor: `SecretActor${i}x`,
      introducedIn: code,
    }));
    return pack({
      episodes: order.map((code) =>
        episode(code, { title: `SecretTitle-${code}`, synopsis: `SecretSynopsis-${code}` }),
      ),
      characters,
      entries: entries.map(({ kind, spoils, about }, i): Entry => {
        const subject = characters.length > 0 ? [`character-${about % characters.length}`] : [];
        return entry(`secret-id-${i}x`, spoils, {
          kind: kind === 'fact' && subject.length === 0 ? 'reveal' : kind,
          title: `SecretEntryTitle${i}x`,
          body: `SecretEntryBody${i}x`,
          characters: subject,
          keywords: [`SecretKeyword${i}x`],
        });
      }),
    });
  });

const progressArbitrary = (subject: Pack) =>
  fc.record({
    watched: fc.subarray(subject.episodes.map((e) => e.code)),
    revealed: fc.subarray([
      ...subject.entries.map((e) => entryRevealKey(e)),
      ...subject.episodes.map((e) => episodeRevealKey(e)),
    ]),
    upcomingTitles: fc.constantFrom<UpcomingTitles>('next', 'all', 'none'),
  });

/** A pack with a progress, reveals and title setting for it. */
export const withProgress = packArbitrary.chain((subject) =>
  progressArbitrary(subject).map((progress) => ({ subject, ...progress })),
);
