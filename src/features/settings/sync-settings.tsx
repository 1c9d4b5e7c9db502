import { useEffect, useId, useState, type FormEvent } from 'react';
import { NEWER_RECORDS_TEXT, syncStatusText } from '../../domain/sync-status';
import {
  syncForgotten,
  syncNowAsked,
  syncPauseAsked,
  syncTurnedOn,
} from '../../stores/sync-actions';
import { useActiveProfileSync, type ProfileSyncShown } from '../../stores/sync-store';
import { NoteChoicesWaiting } from './note-choices-waiting';
import { SyncCredentialsForm } from './sync-credentials-form';

/** "Synced 2 minutes ago" stays true as minutes pass. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

function SyncServerForm() {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const addressId = useId();
  const userId = useId();
  const passwordId = useId();
  const hintId = useId();
  const problemId = useId();
  const submitted = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const found = await syncTurnedOn(
      String(form.get('address') ?? ''),
      String(form.get('user') ?? ''),
      String(form.get('password') ?? ''),
    );
    setBusy(false);
    setProblem(found);
  };
  return (
    <form onSubmit={(event) => void submitted(event)} aria-label="Sync server">
      <div className="field-row">
        <label htmlFor={addressId}>Sync server</label>
        <input
          id={addressId}
          name="address"
          type="url"
          placeholder="https://couch.example.org/previously"
          aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
          aria-invalid={problem !== null}
          autoComplete="url"
        />
      </div>
      <div className="field-row">
        <label htmlFor={userId}>User name</label>
        <input id={userId} name="user" autoComplete="username" />
      </div>
      <div className="field-row">
        <label htmlFor={passwordId}>Password</label>
        <input id={passwordId} name="password" type="password" autoComplete="current-password" />
      </div>
      <p id={hintId} className="hint">
        The address of a CouchDB database you run or chose. This profile's marks, reveals, notes,
        settings and followed shows sync with it; no show's content does. Leave the user name and
        password empty if the server asks for none.
      </p>
      {problem ? (
        <p id={problemId} className="problem">
          {problem}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        Turn on sync
      </button>
    </form>
  );
}

function SyncServerChosen({ sync }: { sync: ProfileSyncShown }) {
  const now = useNow(30_000);
  const paused = sync.report.state === 'paused';
  return (
    <>
      <p>
        Syncing with <bdi>{sync.address}</bdi>
        {sync.user === '' ? null : (
          <>
            {' '}
            as <bdi>{sync.user}</bdi>
          </>
        )}
        .
      </p>
      <p role="status">{syncStatusText(sync.report, now)}</p>
      {sync.report.newerRecords ? <p className="problem">{NEWER_RECORDS_TEXT}</p> : null}
      {sync.report.state === 'refused' ? <SyncCredentialsForm user={sync.user} /> : null}
      <NoteChoicesWaiting />
      {sync.report.state === 'elsewhere' ? null : (
        <SyncButtons reloadNeeded={sync.report.state === 'reload-needed'} paused={paused} />
      )}
    </>
  );
}

/** Sync now (or Reload, when the page must be loaded again to reach the server), Pause, Forget. */
function SyncButtons({ reloadNeeded, paused }: { reloadNeeded: boolean; paused: boolean }) {
  return (
    <div className="button-row">
      {reloadNeeded ? (
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      ) : (
        <button type="button" onClick={syncNowAsked}>
          Sync now
        </button>
      )}
      <button type="button" onClick={syncPauseAsked} disabled={paused}>
        Pause
      </button>
      <button type="button" onClick={() => void syncForgotten()}>
        Forget this server
      </button>
    </div>
  );
}

/** The active profile's sync server: off until a person turns it on. */
export function SyncSettings() {
  const sync = useActiveProfileSync();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Sync</h2>
      {sync ? <SyncServerChosen sync={sync} /> : <SyncServerForm />}
    </section>
  );
}
