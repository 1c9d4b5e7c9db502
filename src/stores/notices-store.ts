import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'error' | 'info';
  message: string;
}

interface NoticesState {
  notices: readonly Notice[];
}

const useNoticesStore = create<NoticesState>()(() => ({ notices: [] }));
let nextNoticeId = 1;

export const useNotices = () => useNoticesStore((state) => state.notices);

export function noticeShown(message: string, tone: Notice['tone'] = 'error'): void {
  useNoticesStore.setState((state) =>
    state.notices.some((notice) => notice.message === message)
      ? state
      : { notices: [...state.notices, { id: nextNoticeId++, tone, message }] },
  );
}

export function noticeDismissed(id: number): void {
  useNoticesStore.setState((state) => ({
    notices: state.notices.filter((notice) => notice.id !== id),
  }));
}

export function resetNotices(): void {
  useNoticesStore.setState({ notices: [] });
}
