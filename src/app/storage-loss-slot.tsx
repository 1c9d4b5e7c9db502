import { lazy, Suspense } from 'react';
import { useConnectionStore } from '../stores/connection-store';

// Loaded only when storage is lost, so the first page does not carry it.
const StorageLossNotice = lazy(() =>
  import('./storage-loss-notice').then((module) => ({ default: module.StorageLossNotice })),
);

/** Where the notice of another tab deleting or upgrading the database appears, when it does. */
export function StorageLossSlot() {
  const lost = useConnectionStore((state) => state.status !== 'open');
  if (!lost) return null;
  return (
    <Suspense fallback={null}>
      <StorageLossNotice />
    </Suspense>
  );
}
