import { lazy, Suspense } from 'react';
import { useProfiles } from '../stores/profiles-store';

// Loaded only once the browser holds two profiles: with one, neither control shows anything.
const ProfileSwitcher = lazy(() =>
  import('../features/profiles/profile-switcher').then((module) => ({
    default: module.ProfileSwitcher,
  })),
);
const WatchingTogether = lazy(() =>
  import('../features/room/watching-together').then((module) => ({
    default: module.WatchingTogether,
  })),
);

/** Where the header's profile switcher and watching-together chooser appear, when they do. */
export function ProfileControlsSlot() {
  const choosable = useProfiles().length >= 2;
  if (!choosable) return null;
  return (
    <Suspense fallback={null}>
      <ProfileSwitcher />
      <WatchingTogether />
    </Suspense>
  );
}
