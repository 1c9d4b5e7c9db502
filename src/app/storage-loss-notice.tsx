import { useEffect } from 'react';
import { listed, useStorageLossView } from '../stores/storage-loss';
import { thisTabsDataWrittenBack } from '../stores/write-back';

/** Asks before a reload or close would drop what only this tab still holds. */
function useWarnBeforeLeaving(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}

/** Says what happened when another tab deleted or upgraded the database, and what to do now. */
export function StorageLossNotice() {
  const view = useStorageLossView();
  useWarnBeforeLeaving(view.status === 'lost');
  if (view.status === 'open') return null;
  if (view.status === 'upgraded') {
    return (
      <div className="notice notice-error" role="alert">
        <p>A newer version of Previously opened in another tab. Reload to continue.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  const { cause, writing, problem, showsWithoutRecaps } = view;
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {cause === 'deleted'
          ? "Another tab deleted Previously's stored data."
          : "The browser closed Previously's storage, perhaps because site data was cleared."}{' '}
        This tab still holds your progress, reveals and notes. Write them back before you reload or
        close this tab; what you change meanwhile is kept and written with the rest.
      </p>
      {showsWithoutRecaps && showsWithoutRecaps.length > 0 ? (
        <p>
          This tab has not opened the recaps of {listed(showsWithoutRecaps)}, so they cannot be
          written back: import {showsWithoutRecaps.length === 1 ? 'its pack' : 'their packs'} again
          afterwards. Your marks, reveals and notes on{' '}
          {showsWithoutRecaps.length === 1 ? 'it' : 'them'} are written back.
        </p>
      ) : null}
      {problem ? <p>{problem}</p> : null}
      <button
        type="button"
        disabled={writing || showsWithoutRecaps === null}
        onClick={() => void thisTabsDataWrittenBack()}
      >
        {writing ? 'Writing back…' : "Write this tab's data back"}
      </button>
    </div>
  );
}
