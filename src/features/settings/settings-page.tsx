import { usePageTitle } from '../shared/use-page-title';
import { ResetProgress } from './reset-progress';
import { UpcomingTitlesSetting } from './upcoming-titles-setting';

export function SettingsPage() {
  usePageTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      <UpcomingTitlesSetting />
      <ResetProgress />
    </>
  );
}
