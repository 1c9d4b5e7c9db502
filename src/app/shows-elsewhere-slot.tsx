import { lazy, Suspense } from 'react';
import { useFollowedShowsHeard } from '../stores/followed-shows-heard';

// Loaded only once sync has told which shows a profile follows: the sync store comes with it, so
// the first page carries none of it. The section itself shows only while this device lacks one.
const ShowsElsewhere = lazy(() =>
  import('./shows-elsewhere').then((module) => ({ default: module.ShowsElsewhere })),
);

/** Where the library lists the shows this profile follows on other devices, when it does. */
export function ShowsElsewhereSlot() {
  const heard = useFollowedShowsHeard();
  if (!heard) return null;
  return (
    <Suspense fallback={null}>
      <ShowsElsewhere />
    </Suspense>
  );
}
