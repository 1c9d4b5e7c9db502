import { updateDeferred, useWaitingUpdate } from '../stores/app-update-store';

/** Offers a new version of the app once it is ready; the app never switches by itself. */
export function UpdateNotice() {
  const activate = useWaitingUpdate();
  if (activate === null) return null;
  return (
    <div className="notice notice-info" role="status">
      <p>A new version of Previously is ready.</p>
      <div className="undo-actions">
        <button type="button" className="button-primary" onClick={activate}>
          Reload
        </button>
        <button type="button" onClick={updateDeferred}>
          Later
        </button>
      </div>
    </div>
  );
}
