import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // Each test is a new browser session: unsaved note drafts kept for a reload end with it.
  sessionStorage.clear();
});
