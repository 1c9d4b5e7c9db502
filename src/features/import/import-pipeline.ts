import { bodiesWithMarkup } from '../../domain/body-markup';
import type { PackResult } from '../../domain/parse-pack';
import type { PreviouslyDatabase } from '../../storage/database';
import { importShow, type ImportedShow } from '../../storage/import-show';
import type { TextFile } from '../shared/read-text-file';
import { packFromFile, type FileStep } from './pack-file';
import { packFromTvmaze } from './tvmaze-pack';

/**
 * The steps of an import, from a source to a stored show: read, check, wait for the user's go,
 * save. The same code runs in a worker in the browser (import-worker.ts) and on the page where
 * there are no workers (jsdom); it talks to the page only through an ImportPort.
 */

export type ImportStage = 'Reading' | 'Checking' | 'Saving';

export type ImportSource =
  | { kind: 'file'; file: TextFile }
  /** TVmaze's answer for one show, with its episodes and cast; a refresh keeps stored recaps. */
  | { kind: 'tvmaze'; answer: unknown; refresh: boolean };

/** What the page is told of a pack that passed every check, to ask before replacing a show. */
export interface CheckedPack {
  showId: string;
  title: string;
  episodes: number;
  characters: number;
  /** Entries other than notes: a replacement without any removes the show's recaps. */
  recaps: number;
  notes: number;
}

export type ImportEvent =
  | { type: 'progress'; stage: ImportStage; percent: number }
  | { type: 'pack checked'; pack: CheckedPack }
  | {
      type: 'done';
      outcome: ImportedShow;
      /** Paths of bodies whose HTML shows as text (body-markup.ts), for the report. */
      bodiesWithMarkup: string[];
      /** Paths of titles and names that lost invisible characters, for the report. */
      invisibleRemoved: string[];
    }
  /** `stage`: refused by the checks, or not saved. Nothing was changed either way. */
  | { type: 'failed'; stage: 'check' | 'save'; problems: string[] }
  | { type: 'cancelled' };

export interface ImportPort {
  emit(event: ImportEvent): void;
  /** Whose notes the pack's notes join, once the user said to go on ("replace confirmed"). */
  confirmed: Promise<string>;
  /** Cancel: heard between batches, and aborts the transaction while saving. */
  signal: AbortSignal;
  openDatabase(): Promise<{ database: PreviouslyDatabase; close(): void }>;
}

/** Where each stage's 0–1 falls on the one bar the page shows. */
const STAGE_SPAN: Record<ImportStage, [from: number, to: number]> = {
  Reading: [0, 10],
  Checking: [10, 60],
  Saving: [60, 100],
};

/** How long a step may run before the pipeline lets the page hear of it and a cancel arrive. */
const SLICE_MS = 16;

/**
 * Lets messages in (a cancel, the page's go) and sends progress, then goes on: a message to
 * itself rather than a timer, which browsers hold back at least 4 ms once timers nest, and an
 * import yields hundreds of times.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Where a stage, `done` (0 to 1) of the way through, is on the page's one bar, in percent. */
export function percentOf(stage: ImportStage, done: number): number {
  const [from, to] = STAGE_SPAN[stage];
  return Math.round(from + (to - from) * Math.min(1, Math.max(0, done)));
}

/** A FileStep that reports each stage, and every slice of time lets messages in. */
function paced({ emit, signal }: ImportPort): FileStep {
  let stage: ImportStage | null = null;
  let sliceStart = performance.now();
  return async (next, done) => {
    if (next === stage && performance.now() - sliceStart < SLICE_MS) return;
    stage = next;
    emit({ type: 'progress', stage: next, percent: percentOf(next, done) });
    await nextTask();
    signal.throwIfAborted();
    sliceStart = performance.now();
  };
}

function untilConfirmed({ confirmed, signal }: ImportPort): Promise<string> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    confirmed.then(resolve, reject);
  });
}

function checkedPack(source: ImportSource, port: ImportPort): Promise<PackResult> {
  if (source.kind === 'file') return packFromFile(source.file, paced(port));
  port.emit({ type: 'progress', stage: 'Checking', percent: percentOf('Checking', 0) });
  return Promise.resolve(packFromTvmaze(source.answer));
}

export async function runImport(source: ImportSource, port: ImportPort): Promise<void> {
  const { emit, signal } = port;
  try {
    const checked = await checkedPack(source, port);
    signal.throwIfAborted();
    if (!checked.ok) {
      emit({ type: 'failed', stage: 'check', problems: checked.problems });
      return;
    }
    const { pack, invisibleRemoved } = checked;
    const notes = pack.entries.filter((entry) => entry.kind === 'note').length;
    emit({
      type: 'pack checked',
      pack: {
        showId: pack.show.id,
        title: pack.show.title,
        episodes: pack.episodes.length,
        characters: pack.characters.length,
        recaps: pack.entries.length - notes,
        notes,
      },
    });
    const profileId = await untilConfirmed(port);
    emit({ type: 'progress', stage: 'Saving', percent: percentOf('Saving', 0) });
    const { database, close } = await port.openDatabase();
    let markup: string[] | null = null;
    const outcome = await importShow(database, pack, {
      profileId,
      keepStoredEntries: source.kind === 'tvmaze' && source.refresh,
      signal,
      progress: (done) =>
        emit({ type: 'progress', stage: 'Saving', percent: percentOf('Saving', done) }),
      // The browser stores the queued writes apart from this thread: the bodies are looked
      // through for the report meanwhile, not before.
      queued: () => (markup = bodiesWithMarkup(pack.entries)),
    }).finally(close);
    if (outcome.ok) {
      markup ??= bodiesWithMarkup(pack.entries);
      emit({ type: 'done', outcome, bodiesWithMarkup: markup, invisibleRemoved });
    } else if (signal.aborted) {
      emit({ type: 'cancelled' });
    } else {
      emit({ type: 'failed', stage: 'save', problems: outcome.problems });
    }
  } catch (error) {
    if (signal.aborted) emit({ type: 'cancelled' });
    else {
      const detail = error instanceof Error ? error.message : String(error);
      emit({ type: 'failed', stage: 'check', problems: [`The import stopped (${detail}).`] });
    }
  }
}
