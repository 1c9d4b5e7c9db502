import { noticeDismissed, useNotices } from '../stores/notices-store';
import { StorageLossNotice } from './storage-loss-notice';
import { UndoNotice } from './undo-notice';

export function Notices() {
  const notices = useNotices();
  return (
    <>
      <div className="notices" role="region" aria-label="Messages">
        <StorageLossNotice />
        {notices.map((notice) => (
          <div
            key={notice.id}
            className={`notice notice-${notice.tone}`}
            role={notice.tone === 'error' ? 'alert' : 'status'}
          >
            <p>{notice.message}</p>
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
