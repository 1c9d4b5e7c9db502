import { Fragment, useEffect, useMemo } from 'react';
import { useProfiles } from '../../stores/profiles-store';
import { roomChosen, roomLeft, useRoomPresent } from '../../stores/room-store';
import './room.css';

/** Says on every page, while watching together, who is in the room, and ends it. */
export function RoomBanner() {
  const present = useRoomPresent();
  const profiles = useProfiles();
  const people = useMemo(
    () => profiles.filter((profile) => present.includes(profile.id)),
    [profiles, present],
  );

  useEffect(() => {
    // A deleted profile leaves the room; with one person left, it ends.
    if (profiles.length > 0 && people.length < present.length) {
      roomChosen(people.map((profile) => profile.id));
    }
  }, [profiles, people, present]);

  if (people.length < 2) return null;

  const stop = () => {
    roomLeft();
    // The banner and its button go: focus goes to the page rather than to nowhere.
    document.getElementById('main')?.focus();
  };
  return (
    <section className="room-banner" aria-label="Watching together">
      <p>
        Watching together:{' '}
        {people.map((profile, index) => (
          <Fragment key={profile.id}>
            {index > 0 && ', '}
            <bdi>{profile.name}</bdi>
          </Fragment>
        ))}
      </p>
      <button type="button" onClick={stop}>
        Stop watching together
      </button>
    </section>
  );
}
