import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bodiesWithMarkup } from '../../src/domain/body-markup';
import { parsePackText } from '../../src/domain/parse-pack';
import { backupFromFile } from '../../src/features/backup/backup-file';
import { packFromFile } from '../../src/features/import/pack-file';
import type { TextFile } from '../../src/features/shared/read-text-file';
import { packFromTvmaze, searchResultsFromTvmaze } from '../../src/features/import/tvmaze-pack';
import { FIRST_PROFILE, openDatabase, type PreviouslyDatabase } from '../../src/storage/database';
import { saveNote } from '../../src/storage/notes-repository';
import { saveWatched } from '../../src/storage/progress-writes';
import { backupRestored, whatRestoreReplaces } from '../../src/stores/backup-actions';
import { connect, disconnect } from '../../src/stores/database-handle';
import { splitPack } from '../../src/stores/library-store';
import { showImported } from '../../src/stores/show-import';
import { dumpDatabase } from '../storage/database-dump';

/**
 * Every bad file goes through the path the app uses (file → size check → parse → validate →
 * store), and each must be refused with a message naming what was wrong, leaving every stored
 * record exactly as it was.
 */

const DATABASE = 'previously-bad-input-corpus';
let database: PreviouslyDatabase;

beforeAll(async () => {
  database = await openDatabase(DATABASE);
  connect(database, { post() {}, close() {} });
  const ballard = parsePackText(readFileSync('public/packs/ballard.json', 'utf8'));
  if (!ballard.ok) throw new Error(ballard.problems.join('\n'));
  await showImported(ballard.pack);
  await saveWatched(database, [FIRST_PROFILE.id], 'ballard', ['S1E1', 'S1E2'], true);
  await saveNote(database, FIRST_PROFILE.id, {
    ...splitPack(ballard.pack).entries[0]!,
    id: 'note-mine',
    kind: 'note',
    showId: 'ballard',
    updatedAt: 1,
  });
});

afterAll(() => disconnect());

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
});

function textFile(text: string, name = 'pack.json'): TextFile {
  return bytesFile(new TextEncoder().encode(text), name);
}

function bytesFile(bytes: Uint8Array, name = 'pack.json'): TextFile {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(buffer as ArrayBuffer) };
}

/** A file that claims a size and fails the test if anything reads it. */
function unreadableFileOfSize(size: number): TextFile {
  return {
    name: 'huge.json',
    size,
    arrayBuffer: () => Promise.reject(new Error('a file this big must not be read')),
  };
}

type Json = Record<string, unknown>;

function validPack(): Json {
  return {
    format: 'previously-pack',
    version: 1,
    show: { id: 'corpus', title: 'Corpus', network: 'Net', premiered: '2024-01-01', summary: 'S' },
    episodes: [
      { code: 'S1E1', title: 'One', airDate: '2024-01-01', runtime: 40, synopsis: 'First.' },
      { code: 'S1E2', title: 'Two', airDate: null, runtime: null, synopsis: null },
    ],
    characters: [
      { id: 'ann', name: 'Ann', actor: 'An Actor', introducedIn: null },
      { id: 'bob', name: 'Bob', actor: null, introducedIn: 'S1E2' },
    ],
    entries: [
      {
        id: 'recap-1',
        kind: 'recap',
        spoils: 'S1E1',
        title: 'Recap',
        body: 'Ann **wins**.',
        characters: ['ann'],
        keywords: ['wins'],
        date: null,
        source: null,
      },
      {
        id: 'news-1',
        kind: 'news',
        spoils: null,
        title: 'Renewed',
        body: 'More to come.',
        characters: [],
        keywords: [],
        date: '2024-02-01',
        source: 'https://example.com/news',
      },
    ],
  };
}

/** A valid pack with one change made by `change`, on a copy. */
function packWith(change: (pack: Json) => void): string {
  const pack = validPack();
  change(pack);
  return JSON.stringify(pack);
}

const at = <T>(list: unknown, index: number) => (list as T[])[index] as T & Json;

async function attemptPackImport(file: TextFile): Promise<string[]> {
  const result = await packFromFile(file);
  if (!result.ok) return result.problems;
  const stored = await showImported(result.pack);
  return stored.ok ? [] : stored.problems;
}

/** The exact problem sentence, or a pattern where part of it comes from the JavaScript engine. */
type Message = string | RegExp;

async function expectRefusedWithoutChange(attempt: () => Promise<string[]>, message: Message) {
  const before = await dumpDatabase(DATABASE);
  const problems = await attempt();
  expect(problems.length, 'the input should be refused').toBeGreaterThan(0);
  expect(problems).toEqual(
    expect.arrayContaining([
      typeof message === 'string' ? message : expect.stringMatching(message),
    ]),
  );
  expect(await dumpDatabase(DATABASE)).toEqual(before);
}

const manyEpisodes = (count: number) =>
  packWith((pack) => {
    pack.episodes = Array.from({ length: count }, (_, index) => ({
      code: `S${Math.floor(index / 1000) + 1}E${(index % 1000) + 1}`,
    }));
    pack.characters = [];
    pack.entries = [];
  });

const packCases: [string, string | (() => TextFile), Message][] = [
  // Not JSON, or not a pack at all
  [
    'invalid JSON',
    '{"format": "previously-pack", ',
    'The file is not valid JSON (line 1, column 31).',
  ],
  [
    'invalid JSON in the middle, named by line and column',
    '{\n  "format": "previously-pack",\n  "version": 1 "show": {}\n}',
    'The file is not valid JSON (line 3, column 16).',
  ],
  [
    'an unquoted value, named without an excerpt',
    '{"format": previously-pack}',
    'The file is not valid JSON.',
  ],
  ['an empty file', '', 'The file is not valid JSON: it is empty.'],
  ['a JSON list', '[1, 2]', 'The file holds a list, not a recap pack object.'],
  ['a JSON string', '"hello"', 'The file holds text, not a recap pack object.'],
  ['JSON null', 'null', 'The file holds null, not a recap pack object.'],
  [
    'another format',
    packWith((pack) => (pack.format = 'previously-backup')),
    'format: expected "previously-pack", got "previously-backup"; this is not a recap pack.',
  ],
  [
    'no format at all',
    packWith((pack) => delete pack.format),
    'format: expected "previously-pack", got nothing; this is not a recap pack.',
  ],
  [
    'a future version',
    packWith((pack) => (pack.version = 2)),
    'version: this pack is version 2, and this app reads versions up to 1. Update the app to import it.',
  ],
  [
    'a version as text',
    packWith((pack) => (pack.version = '1')),
    'version: expected a whole number, got text.',
  ],
  [
    'a fractional version',
    packWith((pack) => (pack.version = 1.5)),
    'version: expected a whole number, got 1.5.',
  ],
  // Missing or wrongly typed fields
  ['no show', packWith((pack) => delete pack.show), 'show: is missing'],
  [
    'a show id that is a number',
    packWith((pack) => (at<Json>([pack.show], 0).id = 7)),
    'show.id: expected an id, got 7',
  ],
  [
    'a show id that is not a slug',
    packWith((pack) => (at<Json>([pack.show], 0).id = 'Not A Slug')),
    'show.id: is not a valid id (lowercase letters, digits and dashes, at most 64)',
  ],
  [
    'no show title',
    packWith((pack) => delete at<Json>([pack.show], 0).title),
    'show.title: is missing',
  ],
  [
    'a show title that is a list',
    packWith((pack) => (at<Json>([pack.show], 0).title = ['Corpus'])),
    'show.title: expected text, got a list',
  ],
  [
    'a premiere date that is not a date',
    packWith((pack) => (at<Json>([pack.show], 0).premiered = 'last spring')),
    'show.premiered: is not a date as YYYY-MM-DD',
  ],
  ['no episodes', packWith((pack) => delete pack.episodes), 'episodes: is missing'],
  [
    'an empty episode list',
    packWith((pack) => (pack.episodes = [])),
    'episodes: must hold at least 1 episodes',
  ],
  [
    'episodes that are not a list',
    packWith((pack) => (pack.episodes = { S1E1: {} })),
    'episodes: expected a list of episodes, got an object',
  ],
  [
    'a malformed episode code',
    packWith((pack) => (at<Json>(pack.episodes, 1).code = '1x02')),
    'episodes[1].code: is not an episode code like "S1E4"',
  ],
  [
    'a negative runtime',
    packWith((pack) => (at<Json>(pack.episodes, 0).runtime = -5)),
    'episodes[0].runtime: must not be negative',
  ],
  [
    'a runtime as text',
    packWith((pack) => (at<Json>(pack.episodes, 0).runtime = '40 minutes')),
    'episodes[0].runtime: expected minutes as a number, got text',
  ],
  [
    'an unknown entry kind',
    packWith((pack) => (at<Json>(pack.entries, 0).kind = 'rumour')),
    'entries[0].kind: expected one of recap, reveal, fact, news or note, got text',
  ],
  [
    'a recap without a title',
    packWith((pack) => (at<Json>(pack.entries, 0).title = null)),
    'entries[0].title: is missing; every recap needs a title',
  ],
  // Duplicates and references
  [
    'a duplicate episode code',
    packWith((pack) => (at<Json>(pack.episodes, 1).code = 'S1E1')),
    'episodes[1].code: is already used by episodes[0].code',
  ],
  [
    'a duplicate character id',
    packWith((pack) => (at<Json>(pack.characters, 1).id = 'ann')),
    'characters[1].id: is already used by characters[0].id',
  ],
  [
    'a duplicate entry id',
    packWith((pack) => (at<Json>(pack.entries, 1).id = 'recap-1')),
    'entries[1].id: is already used by entries[0].id',
  ],
  [
    'an entry that spoils an unknown episode',
    packWith((pack) => (at<Json>(pack.entries, 0).spoils = 'S2E1')),
    'entries[0].spoils: "S2E1" is not an episode of this show',
  ],
  [
    'an entry naming an unknown character',
    packWith((pack) => (at<Json>(pack.entries, 0).characters = ['ann', 'zed'])),
    'entries[0].characters[1]: is not a character of this show',
  ],
  [
    'a character introduced in an unknown episode',
    packWith((pack) => (at<Json>(pack.characters, 1).introducedIn = 'S9E9')),
    'characters[1].introducedIn: "S9E9" is not an episode of this show',
  ],
  [
    'a fact about two characters',
    packWith((pack) =>
      Object.assign(at<Json>(pack.entries, 0), { kind: 'fact', characters: ['ann', 'bob'] }),
    ),
    'entries[0].characters: a fact names exactly one character, this one names 2',
  ],
  [
    'a fact that opens before its character is introduced',
    packWith((pack) =>
      Object.assign(at<Json>(pack.entries, 0), { kind: 'fact', characters: ['bob'] }),
    ),
    'entries[0].spoils: a fact opens before its character is introduced (characters[1].introducedIn is S1E2)',
  ],
  [
    'a fact open from the start about a character introduced later',
    packWith((pack) =>
      Object.assign(at<Json>(pack.entries, 0), { kind: 'fact', spoils: null, characters: ['bob'] }),
    ),
    'entries[0].spoils: a fact opens before its character is introduced (characters[1].introducedIn is S1E2)',
  ],
  // Sizes
  [
    'a show title over 200 characters',
    packWith((pack) => (at<Json>([pack.show], 0).title = 'T'.repeat(201))),
    'show.title: is 201 characters long; at most 200 are allowed',
  ],
  [
    'an entry body over 100,000 characters',
    packWith((pack) => (at<Json>(pack.entries, 0).body = 'word '.repeat(20_001))),
    'entries[0].body: is 100005 characters long; at most 100000 are allowed',
  ],
  [
    '20,001 episodes',
    manyEpisodes(20_001),
    'episodes: holds 20001 episodes; at most 20000 are allowed',
  ],
  [
    'a file over 64 MB, refused before it is read',
    () => unreadableFileOfSize(64 * 1024 * 1024 + 1),
    'The file is 64.0 MB; recap packs may be at most 64 MB.',
  ],
  // Prototype keys
  [
    'a pack hidden behind __proto__',
    `{"__proto__": ${JSON.stringify(validPack())}}`,
    'format: expected "previously-pack", got nothing; this is not a recap pack.',
  ],
  [
    'a show hidden behind __proto__, polluting on the way',
    packWith((pack) => (pack.show = JSON.parse('{"__proto__": {"id": "x", "polluted": 1}}'))),
    'show.id: is missing',
  ],
  [
    'a constructor.prototype key, with an unknown episode',
    packWith((pack) => {
      Object.assign(at<Json>(pack.entries, 0), {
        spoils: 'S5E5',
        constructor: { prototype: { polluted: true } },
      });
    }),
    'entries[0].spoils: "S5E5" is not an episode of this show',
  ],
  // Text that is not what it seems
  [
    'a Latin-1 file, named by the first byte that is not UTF-8',
    () => latin1File(packWith((pack) => (at<Json>(pack.episodes, 0).title = 'Café'))),
    /^The file is not valid UTF-8 at byte [\d,]+ \(counting from 0\)\./,
  ],
  [
    'an entry id holding a zero-width space',
    packWith((pack) => (at<Json>(pack.entries, 0).id = 'recap\u200B-1')),
    /^entries\[0\]\.id: holds an invisible or direction-changing character/,
  ],
];

/** The text written one byte per character, as Latin-1 (Windows-1252) editors save it. */
function latin1File(text: string): TextFile {
  return bytesFile(Uint8Array.from(text, (character) => character.charCodeAt(0)));
}

describe('bad recap pack files', () => {
  it.each(packCases)('refuses %s', async (_name, input, message) => {
    const file = typeof input === 'string' ? textFile(input) : input();
    await expectRefusedWithoutChange(() => attemptPackImport(file), message);
  });

  it('ignores __proto__ and constructor keys in a pack that is otherwise valid', async () => {
    const text = packWith((pack) => {
      pack.show = JSON.parse(
        '{"id": "corpus-keys", "title": "Keys", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      );
    });
    expect(await attemptPackImport(textFile(text))).toEqual([]);
    const stored = await database.get('shows', 'corpus-keys');
    expect(Object.keys(stored?.show ?? {})).toEqual([
      'id',
      'title',
      'network',
      'premiered',
      'summary',
    ]);
    expect(Object.getPrototypeOf(stored?.show)).toBe(Object.prototype);
  });
});

/** A field given markup, the change that puts it there, and the text that must be kept as written. */
const markupCases: [path: string, change: (pack: Json) => void, text: string][] = [
  ['show.title', (p) => (at<Json>([p.show], 0).title = 'A <b>bold</b> show'), 'A <b>bold</b> show'],
  ['show.network', (p) => (at<Json>([p.show], 0).network = '<i>Net</i>'), '<i>Net</i>'],
  [
    'show.summary',
    (p) => (at<Json>([p.show], 0).summary = 'Premise <script>alert(1)</script>'),
    'Premise <script>alert(1)</script>',
  ],
  [
    'episodes[0].title',
    (p) => (at<Json>(p.episodes, 0).title = '<img src=x onerror=alert(1)>'),
    '<img src=x onerror=alert(1)>',
  ],
  [
    'episodes[0].synopsis',
    (p) => (at<Json>(p.episodes, 0).synopsis = '<p>Para</p>'),
    '<p>Para</p>',
  ],
  [
    'characters[0].name',
    (p) => (at<Json>(p.characters, 0).name = '<svg onload=alert(1)>'),
    '<svg onload=alert(1)>',
  ],
  [
    'characters[0].actor',
    (p) => (at<Json>(p.characters, 0).actor = 'An <u>Actor</u>'),
    'An <u>Actor</u>',
  ],
  ['entries[0].id', (p) => (at<Json>(p.entries, 0).id = '<b>id</b>'), '<b>id</b>'],
  [
    'entries[0].title',
    (p) => (at<Json>(p.entries, 0).title = '<script>x()</script>'),
    '<script>x()</script>',
  ],
  [
    'entries[0].keywords',
    (p) => (at<Json>(p.entries, 0).keywords = ['<b>wins</b>']),
    '<b>wins</b>',
  ],
  [
    'entries[1].source',
    (p) => (at<Json>(p.entries, 1).source = '<a href="x">site</a>'),
    '<a href="x">site</a>',
  ],
  [
    'entries[1].source',
    (p) => (at<Json>(p.entries, 1).source = 'javascript:alert(1)'),
    'javascript:alert(1)',
  ],
  [
    'entries[0].body',
    (p) => (at<Json>(p.entries, 0).body = 'Text <iframe src="x"></iframe>'),
    'Text <iframe src="x"></iframe>',
  ],
  [
    'entries[0].body',
    (p) => (at<Json>(p.entries, 0).body = '<script>steal()</script>'),
    '<script>steal()</script>',
  ],
  [
    'entries[0].body',
    (p) => (at<Json>(p.entries, 0).body = '[click](javascript:alert(1))'),
    '[click](javascript:alert(1))',
  ],
  [
    'entries[0].body',
    (p) => (at<Json>(p.entries, 0).body = '[x]\n\n[x]: JavaScript:alert(1)'),
    '[x]\n\n[x]: JavaScript:alert(1)',
  ],
  [
    'entries[0].body',
    (p) => (at<Json>(p.entries, 0).body = '[x](data:text/html;base64,PHNjcmlwdD4=)'),
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
  ],
];

describe('markup in a recap pack is made harmless, never refused', () => {
  it.each(markupCases)(
    'imports markup in %s, keeping the text as written',
    async (path, change, text) => {
      const result = await packFromFile(textFile(packWith(change)));
      expect(result.ok && (await showImported(result.pack)).ok).toBe(true);
      const stored = await dumpDatabase(DATABASE);
      expect(JSON.stringify(stored)).toContain(JSON.stringify(text).slice(1, -1));
      const reported = result.ok ? bodiesWithMarkup(result.pack.entries) : null;
      expect(reported).toEqual(path.endsWith('.body') ? [path] : []);
    },
  );
});

const tvmazeFixture = (name: string) =>
  JSON.parse(readFileSync(`tests/fixtures/tvmaze/${name}`, 'utf8')) as Json & {
    _embedded: { episodes: Json[]; cast: Json[] };
  };

function tvmazeShowWith(change: (show: ReturnType<typeof tvmazeFixture>) => void): unknown {
  const show = tvmazeFixture('show-12345.json');
  change(show);
  return show;
}

async function attemptTvmazeImport(answer: unknown): Promise<string[]> {
  const result = packFromTvmaze(answer);
  if (!result.ok) return result.problems;
  const stored = await showImported(result.pack);
  return stored.ok ? [] : stored.problems;
}

const cannotRead = (detail: string) => `TVmaze sent a show this app cannot read: ${detail}`;

const tvmazeCases: [string, unknown, string][] = [
  ['an answer that is null', null, cannotRead('expected an object, got null')],
  [
    'a show without a name',
    tvmazeShowWith((show) => delete show.name),
    cannotRead('name: is missing'),
  ],
  [
    'a show whose name is null',
    tvmazeShowWith((show) => (show.name = null)),
    cannotRead('name: expected text, got null'),
  ],
  [
    'a show whose name is only markup',
    tvmazeShowWith((show) => (show.name = '<script>alert(1)</script>')),
    'TVmaze sent a show without a name (name is empty).',
  ],
  [
    'a show without embedded episodes',
    tvmazeShowWith((show) => delete (show as Json)._embedded),
    cannotRead('_embedded: is missing'),
  ],
  [
    'an episode list that is null',
    tvmazeShowWith((show) => ((show._embedded as Json).episodes = null)),
    cannotRead('_embedded.episodes: expected a list, got null'),
  ],
  [
    'an episode whose season is null',
    tvmazeShowWith((show) => (show._embedded.episodes[3]!.season = null)),
    cannotRead('_embedded.episodes[3].season: expected a number, got null'),
  ],
  [
    'a cast member without a person',
    tvmazeShowWith((show) => delete show._embedded.cast[1]!.person),
    cannotRead('_embedded.cast[1].person: is missing'),
  ],
  [
    'a show with no episodes yet',
    tvmazeShowWith((show) => (show._embedded.episodes = [])),
    // The title is marked to sit apart in <bdi> (\u2068…\u2069) inside the app's sentence.
    'TVmaze lists no episodes of “\u2068Ballard\u2069” yet, so there is nothing to track.',
  ],
  [
    'an episode number too large for a code',
    tvmazeShowWith((show) => (show._embedded.episodes[0]!.number = 123456)),
    'TVmaze\'s data for “\u2068Ballard\u2069” breaks a rule: episodes[0].code: is not an episode code like "S1E4"',
  ],
];

describe('bad TVmaze answers', () => {
  it.each(tvmazeCases)('refuses %s', async (_name, answer, message) => {
    await expectRefusedWithoutChange(() => attemptTvmazeImport(answer), message);
  });

  it('says which search results it could not read, and lists the rest', () => {
    const answer = searchResultsFromTvmaze([
      { score: 1, show: { id: 1, name: null } },
      { score: 1 },
      { score: 1, show: { id: 2, name: 'Fine', summary: '<p>ok<script>x()</script></p>' } },
    ]);
    expect(answer).toEqual({
      results: [{ tvmazeId: 2, name: 'Fine', premiered: null, network: null, summary: 'ok' }],
      skipped: [
        'Result 1 could not be read and is left out (show.name: expected text, got null).',
        'Result 2 could not be read and is left out (show: is missing).',
      ],
    });
    expect(searchResultsFromTvmaze({ error: 'nope' })).toEqual({
      problem: 'TVmaze sent a search answer this app cannot read (expected a list).',
    });
  });

  it('stores script-laden summaries as plain text with the script gone', async () => {
    expect(await attemptTvmazeImport(tvmazeFixture('show-12345.json'))).toEqual([]);
    const stored = await database.get('shows', 'tvmaze-12345-ballard');
    const text = JSON.stringify(stored);
    expect(text).not.toMatch(/<|script|onerror|javascript|pwned|alert/i);
  });
});

function backupWith(change: (backup: Json) => void): string {
  const backup: Json = {
    format: 'previously-backup',
    version: 1,
    createdAt: '2025-07-09T12:00:00.000Z',
    settings: { upcomingTitles: 'next' },
    shows: [validPack()],
    progress: [{ showId: 'corpus', watched: ['S1E1'] }],
    reveals: [{ showId: 'corpus', revealed: ['entry:recap-1'] }],
    notes: [
      {
        id: 'note-1',
        showId: 'corpus',
        updatedAt: 1,
        kind: 'note',
        spoils: 'S1E2',
        title: 'Mine',
        body: 'Text',
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

async function attemptRestore(file: TextFile): Promise<string[]> {
  const result = await backupFromFile(file);
  if (!result.ok) return result.problems;
  const { counts } = await whatRestoreReplaces(result.backup);
  const restored = await backupRestored(result.backup, counts);
  return restored.outcome === 'failed' ? [restored.problem] : [];
}

const backupCases: [string, string | (() => TextFile), Message][] = [
  [
    'a backup that is not JSON',
    '{"format":',
    'The file is not valid JSON: it ends before the JSON is complete.',
  ],
  [
    'a recap pack given as a backup',
    JSON.stringify(validPack()),
    'This file is a recap pack, not a full backup. Import it on the "Add a show" page.',
  ],
  [
    'a backup from a newer app',
    backupWith((backup) => (backup.version = 3)),
    'version: this backup is version 3, and this app reads versions up to 2. Update the app to restore it.',
  ],
  [
    'a backup with a broken show inside',
    backupWith((backup) => (at<Json>(at<Json>(backup.shows, 0).episodes, 0).code = 'E1')),
    'shows[0].episodes[0].code: is not an episode code like "S1E4"',
  ],
  [
    'a backup whose show repeats an episode code, naming both places in the backup',
    backupWith((backup) => (at<Json>(at<Json>(backup.shows, 0).episodes, 1).code = 'S1E1')),
    'shows[0].episodes[1].code: is already used by shows[0].episodes[0].code',
  ],
  [
    'a backup with two notes sharing an id',
    backupWith((backup) => (backup.notes = [at(backup.notes, 0), at(backup.notes, 0)])),
    'notes[1].id: is already used by notes[0].id',
  ],
  [
    'a backup with a reveal that is not a reveal key',
    backupWith((backup) => (at<Json>(backup.reveals, 0).revealed = ['everything'])),
    'reveals[0].revealed[0]: is not a reveal key',
  ],
  [
    'a backup over 256 MB, refused before it is read',
    () => unreadableFileOfSize(300 * 1024 * 1024),
    'The file is 300.0 MB; a backup may be at most 256 MB.',
  ],
  [
    'a backup saved as Latin-1',
    () => latin1File(backupWith((backup) => (at<Json>(backup.notes, 0).title = 'Café'))),
    /^The file is not valid UTF-8 at byte [\d,]+ \(counting from 0\)\./,
  ],
  [
    'a backup whose note id holds a zero-width space',
    backupWith((backup) => (at<Json>(backup.notes, 0).id = 'note\u200B-1')),
    /^notes\[0\]\.id: holds an invisible or direction-changing character/,
  ],
];

describe('bad backups', () => {
  it.each(backupCases)('refuses %s', async (_name, input, message) => {
    const file = typeof input === 'string' ? textFile(input, 'backup.json') : input();
    await expectRefusedWithoutChange(() => attemptRestore(file), message);
  });
});

it('restores a backup whose note title holds a right-to-left override, without it', async () => {
  const file = textFile(
    backupWith((backup) => (at<Json>(backup.notes, 0).title = 'Who \u202Etook the file')),
    'b.json',
  );
  expect(await attemptRestore(file)).toEqual([]);
  expect((await database.get('notes', 'note-1'))?.title).toBe('Who took the file');
});

it('restores a backup whose note holds HTML, keeping the note as written', async () => {
  const body = '<img src=x onerror=alert(1)> [x](javascript:alert(1))';
  const file = textFile(
    backupWith((backup) => (at<Json>(backup.notes, 0).body = body)),
    'b.json',
  );
  expect(await attemptRestore(file)).toEqual([]);
  expect((await database.get('notes', 'note-1'))?.body).toBe(body);
});
