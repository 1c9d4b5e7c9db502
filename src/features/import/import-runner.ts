import { currentDatabase } from '../../stores/database-handle';
import { runImport, type ImportEvent, type ImportSource } from './import-pipeline';
import type { ImportCommand } from './import-worker';

/** One running import: the page gives the go after "pack checked", or cancels. */
export interface RunningImport {
  confirm(profileId: string): void;
  cancel(): void;
}

/** Whether the pipeline can run in a worker; jsdom has none, and runs it on the page instead. */
const inWorker = () => typeof Worker !== 'undefined';

function finished(event: ImportEvent): boolean {
  return event.type === 'done' || event.type === 'failed' || event.type === 'cancelled';
}

/**
 * Starts an import in a worker of its own, which ends with it. `heard` gets each event; should
 * the worker itself fail, a 'failed' save: its one transaction either committed or changed nothing.
 */
function startInWorker(source: ImportSource, heard: (event: ImportEvent) => void): RunningImport {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const send = (command: ImportCommand) => worker.postMessage(command);
  worker.addEventListener('message', (message: MessageEvent<ImportEvent>) => {
    if (finished(message.data)) worker.terminate();
    heard(message.data);
  });
  worker.addEventListener('error', (error) => {
    worker.terminate();
    heard({
      type: 'failed',
      stage: 'save',
      problems: [`The import stopped (${error.message || 'its worker failed'}).`],
    });
  });
  send({ type: 'start', source, databaseName: currentDatabase().name });
  return {
    confirm: (profileId) => send({ type: 'replace confirmed', profileId }),
    cancel: () => send({ type: 'cancel' }),
  };
}

function startHere(source: ImportSource, heard: (event: ImportEvent) => void): RunningImport {
  const cancel = new AbortController();
  let confirm: (profileId: string) => void = () => undefined;
  const confirmed = new Promise<string>((resolve) => (confirm = resolve));
  // Events come after the caller has the running import, as they do from a worker.
  void Promise.resolve().then(() =>
    runImport(source, {
      emit: heard,
      confirmed,
      signal: cancel.signal,
      openDatabase: () => Promise.resolve({ database: currentDatabase(), close: () => undefined }),
    }),
  );
  return {
    confirm,
    cancel: () => cancel.abort(new DOMException('The import was cancelled.', 'AbortError')),
  };
}

/** Starts an import off the page's thread where the browser can, else on the page. */
export function startImport(
  source: ImportSource,
  heard: (event: ImportEvent) => void,
): RunningImport {
  return inWorker() ? startInWorker(source, heard) : startHere(source, heard);
}
