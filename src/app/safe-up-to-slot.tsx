import { lazy, Suspense } from 'react';
import { useMatches } from 'react-router';
import { useSafeUpTo, useSafeUpToFromAddressHeld } from '../stores/safe-up-to-store';

// Loaded only while a shared link's "safe up to" holds a show back. The pages apply the value
// themselves from their first render, so nothing past it shows while the notice loads.
const SafeUpToNotice = lazy(() =>
  import('../features/shared/safe-up-to-notice').then((module) => ({
    default: module.SafeUpToNotice,
  })),
);

/** Where a show's pages say that a shared link holds them back. */
export function SafeUpToSlot() {
  const showId = useMatches().at(-1)?.params.showId;
  return showId === undefined ? null : <ShowSafeUpToSlot showId={showId} />;
}

function ShowSafeUpToSlot({ showId }: { showId: string }) {
  // Here rather than in the notice, so the value is held before any link out of the page works.
  useSafeUpToFromAddressHeld(showId);
  const held = useSafeUpTo(showId) !== undefined;
  if (!held) return null;
  return (
    <Suspense fallback={null}>
      <SafeUpToNotice showId={showId} />
    </Suspense>
  );
}
