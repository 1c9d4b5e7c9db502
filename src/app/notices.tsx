import { IsolatedText } from '../features/shared/isolated-text';
import { noticeDismissed, useNotices } from '../stores/notices-store';
import { StorageLossSlot } from './storage-loss-slot';
import { UndoNotice } from './undo-notice';
import { UpdateNotice } from './update-notice';

export function Notices() {
  const notices = useNotices();
  return (
    <>
      <div className="notices" role="region" aria-label="Messages">
        <StorageLossSlot />
        <UpdateNotice />
        {notices.map((notice) => (
          <div
            key={notice.id}
            className={`notice notice-${notice.tone}`}
            role={notice.tone === 'error' ? 'alert' : 'status'}
          >
            <p>
              <IsolatedText text={notice.message} />
            </p>
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
