import { useId, useState } from 'react';
import { PEEK_SECONDS_RANGE, peekSecondsChosen, usePeekSeconds } from '../../stores/settings-store';

const { min, max } = PEEK_SECONDS_RANGE;

function validSeconds(text: string): number | null {
  const seconds = Number(text);
  return text.trim() !== '' && Number.isInteger(seconds) && seconds >= min && seconds <= max
    ? seconds
    : null;
}

/** How many seconds Peek shows a covered item before covering it again. */
export function PeekLengthSetting() {
  const saved = usePeekSeconds();
  // What is typed, kept while it is not a valid length yet; the saved length otherwise.
  const [draft, setDraft] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  const invalid = draft !== null && validSeconds(draft) === null;
  return (
    <section className="panel">
      <h2>Peek</h2>
      <div className="field-row">
        <label htmlFor={inputId}>Peek length</label>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft ?? String(saved)}
          aria-describedby={invalid ? `${hintId} ${problemId}` : hintId}
          aria-invalid={invalid}
          onChange={(event) => {
            const text = event.currentTarget.value;
            const seconds = validSeconds(text);
            setDraft(seconds === null ? text : null);
            if (seconds !== null && seconds !== saved) void peekSecondsChosen(seconds);
          }}
          onBlur={() => setDraft(null)}
        />
        <span>seconds</span>
      </div>
      <p id={hintId} className="hint">
        How long Peek shows a covered item before covering it again, from {min} to {max} seconds.
      </p>
      {invalid ? (
        <p id={problemId} className="problem">
          Choose a whole number of seconds from {min} to {max}; the peek length stays {saved}.
        </p>
      ) : null}
    </section>
  );
}
