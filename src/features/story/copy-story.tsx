import { useState } from 'react';

/** Copies the story as the domain wrote it in plain text, and says whether the browser let it. */
export function CopyStory({ text }: { text: string }) {
  const [outcome, setOutcome] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('Copied.');
    } catch {
      setOutcome('The browser did not allow copying. Select the story and copy it instead.');
    }
  };
  return (
    <div className="story-actions">
      <button type="button" onClick={() => void copy()}>
        Copy story
      </button>
      <p className="status" role="status">
        {outcome}
      </p>
    </div>
  );
}
