import { lazy, Suspense } from 'react';
import { useRoomPresent } from '../stores/room-store';

// Loaded only while watching together. What pages show for the room is decided by the stores,
// not by the banner, so pages hold nothing beyond the room's view while it loads.
const RoomBanner = lazy(() =>
  import('../features/room/room-banner').then((module) => ({ default: module.RoomBanner })),
);

/** Where the banner naming who is watching together appears, while they are. */
export function RoomBannerSlot() {
  const together = useRoomPresent().length > 0;
  if (!together) return null;
  return (
    <Suspense fallback={null}>
      <RoomBanner />
    </Suspense>
  );
}
