import { describe, expect, it } from 'vitest';
import { bodiesWithMarkup } from '../../src/domain/body-markup';
import { parsePackText } from '../../src/domain/parse-pack';
import { parseBackupText } from '../../src/storage/backup-format';

/**
 * A recap pack or a damaged backup can hold covered content in any field, so a refusal names the
 * field and the problem and never quotes the file. Every case below hides the secret in the
 * field that is wrong, and no message may contain any part of it.
 */

const SECRET = /olivas|killer|mole|poisoned/i;

type Json = Record<string, unknown>;

function validPack(): Json {
  return {
    format: 'previously-pack',
    version: 1,
    show: { id: 'demo', title: 'Demo', network: null, premiered: null, summary: null },
    episodes: [{ code: 'S1E1' }, { code: 'S1E2' }, { code: 'S1E3' }],
    characters: [
      { id: 'hero', name: 'Hero', introducedIn: null },
      { id: 'olivas', name: 'Olivas the mole', introducedIn: 'S1E3' },
    ],
    entries: [
      {
        id: 'recap-1',
        kind: 'recap',
        spoils: 'S1E1',
        title: 'Recap',
        body: 'Text',
        characters: ['hero'],
      },
      {
        id: 'olivas-is-the-killer',
        kind: 'reveal',
        spoils: 'S1E3',
        title: 'Olivas is the killer',
        body: 'Olivas **poisoned** the captain.',
        characters: ['olivas'],
      },
    ],
  };
}

const entryAt = (pack: Json, index: number) => (pack.entries as Json[])[index]!;

function packWith(change: (pack: Json) => void): string {
  const pack = validPack();
  change(pack);
  return JSON.stringify(pack);
}

const packCases: [string, string][] = [
  ['a duplicate entry id', packWith((p) => (entryAt(p, 0).id = 'olivas-is-the-killer'))],
  [
    'a duplicate character id',
    packWith((p) => (p.characters as Json[]).push({ id: 'olivas', name: 'Olivas again' })),
  ],
  ['an unknown character', packWith((p) => (entryAt(p, 0).characters = ['mole-olivas']))],
  ['a show id that is not a slug', packWith((p) => ((p.show as Json).id = 'Olivas The Killer'))],
  [
    'a character id that is not a slug',
    packWith((p) => ((p.characters as Json[])[1]!.id = 'Olivas!')),
  ],
  ['a date that is not a date', packWith((p) => ((p.show as Json).premiered = 'Olivas day'))],
  ['an episode code that is not a code', packWith((p) => (entryAt(p, 1).spoils = 'Olivas'))],
  ['an unknown kind', packWith((p) => (entryAt(p, 1).kind = 'olivas-is-the-killer'))],
  ['an unknown format', packWith((p) => (p.format = 'olivas-is-the-killer'))],
  ['a version as text', packWith((p) => (p.version = 'olivas-is-the-killer'))],
  ['a file that holds only text', JSON.stringify('Olivas is the killer')],
  [
    'a fact that opens before its character is introduced',
    packWith((p) =>
      Object.assign(entryAt(p, 1), {
        kind: 'fact',
        spoils: 'S1E2',
        title: null,
        body: 'Olivas is the killer',
      }),
    ),
  ],
  // JSON syntax errors inside and around a secret string
  ['a bare secret where a value belongs', '{"title": Olivas is the killer}'],
  [
    'a line break inside a secret string',
    '{"format": "previously-pack",\n "title": "Olivas is\nthe killer"}',
  ],
  [
    'a file cut short inside a secret string',
    '{"format": "previously-pack", "title": "Olivas is the ki',
  ],
  ['a missing comma after a secret string', '{"title": "Olivas is the killer" "body": 1}'],
  ['a stray quote in a secret', '{"title": "Olivas "is" the killer"}'],
];

/** Markup is made harmless, not refused; the report of bodies that held it names paths only. */
const markupCases: [name: string, text: string, bodiesNamed: string[]][] = [
  ['HTML in a title', packWith((p) => (entryAt(p, 1).title = '<b>Olivas is the killer</b>')), []],
  [
    'a tag whose attributes tell the secret',
    packWith((p) => (entryAt(p, 1).title = 'Reveal <span title="Olivas is the killer">')),
    [],
  ],
  [
    'HTML in a character name',
    packWith((p) => ((p.characters as Json[])[1]!.name = '<i>Olivas the mole</i>')),
    [],
  ],
  [
    'an entry id with markup',
    packWith((p) => (entryAt(p, 1).id = '<b>olivas-is-the-killer</b>')),
    [],
  ],
  [
    'a source with an unknown scheme',
    packWith((p) =>
      Object.assign(entryAt(p, 1), { kind: 'news', source: 'olivas-is-the-killer:yes' }),
    ),
    [],
  ],
  [
    'raw HTML in a body',
    packWith((p) => (entryAt(p, 1).body = '<olivas-killer>x</olivas-killer>')),
    ['entries[1].body'],
  ],
  [
    'a javascript: link in a body',
    packWith((p) => (entryAt(p, 1).body = '[the killer](javascript:olivasIsTheKiller())')),
    ['entries[1].body'],
  ],
];

describe('markup in a recap pack imports, and its report never quotes it', () => {
  it.each(markupCases)('%s', (_name, text, bodiesNamed) => {
    expect(text).toMatch(SECRET);
    const result = parsePackText(text);
    expect(result.ok && bodiesWithMarkup(result.pack.entries)).toEqual(bodiesNamed);
  });
});

describe('refusing a recap pack never quotes it', () => {
  it.each(packCases)('%s', (_name, text) => {
    expect(text).toMatch(SECRET);
    const result = parsePackText(text);
    expect(result.ok, 'the file should be refused').toBe(false);
    for (const problem of result.ok ? [] : result.problems) {
      expect(problem).not.toMatch(SECRET);
    }
  });

  it('names every problem of a pack full of secrets without quoting one', () => {
    const text = packWith((p) => {
      entryAt(p, 0).id = 'olivas-is-the-killer';
      entryAt(p, 0).characters = ['mole-olivas'];
      (p.characters as Json[]).push({ id: 'olivas', name: 'Olivas again', introducedIn: 'S1E3' });
      (p.entries as Json[]).push({
        id: 'olivas-fact',
        kind: 'fact',
        spoils: null,
        body: 'Olivas is the killer',
        characters: ['olivas'],
      });
    });
    const result = parsePackText(text);
    expect(result.ok ? [] : result.problems).toEqual([
      'characters[2].id: is already used by characters[1].id',
      'entries[1].id: is already used by entries[0].id',
      'entries[0].characters[0]: is not a character of this show',
      'entries[2].spoils: a fact opens before its character is introduced (characters[1].introducedIn is S1E3)',
    ]);
  });
});

function backupWith(change: (backup: Json) => void): string {
  const backup: Json = {
    format: 'previously-backup',
    version: 1,
    createdAt: '2025-07-09T12:00:00.000Z',
    settings: { upcomingTitles: 'next' },
    shows: [validPack()],
    progress: [{ showId: 'demo', watched: ['S1E1'] }],
    reveals: [{ showId: 'demo', revealed: ['entry:recap-1'] }],
    notes: [
      {
        id: 'olivas-note',
        showId: 'demo',
        updatedAt: 1,
        kind: 'note',
        spoils: 'S1E3',
        title: 'Olivas is the killer',
        body: 'I knew it',
        characters: [],
        keywords: [],
        date: null,
        source: null,
      },
    ],
    quarantine: [],
  };
  change(backup);
  return JSON.stringify(backup);
}

const backupCases: [string, string][] = [
  [
    'a show with a duplicate entry id',
    backupWith((b) => (entryAt((b.shows as Json[])[0]!, 0).id = 'olivas-is-the-killer')),
  ],
  [
    'two shows with one id',
    backupWith((b) => {
      const show = validPack();
      (show.show as Json).id = 'olivas-is-the-killer';
      b.shows = [show, structuredClone(show)];
    }),
  ],
  [
    'two notes with one id',
    backupWith((b) => (b.notes = [(b.notes as Json[])[0], (b.notes as Json[])[0]])),
  ],
  [
    'progress for one show twice',
    backupWith((b) => {
      b.progress = [
        { showId: 'olivas-killer', watched: [] },
        { showId: 'olivas-killer', watched: [] },
      ];
    }),
  ],
  [
    'a reveal key that is not one',
    backupWith((b) => (b.reveals = [{ showId: 'demo', revealed: ['olivas'] }])),
  ],
  [
    'a watched code that is not a code',
    backupWith((b) => (b.progress = [{ showId: 'demo', watched: ['olivas'] }])),
  ],
  ['a creation time that is not one', backupWith((b) => (b.createdAt = 'the night Olivas died'))],
  ['an unknown setting', backupWith((b) => (b.settings = { upcomingTitles: 'olivas' }))],
  [
    'a quarantined record with a key that is not text',
    backupWith((b) => (b.quarantine = [{ store: 'shows', key: ['olivas'], reason: 'x', at: 1 }])),
  ],
  ['an unknown format', backupWith((b) => (b.format = 'olivas-is-the-killer'))],
  ['a file that holds only text', JSON.stringify('Olivas is the killer')],
  ['a bare secret where a value belongs', '{"format": "previously-backup", "note": Olivas}'],
  ['a file cut short inside a secret string', '{"notes": [{"title": "Olivas is the ki'],
];

describe('refusing a backup never quotes it', () => {
  it.each(backupCases)('%s', (_name, text) => {
    expect(text).toMatch(SECRET);
    const result = parseBackupText(text);
    expect(result.ok, 'the file should be refused').toBe(false);
    for (const problem of result.ok ? [] : result.problems) {
      expect(problem).not.toMatch(SECRET);
    }
  });
});

it('restores a backup whose note holds HTML', () => {
  const text = backupWith((b) => ((b.notes as Json[])[0]!.title = '<b>Olivas is the killer</b>'));
  expect(parseBackupText(text).ok).toBe(true);
});
