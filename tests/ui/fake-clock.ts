import { act } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';

/**
 * Fakes only the timers a peek uses, so storage keeps running as it does in a browser. Undo it
 * with vi.useRealTimers() and vi.unstubAllGlobals().
 */
export function fakeClock(): UserEvent {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // Testing Library waits for a setTimeout after each event, and moves a faked one on only
  // through a global `jest`.
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  return userEvent.setup({ delay: null });
}

export const passes = (ms: number) => act(() => vi.advanceTimersByTime(ms));
