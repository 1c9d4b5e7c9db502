import { useId } from 'react';
import type { UpcomingTitles } from '../../stores/settings-store';
import { upcomingTitlesChosen, useUpcomingTitles } from '../../stores/settings-store';
import './settings.css';

const CHOICES: readonly { value: UpcomingTitles; label: string; hint: string }[] = [
  {
    value: 'next',
    label: 'Next episode only',
    hint: 'Show the title of the episode after the last one you watched.',
  },
  { value: 'all', label: 'All', hint: 'Show every title, even of episodes you have not reached.' },
  { value: 'none', label: 'None', hint: 'Show titles only of episodes you have watched.' },
];

export function UpcomingTitlesSetting() {
  const current = useUpcomingTitles();
  const hintId = useId();
  return (
    <section className="panel">
      <fieldset className="choices">
        <legend>Upcoming episode titles</legend>
        {CHOICES.map((choice) => (
          <div key={choice.value} className="choice">
            <label>
              <input
                type="radio"
                name="upcoming-titles"
                value={choice.value}
                checked={current === choice.value}
                aria-describedby={`${hintId}-${choice.value}`}
                onChange={() => void upcomingTitlesChosen(choice.value)}
              />
              {choice.label}
            </label>
            <p id={`${hintId}-${choice.value}`} className="hint">
              {choice.hint}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
