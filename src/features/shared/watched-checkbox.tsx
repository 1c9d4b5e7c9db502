import { useRef, useState } from 'react';
import type { CodeOrder } from '../../domain/episode-order';
import { useAllWatched } from '../../stores/progress-store';
import {
  earlierEpisodesWatched,
  episodeUnwatched,
  episodeWatched,
} from '../../stores/progress-marks';
import { EarlierEpisodesOffer, type EarlierOffer } from './earlier-episodes-offer';
import './watched-checkbox.css';

const NO_CODES: readonly string[] = [];

/**
 * The watched toggle; its accessible name is "Watched S1E4" wherever it appears. Checking an
 * episode while earlier ones are unwatched offers, right after it, to mark those too: the one
 * "through here" control of a row, there only when it applies.
 */
export function WatchedCheckbox({
  showId,
  code,
  watched,
  order,
}: {
  showId: string;
  code: string;
  watched: boolean;
  /** Codes in watch order; only read when the box is toggled. */
  order: CodeOrder;
}) {
  const checkbox = useRef<HTMLInputElement>(null);
  const [offer, setOffer] = useState<EarlierOffer | null>(null);
  const earlierAllWatched = useAllWatched(showId, offer?.earlier.codes ?? NO_CODES);
  // Unchecked since, the earlier ones were marked some other way, or an accepted offer was undone:
  // what it says no longer holds.
  const outdated = offer?.state === 'offered' ? earlierAllWatched : !earlierAllWatched;
  if (offer && (!watched || outdated)) setOffer(null);

  function toggled(checked: boolean) {
    if (!checked) {
      setOffer(null);
      episodeUnwatched(showId, order, code);
      return;
    }
    const { earlier, undoId } = episodeWatched(showId, order, code);
    setOffer(earlier.codes.length > 0 ? { state: 'offered', earlier, undoId } : null);
  }

  function closed(next: EarlierOffer | null) {
    setOffer(next);
    checkbox.current?.focus();
  }

  return (
    <>
      <label className="watched-toggle">
        <input
          ref={checkbox}
          type="checkbox"
          checked={watched}
          onChange={(event) => toggled(event.currentTarget.checked)}
        />
        <span>
          Watched <span className="visually-hidden">{code}</span>
        </span>
      </label>
      <EarlierEpisodesOffer
        code={code}
        offer={offer}
        onAccept={() => {
          if (!offer) return;
          earlierEpisodesWatched(showId, order, code, offer.earlier.codes, offer.undoId);
          closed({ ...offer, state: 'accepted' });
        }}
        onDismiss={() => closed(null)}
      />
    </>
  );
}
