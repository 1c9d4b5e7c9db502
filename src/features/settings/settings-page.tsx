import type { ReactNode } from 'react';
import { usePageTitle } from '../shared/use-page-title';
import { PeekLengthSetting } from './peek-length-setting';
import { ResetProgress } from './reset-progress';
import { SyncSettings } from './sync-settings';
import { UpcomingTitlesSetting } from './upcoming-titles-setting';

/** The profiles feature's section comes in as `profiles`, composed by src/app/settings-route.tsx. */
export function SettingsPage({ profiles }: { profiles: ReactNode }) {
  usePageTitle('Settings');
  return (
    <>
      <h1>Settings</h1>
      {profiles}
      <UpcomingTitlesSetting />
      <PeekLengthSetting />
      <ResetProgress />
      <SyncSettings />
    </>
  );
}
