import { memo } from 'react';
import { Link } from 'react-router';
import type { CodeOrder } from '../../domain/episode-order';
import type { PeekedEpisodeDetails } from '../../domain/pages/episode-rows';
import { itemHiddenAgain } from '../../stores/reveal-actions';
import { CoveredEpisodeDetails } from '../shared/covered-episode-details';
import { HideAgain } from '../shared/hide-again';
import { useFocusAfterChange } from '../shared/use-focus-after-change';
import { WatchedCheckbox } from '../shared/watched-checkbox';

export interface EpisodeRowProps {
  element: 'li' | 'div';
  showId: string;
  /** Codes in watch order, for the offer to mark earlier ones; the same object for every row. */
  order: CodeOrder;
  code: string;
  /** The title when the gate shows it, else "Episode 7". */
  label: string;
  synopsis: string | null;
  /** What a reveal would uncover, or null when nothing is covered. */
  coveredDetails: string | null;
  /** What Reveal reveals when coveredDetails is set. */
  revealKey: string | null;
  /** Set when the title and synopsis show only because they were revealed early. */
  hideKey: string | null;
  /** The covered details while the user peeks at them, for the placeholder's place. */
  peeked: PeekedEpisodeDetails | null;
  watched: boolean;
}

/** One episode in the list. Props are plain values so unchanged rows skip re-rendering. */
export const EpisodeRowView = memo(function EpisodeRowView({
  element: Element,
  showId,
  order,
  code,
  label,
  synopsis,
  coveredDetails,
  revealKey,
  hideKey,
  peeked,
  watched,
}: EpisodeRowProps) {
  const { ref, expectChange } = useFocusAfterChange<HTMLAnchorElement>(coveredDetails);
  const { ref: revealButtonRef, expectChange: expectHidden } =
    useFocusAfterChange<HTMLButtonElement>(coveredDetails);
  return (
    <Element className={watched ? 'episode-row is-watched' : 'episode-row'}>
      <WatchedCheckbox showId={showId} code={code} watched={watched} order={order} />
      <div className="episode-text">
        <Link ref={ref} className="episode-link" to={`/shows/${showId}/episodes/${code}`}>
          <span className="episode-code">{code}</span> <span>{label}</span>
        </Link>
        {synopsis !== null ? <p className="synopsis">{synopsis}</p> : null}
        {coveredDetails !== null && revealKey !== null ? (
          <CoveredEpisodeDetails
            showId={showId}
            code={code}
            label={coveredDetails}
            revealKey={revealKey}
            peeked={peeked}
            onRevealed={expectChange}
            revealButtonRef={revealButtonRef}
          />
        ) : null}
        {hideKey !== null ? (
          <HideAgain
            onHide={() => {
              expectHidden();
              void itemHiddenAgain(showId, hideKey);
            }}
          />
        ) : null}
      </div>
    </Element>
  );
});
