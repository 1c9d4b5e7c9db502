import { IsolatedText } from '../features/shared/isolated-text';
import { noticeDismissed, useNotices } from '../stores/notices-store';
import { StorageLossSlot } from './storage-loss-slot';
import { UndoNotice } from './undo-notice';

export function Notices() {
  const notices = useNotices();
  return (
    <>
      <div className="notices" role="region" aria-label="Messages">
        <StorageLossSlot />
        {notices.map((notice) => (
          <div
            key={notice.id}
            className={`notice notice-${notice.tone}`}
            role={notice.tone === 'error' ? 'alert' : 'status'}
          >
            <p>
              <IsolatedText text={notice.message} />
            </p>
            {notice.action ? (
              <button type="button" className="button-primary" onClick={notice.action.run}>
                {notice.action.label}
              </button>
            ) : null}
            <button type="button" onClick={() => noticeDismissed(notice.id)}>
              Dismiss
            </button>
          </div>
        ))}
      </div>
      <UndoNotice />
    </>
  );
}
