import { ENTRY_KIND_LABELS } from '../../domain/pack';
import type { CoveredEntry } from '../../domain/views';
import { Placeholder } from './placeholder';

/** A covered entry: it receives only the covered view, so nothing else of the entry can leak. */
export function CoveredPlaceholder({
  covered,
  onReveal,
}: {
  covered: CoveredEntry;
  onReveal: () => void;
}) {
  return (
    <Placeholder
      label={ENTRY_KIND_LABELS[covered.kind]}
      opensAfter={covered.opensAfter}
      onReveal={onReveal}
    />
  );
}
