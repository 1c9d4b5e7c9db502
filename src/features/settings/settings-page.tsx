import { ProfilesSection } from '../profiles/profiles-section';
import { usePageTitle } from '../shared/use-page-title';
import { PeekLengthSetting } from './peek-length-setting';
import { ResetProgress } from './reset-progress';
import { UpcomingTitlesSetting } from './upcoming-titles-setting';

export function SettingsPage() {
  usePageTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      <ProfilesSection />
      <UpcomingTitlesSetting />
      <PeekLengthSetting />
      <ResetProgress />
    </>
  );
}
