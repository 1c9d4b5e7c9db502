import { useEffect, useRef, useState } from 'react';
import { isolated } from '../../domain/isolated';
import {
  profileCountsRead,
  profileCreated,
  profileDeleted,
  profileDeletionsCommitted,
  profileRenamed,
  type ProfileCounts,
} from '../../stores/profile-edits';
import { useActiveProfileId, useProfiles, type Profile } from '../../stores/profiles-store';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { IsolatedText } from '../shared/isolated-text';
import { ProfileNameForm } from './profile-name-form';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Their 12 watched episodes, 3 reveals and 2 notes go with them.": counts only. */
function whatGoes({ watched, revealed, notes }: ProfileCounts): string {
  return `Their ${plural(watched, 'watched episode', 'watched episodes')}, ${plural(revealed, 'reveal', 'reveals')} and ${plural(notes, 'note', 'notes')} go with them. You can undo this until you leave this page.`;
}

function ProfileRow({ profile, deletable }: { profile: Profile; deletable: boolean }) {
  const activeId = useActiveProfileId();
  const [renaming, setRenaming] = useState(false);
  const [counts, setCounts] = useState<ProfileCounts | null>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const name = <IsolatedText text={isolated(profile.name)} />;
  return (
    <li>
      {renaming ? (
        <ProfileNameForm
          label={<IsolatedText text={`New name for ${isolated(profile.name)}`} />}
          submitLabel="Save name"
          initial={profile.name}
          onSubmit={(typed) => profileRenamed(profile.id, typed)}
          onDone={() => setRenaming(false)}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <div className="field-row">
          <span>
            {name}
            {profile.id === activeId ? ' (showing now)' : null}
          </span>
          <button type="button" onClick={() => setRenaming(true)}>
            Rename <span className="visually-hidden">{name}</span>
          </button>
          {deletable ? (
            <button
              ref={deleteRef}
              type="button"
              className="button-danger"
              onClick={() => void profileCountsRead(profile.id).then(setCounts)}
            >
              Delete <span className="visually-hidden">{name}</span>
            </button>
          ) : null}
        </div>
      )}
      {counts ? (
        <ConfirmDialog
          question={`Delete ${isolated(profile.name)}?`}
          details={<p>{whatGoes(counts)}</p>}
          confirmLabel="Delete profile"
          onConfirm={() => {
            setCounts(null);
            profileDeleted(profile.id);
          }}
          onCancel={() => setCounts(null)}
          returnFocusTo={deleteRef}
        />
      ) : null}
    </li>
  );
}

/** Who uses this browser: each profile has its own progress, reveals and notes. */
export function ProfilesSection() {
  const profiles = useProfiles();
  // A deletion can be undone until the page is left; then storage deletes it.
  useEffect(() => () => void profileDeletionsCommitted(), []);
  return (
    <section className="panel" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Profiles</h2>
      <p>
        Each person watching in this browser can have a profile with their own progress, reveals and
        notes.
      </p>
      <ul className="profile-list">
        {profiles.map((profile) => (
          <ProfileRow key={profile.id} profile={profile} deletable={profiles.length > 1} />
        ))}
      </ul>
      {profiles.length === 1 ? <p className="hint">The last profile cannot be deleted.</p> : null}
      <ProfileNameForm label="New profile" submitLabel="Add profile" onSubmit={profileCreated} />
    </section>
  );
}
