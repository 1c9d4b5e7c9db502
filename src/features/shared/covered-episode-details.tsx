import type { RefObject } from 'react';
import { episodeRevealKeyOf } from '../../domain/reveal-keys';
import { useShow } from '../../stores/library-store';
import { itemRevealed } from '../../stores/reveals-store';
import { Placeholder } from './placeholder';

/** The placeholder for an episode's hidden title and synopsis, revealed together. */
export function CoveredEpisodeDetails({
  showId,
  code,
  label,
  onRevealed,
  revealButtonRef,
}: {
  showId: string;
  code: string;
  /** From coveredEpisodeDetails: "Title and synopsis", "Synopsis". */
  label: string;
  onRevealed?: () => void;
  revealButtonRef?: RefObject<HTMLButtonElement | null>;
}) {
  const episodes = useShow(showId)?.episodes;
  return (
    <Placeholder
      label={label}
      opensAfter={code}
      onReveal={() => {
        // The reveal is tied to the title and synopsis the show holds now.
        const revealKey = episodes ? episodeRevealKeyOf(episodes, code) : null;
        if (revealKey === null) return;
        onRevealed?.();
        void itemRevealed(showId, revealKey);
      }}
      revealButtonRef={revealButtonRef}
    />
  );
}
