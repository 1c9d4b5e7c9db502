import { DEFAULT_SETTINGS } from '../storage/repository';
import { useLibraryStore } from './library-store';
import { resetNotices } from './notices-store';
import { notesUnloaded } from './notes-store';
import { useProgressStore } from './progress-store';
import { useRevealsStore } from './reveals-store';
import { useSearchQueryStore } from './search-query-store';
import { useSettingsStore } from './settings-store';
import { resetStartState } from './start-state';

/** Puts every store back to its state before startApp, so a test can start the app afresh. */
export function resetStores(): void {
  useLibraryStore.setState({ status: 'loading', shows: {}, unreadableShowIds: [], entries: {} });
  useProgressStore.setState({ status: 'loading', watched: {} });
  useRevealsStore.setState({ revealed: {} });
  useSettingsStore.setState({ ...DEFAULT_SETTINGS });
  useSearchQueryStore.setState({ query: '' });
  notesUnloaded();
  resetNotices();
  resetStartState();
}
