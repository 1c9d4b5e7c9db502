import type { RefObject } from 'react';
import { ENTRY_KIND_LABELS } from '../../domain/pack';
import type { CoveredEntry } from '../../domain/views';
import { Placeholder } from './placeholder';

/** A covered entry: it receives only the covered view, so nothing else of the entry can leak. */
export function CoveredPlaceholder({
  covered,
  onReveal,
  revealButtonRef,
}: {
  covered: CoveredEntry;
  onReveal: () => void;
  revealButtonRef?: RefObject<HTMLButtonElement | null>;
}) {
  return (
    <Placeholder
      label={ENTRY_KIND_LABELS[covered.kind]}
      opensAfter={covered.opensAfter}
      onReveal={onReveal}
      revealButtonRef={revealButtonRef}
    />
  );
}
