import { create } from 'zustand';
import type { UpcomingTitles } from '../domain/gate';

export type { UpcomingTitles };
import {
  DEFAULT_PEEK_SECONDS,
  DEFAULT_SETTINGS,
  PEEK_SECONDS_RANGE,
  saveSetting,
  type Settings,
} from '../storage/repository';
import { persist } from './persist';

export const useSettingsStore = create<Settings>()(() => ({ ...DEFAULT_SETTINGS }));

export const useUpcomingTitles = () => useSettingsStore((state) => state.upcomingTitles);

export function settingsLoaded(settings: Settings): void {
  useSettingsStore.setState(settings);
}

export async function upcomingTitlesChosen(upcomingTitles: UpcomingTitles): Promise<void> {
  useSettingsStore.setState({ upcomingTitles });
  await persist(
    'your title setting',
    (database) => saveSetting(database, 'upcomingTitles', upcomingTitles),
    {
      type: 'settings',
    },
  );
}

export { PEEK_SECONDS_RANGE };

export const usePeekSeconds = () =>
  useSettingsStore((state) => state.peekSeconds ?? DEFAULT_PEEK_SECONDS);

export async function peekSecondsChosen(peekSeconds: number): Promise<void> {
  useSettingsStore.setState({ peekSeconds });
  await persist(
    'your peek length',
    (database) => saveSetting(database, 'peekSeconds', peekSeconds),
    {
      type: 'settings',
    },
  );
}
