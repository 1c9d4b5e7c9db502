import type { EpisodeRowView } from '../../domain/pages/episode-rows';
import { itemHiddenAgain } from '../../stores/reveal-actions';
import { CoveredEpisodeDetails } from '../shared/covered-episode-details';
import { HideAgain } from '../shared/hide-again';
import { useFocusAfterChange } from '../shared/use-focus-after-change';

export function EpisodeSynopsis({ showId, episode }: { showId: string; episode: EpisodeRowView }) {
  const covered = episode.coveredDetails;
  const { ref, expectChange } = useFocusAfterChange<HTMLElement>(covered);
  const { ref: revealButtonRef, expectChange: expectHidden } =
    useFocusAfterChange<HTMLButtonElement>(covered);
  const { hideKey, revealKey } = episode;
  return (
    <section ref={ref} className="panel" aria-labelledby="synopsis-heading" tabIndex={-1}>
      <h2 id="synopsis-heading">Synopsis</h2>
      {episode.synopsis !== null ? (
        <p className="synopsis">{episode.synopsis}</p>
      ) : covered !== null && revealKey !== null ? (
        <CoveredEpisodeDetails
          showId={showId}
          code={episode.code}
          label={covered}
          revealKey={revealKey}
          peeked={episode.peeked}
          onRevealed={expectChange}
          revealButtonRef={revealButtonRef}
        />
      ) : (
        <p>No synopsis has been written for this episode.</p>
      )}
      {hideKey !== null ? (
        <HideAgain
          onHide={() => {
            expectHidden();
            void itemHiddenAgain(showId, hideKey);
          }}
        />
      ) : null}
    </section>
  );
}
