import { DEFAULT_SETTINGS } from '../storage/repository';
import { connectionChanged } from './connection-store';
import { useLibraryStore } from './library-store';
import { resetNotices } from './notices-store';
import { notesUnloaded } from './notes-store';
import { peeksEnded } from './peek-actions';
import { profilesUnloaded } from './profiles-store';
import { progressUnloaded } from './progress-store';
import { revealsUnloaded } from './reveals-store';
import { useSearchQueryStore } from './search-query-store';
import { useSettingsStore } from './settings-store';
import { showRulesLoaded } from './show-rules-store';
import { resetStartState } from './start-state';

/** Puts every store back to its state before startApp, so a test can start the app afresh. */
export function resetStores(): void {
  useLibraryStore.setState({
    status: 'loading',
    summaries: {},
    shows: {},
    unreadableShowIds: [],
    entries: {},
  });
  progressUnloaded();
  revealsUnloaded();
  profilesUnloaded();
  peeksEnded();
  useSettingsStore.setState({ ...DEFAULT_SETTINGS });
  showRulesLoaded({ byShow: {}, unreadable: false });
  useSearchQueryStore.setState({ query: '' });
  notesUnloaded();
  resetNotices();
  resetStartState();
  connectionChanged({ status: 'open' });
}
