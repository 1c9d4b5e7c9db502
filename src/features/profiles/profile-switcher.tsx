import { useId } from 'react';
import { profileSwitched, useActiveProfileId, useProfiles } from '../../stores/profiles-store';

/** The header's choice of whose progress every page shows; out of the way with one profile. */
export function ProfileSwitcher() {
  const profiles = useProfiles();
  const activeId = useActiveProfileId();
  const selectId = useId();
  if (profiles.length < 2) return null;
  return (
    <div className="profile-switcher">
      <label htmlFor={selectId}>Profile</label>
      <select
        id={selectId}
        value={activeId}
        onChange={(event) => void profileSwitched(event.currentTarget.value)}
      >
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
    </div>
  );
}
