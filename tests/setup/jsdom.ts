import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy pages and IndexedDB are slow when every test file runs at once on a small, busy machine. A
// wait is a limit, never a measure: it ends as soon as what it waits for is there.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
  // Each test is a new browser session: unsaved note drafts kept for a reload end with it.
  sessionStorage.clear();
});
