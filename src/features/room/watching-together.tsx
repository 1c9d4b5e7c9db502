import { useId, useRef, useState, type FormEvent } from 'react';
import { useProfiles } from '../../stores/profiles-store';
import { roomChosen, useRoomPresent } from '../../stores/room-store';
import './room.css';

/**
 * The header's choice of who is in the room; there only when the browser has two or more
 * profiles. Pages then show only what everyone present may see.
 */
export function WatchingTogether() {
  const profiles = useProfiles();
  const present = useRoomPresent();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  if (profiles.length < 2) return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget).getAll('present').map(String);
    if (chosen.length < 2) {
      setProblem('Choose at least two people.');
      return;
    }
    setProblem(null);
    roomChosen(chosen);
    setOpen(false);
    // The form goes: focus goes back to what opened it, not to the page's start.
    toggleRef.current?.focus();
  };

  return (
    <div className="watching-together">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        Watching together
      </button>
      {open && (
        <form id={panelId} onSubmit={submit} className="watching-together-panel">
          <fieldset>
            <legend>Who is watching?</legend>
            {profiles.map((profile) => (
              <label key={profile.id}>
                <input
                  type="checkbox"
                  name="present"
                  value={profile.id}
                  defaultChecked={present.includes(profile.id)}
                />{' '}
                <bdi>{profile.name}</bdi>
              </label>
            ))}
          </fieldset>
          {problem && <p role="alert">{problem}</p>}
          <button type="submit">Watch together</button>
        </form>
      )}
    </div>
  );
}
