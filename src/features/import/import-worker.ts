import { openDatabase } from '../../storage/database';
import { runImport, type ImportEvent, type ImportSource } from './import-pipeline';

/** What the page sends: one import per worker, then the user's go or a cancel. */
export type ImportCommand =
  | { type: 'start'; source: ImportSource; databaseName: string }
  | { type: 'replace confirmed'; profileId: string }
  | { type: 'cancel' };

const cancel = new AbortController();
let confirm: (profileId: string) => void = () => undefined;
const confirmed = new Promise<string>((resolve) => (confirm = resolve));

self.addEventListener('message', (event: MessageEvent<ImportCommand>) => {
  const command = event.data;
  if (command.type === 'start') {
    void runImport(command.source, {
      emit: (message: ImportEvent) => self.postMessage(message),
      confirmed,
      signal: cancel.signal,
      // Its own connection, which openDatabase closes when another tab deletes or upgrades it.
      openDatabase: async () => {
        const database = await openDatabase(command.databaseName);
        return { database, close: () => database.close() };
      },
    });
  } else if (command.type === 'replace confirmed') confirm(command.profileId);
  else cancel.abort(new DOMException('The import was cancelled.', 'AbortError'));
});
