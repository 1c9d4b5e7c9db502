import { episodeRevealKey } from '../../domain/gate';
import { itemRevealed } from '../../stores/reveals-store';
import { Placeholder } from './placeholder';

/** The placeholder for an episode's hidden title and synopsis, revealed together. */
export function CoveredEpisodeDetails({
  showId,
  code,
  label,
  onRevealed,
}: {
  showId: string;
  code: string;
  /** From coveredEpisodeDetails: "Title and synopsis", "Synopsis". */
  label: string;
  onRevealed?: () => void;
}) {
  return (
    <Placeholder
      label={label}
      opensAfter={code}
      onReveal={() => {
        onRevealed?.();
        void itemRevealed(showId, episodeRevealKey(code));
      }}
    />
  );
}
