import { useId, useState, type FormEvent } from 'react';
import { syncCredentialsChanged } from '../../stores/sync-actions';

/** After the server refused the password: the user name and password again, nothing else lost. */
export function SyncCredentialsForm({ user }: { user: string }) {
  const [busy, setBusy] = useState(false);
  const userId = useId();
  const passwordId = useId();
  const submitted = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    await syncCredentialsChanged(
      String(form.get('user') ?? ''),
      String(form.get('password') ?? ''),
    );
    setBusy(false);
  };
  return (
    <form onSubmit={(event) => void submitted(event)} aria-label="Sign in to the sync server">
      <div className="field-row">
        <label htmlFor={userId}>User name</label>
        <input id={userId} name="user" defaultValue={user} autoComplete="username" />
      </div>
      <div className="field-row">
        <label htmlFor={passwordId}>Password</label>
        <input id={passwordId} name="password" type="password" autoComplete="current-password" />
      </div>
      <button type="submit" disabled={busy}>
        Try again
      </button>
    </form>
  );
}
