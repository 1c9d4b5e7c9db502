import { useId, useState, type FormEvent } from 'react';
import { isolated } from '../../domain/isolated';
import { characterMet } from '../../stores/show-rules-store';
import { IsolatedText } from '../shared/isolated-text';

/**
 * Strict mode on a cast with no first episodes shows a character only once the user says they
 * met them. No names are listed, which would spoil; the user types the whole name they met.
 */
export function MetCharacterForm({
  showId,
  find,
}: {
  showId: string;
  find: (name: string) => string | null;
}) {
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const inputId = useId();
  function submitted(event: FormEvent) {
    event.preventDefault();
    const characterId = find(name);
    if (characterId === null) {
      setStatus('No one you have not met yet goes by that whole name in this show.');
      return;
    }
    void characterMet(showId, characterId);
    setStatus(`${isolated(name.trim())} is now among the characters.`);
    setName('');
  }
  return (
    <form className="met-character" onSubmit={submitted}>
      <div className="field-row">
        <label htmlFor={inputId}>Met someone new? Their whole name</label>
        <input
          id={inputId}
          type="text"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit">I met them</button>
      </div>
      <p className="status" role="status">
        <IsolatedText text={status} />
      </p>
    </form>
  );
}
