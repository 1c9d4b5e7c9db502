import type { RefObject } from 'react';
import { itemRevealed } from '../../stores/reveals-store';
import { Placeholder } from './placeholder';

/** The placeholder for an episode's hidden title and synopsis, revealed together. */
export function CoveredEpisodeDetails({
  showId,
  code,
  label,
  revealKey,
  onRevealed,
  revealButtonRef,
}: {
  showId: string;
  code: string;
  /** The row view's coveredDetails: "Title and synopsis", "Synopsis". */
  label: string;
  /** Tied to the title and synopsis the show holds now. */
  revealKey: string;
  onRevealed?: () => void;
  revealButtonRef?: RefObject<HTMLButtonElement | null>;
}) {
  return (
    <Placeholder
      label={label}
      opensAfter={code}
      onReveal={() => {
        onRevealed?.();
        void itemRevealed(showId, revealKey);
      }}
      revealButtonRef={revealButtonRef}
    />
  );
}
