import { useId } from 'react';
import type { ShowRulesView } from '../../domain/pages/show-rules-view';
import type { Distance, UpcomingDetail } from '../../domain/show-rules';
import { strictModeChosen, upcomingChosen, upcomingReset } from '../../stores/show-rules-store';
import { MetCharacterForm } from './met-character-form';

const DISTANCES: readonly { distance: Distance; label: string }[] = [
  { distance: 'next', label: 'Next episode' },
  { distance: 'season', label: 'Rest of its season' },
  { distance: 'later', label: 'Later seasons' },
];

const DETAILS: readonly { detail: UpcomingDetail; label: string }[] = [
  { detail: 'hidden', label: 'Hidden' },
  { detail: 'title', label: 'Title' },
  { detail: 'title-and-synopsis', label: 'Title and synopsis' },
];

/** This show's own spoiler rules: strict mode, and what upcoming episodes show by distance. */
export function ShowRulesPanel({ showId, rules }: { showId: string; rules: ShowRulesView }) {
  const strictHintId = useId();
  const upcomingHintId = useId();
  return (
    <section className="panel" aria-labelledby="show-rules-heading">
      <h2 id="show-rules-heading">Spoiler rules for this show</h2>
      <div className="choice">
        <label>
          <input
            type="checkbox"
            checked={rules.strict}
            aria-describedby={strictHintId}
            onChange={(event) => void strictModeChosen(showId, event.target.checked)}
          />
          Strict mode
        </label>
        <p id={strictHintId} className="hint">
          Also hides air dates, how many episodes a season you have not finished has, and how many
          things are covered on an episode.
        </p>
      </div>
      {rules.meetByName ? <MetCharacterForm showId={showId} find={rules.meetByName} /> : null}
      <fieldset className="upcoming-rules" aria-describedby={upcomingHintId}>
        <legend>Upcoming episodes</legend>
        <p id={upcomingHintId} className="hint">
          {rules.ownUpcoming
            ? 'What episodes you have not watched show, for this show only.'
            : 'What episodes you have not watched show; until you change it here, your choice in Settings.'}
        </p>
        {DISTANCES.map(({ distance, label }) => (
          <div key={distance} className="field-row">
            <label>
              {label}{' '}
              <select
                value={rules.upcoming[distance]}
                onChange={(event) => {
                  const chosen = DETAILS.find(({ detail }) => detail === event.target.value);
                  if (chosen) void upcomingChosen(showId, rules.upcoming, distance, chosen.detail);
                }}
              >
                {DETAILS.map(({ detail, label: detailLabel }) => (
                  <option key={detail} value={detail}>
                    {detailLabel}
                  </option>
                ))}
              </select>
            </label>
          </div>
        ))}
        {rules.ownUpcoming ? (
          <button type="button" className="button-quiet" onClick={() => void upcomingReset(showId)}>
            Use my choice in Settings
          </button>
        ) : null}
      </fieldset>
    </section>
  );
}
