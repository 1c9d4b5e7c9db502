import { useRef, useState } from 'react';
import { episodeOrder } from '../../domain/episode-order';
import type { Episode } from '../../domain/pack';
import {
  earlierEpisodesWatched,
  episodeUnwatched,
  episodeWatched,
  useAllWatched,
} from '../../stores/progress-store';
import { EarlierEpisodesOffer, type EarlierOffer } from './earlier-episodes-offer';

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
  episodes,
}: {
  showId: string;
  code: string;
  watched: boolean;
  /** The show's episodes in canonical order; only read when the box is toggled. */
  episodes: readonly Episode[];
}) {
  const checkbox = useRef<HTMLInputElement>(null);
  const [offer, setOffer] = useState<EarlierOffer | null>(null);
  const earlierAllWatched = useAllWatched(showId, offer?.earlier.codes ?? NO_CODES);
  // Unchecked since, the earlier ones were marked some other way, or an accepted offer was undone:
  // what it says no longer holds.
  const outdated = offer?.state === 'offered' ? earlierAllWatched : !earlierAllWatched;
  if (offer && (!watched || outdated)) setOffer(null);

  function toggled(checked: boolean) {
    const order = episodeOrder(episodes);
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
          const order = episodeOrder(episodes);
          earlierEpisodesWatched(showId, order, code, offer.earlier.codes, offer.undoId);
          closed({ ...offer, state: 'accepted' });
        }}
        onDismiss={() => closed(null)}
      />
    </>
  );
}
