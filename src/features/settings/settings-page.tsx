import { usePageTitle } from '../shared/use-page-title';
import { PeekLengthSetting } from './peek-length-setting';
import { ResetProgress } from './reset-progress';
import { UpcomingTitlesSetting } from './upcoming-titles-setting';

export function SettingsPage() {
  usePageTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      <UpcomingTitlesSetting />
      <PeekLengthSetting />
      <ResetProgress />
    </>
  );
}
