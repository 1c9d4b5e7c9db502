import type { RefObject } from 'react';
import { Placeholder } from './placeholder';

/** What a placeholder may say of a covered item: its kind and when it opens, nothing else. */
export interface CoveredLabel {
  readonly kindLabel: string;
  readonly opensAfter: string | null;
}

export function CoveredPlaceholder({
  covered,
  onReveal,
  revealButtonRef,
  onPeek,
  peekButtonRef,
}: {
  covered: CoveredLabel;
  onReveal: () => void;
  revealButtonRef?: RefObject<HTMLButtonElement | null>;
  onPeek?: (() => void) | undefined;
  peekButtonRef?: RefObject<HTMLButtonElement | null>;
}) {
  return (
    <Placeholder
      label={covered.kindLabel}
      opensAfter={covered.opensAfter}
      onReveal={onReveal}
      revealButtonRef={revealButtonRef}
      onPeek={onPeek}
      peekButtonRef={peekButtonRef}
    />
  );
}
