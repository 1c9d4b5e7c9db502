import type { Episode } from '../../domain/pack';
import { episodeRevealKey } from '../../domain/reveal-keys';
import type { EpisodeRow } from '../../domain/views';
import { itemHiddenAgain } from '../../stores/reveals-store';
import { CoveredEpisodeDetails } from '../shared/covered-episode-details';
import { coveredEpisodeDetails } from '../shared/episode-details';
import { HideAgain } from '../shared/hide-again';
import { useFocusAfterChange } from '../shared/use-focus-after-change';

export function EpisodeSynopsis({
  showId,
  episode,
  row,
}: {
  showId: string;
  episode: Episode;
  row: EpisodeRow;
}) {
  const covered = coveredEpisodeDetails(episode, row);
  const { ref, expectChange } = useFocusAfterChange<HTMLElement>(covered);
  const { ref: revealButtonRef, expectChange: expectHidden } =
    useFocusAfterChange<HTMLButtonElement>(covered);
  return (
    <section ref={ref} className="panel" aria-labelledby="synopsis-heading" tabIndex={-1}>
      <h2 id="synopsis-heading">Synopsis</h2>
      {row.synopsis !== null ? (
        <p className="synopsis">{row.synopsis}</p>
      ) : covered !== null ? (
        <CoveredEpisodeDetails
          showId={showId}
          code={row.code}
          label={covered}
          onRevealed={expectChange}
          revealButtonRef={revealButtonRef}
        />
      ) : (
        <p>No synopsis has been written for this episode.</p>
      )}
      {row.synopsisRevealedEarly ? (
        <HideAgain
          onHide={() => {
            expectHidden();
            void itemHiddenAgain(showId, episodeRevealKey(episode));
          }}
        />
      ) : null}
    </section>
  );
}
