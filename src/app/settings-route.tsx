import { ProfilesSection } from '../features/profiles/profiles-section';
import { SettingsPage } from '../features/settings/settings-page';

/** Settings, with the profiles feature's section: one feature never imports another. */
export function SettingsRoute() {
  return <SettingsPage profiles={<ProfilesSection />} />;
}
