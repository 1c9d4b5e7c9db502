import { create } from 'zustand';

/** A button beside the message that does what it offers, such as reloading into a new version. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
  action?: NoticeAction;
}

/** The one action that can be undone: the latest, until the user dismisses it. */
export interface UndoOffer {
  readonly id: number;
  /**
   * What the action did, by episode code and show title only: "marked S1E1–S1E9 watched". A show
   * title in it is marked by `isolated()`.
   */
  readonly action: string;
  readonly state: 'offered' | 'undone';
  readonly undo: () => void;
}

interface NoticesState {
  notices: readonly Notice[];
  undo: UndoOffer | null;
}

const useNoticesStore = create<NoticesState>()(() => ({ notices: [], undo: null }));
let nextNoticeId = 1;

export const useNotices = () => useNoticesStore((state) => state.notices);
export const useUndoOffer = () => useNoticesStore((state) => state.undo);

/** Whether this offer is still the one shown and not taken: nothing else was done since. */
export const isUndoOffered = (id: number) => {
  const { undo } = useNoticesStore.getState();
  return undo?.id === id && undo.state === 'offered';
};

/** Offers to undo an action, in place of any earlier offer; returns the offer's id. */
export function undoOffered(action: string, undo: () => void): number {
  const id = nextNoticeId++;
  useNoticesStore.setState({ undo: { id, action, state: 'offered', undo } });
  return id;
}

export function undoTaken(id: number): void {
  const { undo } = useNoticesStore.getState();
  if (undo?.id !== id || undo.state !== 'offered') return;
  useNoticesStore.setState({ undo: { ...undo, state: 'undone' } });
  undo.undo();
}

export function undoDismissed(id: number): void {
  useNoticesStore.setState((state) => (state.undo?.id === id ? { undo: null } : state));
}

export function noticeShown(
  message: string,
  tone: Notice['tone'] = 'error',
  action?: NoticeAction,
): void {
  useNoticesStore.setState((state) =>
    state.notices.some((notice) => notice.message === message)
      ? state
      : { notices: [...state.notices, { id: nextNoticeId++, tone, message, action }] },
  );
}

export function noticeDismissed(id: number): void {
  useNoticesStore.setState((state) => ({
    notices: state.notices.filter((notice) => notice.id !== id),
  }));
}

export function resetNotices(): void {
  useNoticesStore.setState({ notices: [], undo: null });
}
