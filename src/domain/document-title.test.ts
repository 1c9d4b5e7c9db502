import { expect, it } from 'vitest';
import { documentTitle } from './document-title';

it('keeps direction-changing and invisible characters out of the tab title', () => {
  expect(documentTitle('S1E2', 'Ball\u200Bard \u202E01E1S')).toBe(
    'S1E2 · Ballard 01E1S · Previously',
  );
});
