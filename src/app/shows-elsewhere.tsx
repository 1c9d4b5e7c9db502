import { AddFromTvmaze } from '../features/import/add-from-tvmaze';
import { ShowsElsewhereSection } from '../features/library/shows-elsewhere-section';

/**
 * The library's shows on other devices, with the import feature's TVmaze button: one feature never
 * imports another.
 */
export function ShowsElsewhere() {
  return <ShowsElsewhereSection AddFromTvmaze={AddFromTvmaze} />;
}
