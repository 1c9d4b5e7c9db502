import { LibraryPage } from '../features/library/library-page';
import { ShowsElsewhereSlot } from './shows-elsewhere-slot';

/** The library, with its section of shows on other devices when sync names any. */
export function LibraryRoute() {
  return <LibraryPage elsewhere={<ShowsElsewhereSlot />} />;
}
