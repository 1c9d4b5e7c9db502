import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ProfileNameResult } from '../../domain/profile-name';

interface ProfileNameFormProps {
  label: ReactNode;
  submitLabel: string;
  initial?: string;
  /** Saves the name; answers why it was refused, if it was. */
  onSubmit: (name: string) => Promise<ProfileNameResult>;
  onDone?: () => void;
  onCancel?: () => void;
}

/** A profile's name, typed, checked on submit, with what is wrong said beside the field. */
export function ProfileNameForm({
  label,
  submitLabel,
  initial = '',
  onSubmit,
  onDone,
  onCancel,
}: ProfileNameFormProps) {
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const problemId = useId();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await onSubmit(name);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    setName('');
    onDone?.();
  };
  return (
    <form className="field-row" onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        value={name}
        autoComplete="off"
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <button type="submit">{submitLabel}</button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      {problem === null ? null : (
        <p id={problemId} className="problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
