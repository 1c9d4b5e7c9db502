import { useRef, useState } from 'react';
import { episodeOrder } from '../../domain/episode-order';
import type { Episode } from '../../domain/pack';
import { episodesMarked, episodeWatched, useAllWatched } from '../../stores/progress-store';
import { EarlierEpisodesOffer, type EarlierOffer } from './earlier-episodes-offer';

const NO_CODES: readonly string[] = [];

/**
 * The watched toggle; its accessible name is "Watched S1E4" wherever it appears. Checking an
 * episode while earlier ones are unwatched offers, right after it, to mark those too.
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
  /** The show's episodes in canonical order; only read when the box is checked. */
  episodes: readonly Episode[];
}) {
  const checkbox = useRef<HTMLInputElement>(null);
  const [offer, setOffer] = useState<EarlierOffer | null>(null);
  const offered = offer?.state === 'offered' ? offer.earlier.codes : NO_CODES;
  const offeredAllWatched = useAllWatched(showId, offered);
  // Unchecked since, or the earlier ones were marked some other way: the offer no longer applies.
  if (offer && (!watched || (offer.state === 'offered' && offeredAllWatched))) setOffer(null);

  function toggled(checked: boolean) {
    if (!checked) {
      setOffer(null);
      void episodesMarked(showId, [code], false);
      return;
    }
    const earlier = episodeWatched(showId, episodeOrder(episodes), code);
    setOffer(earlier.codes.length > 0 ? { state: 'offered', earlier } : null);
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
          void episodesMarked(showId, offer.earlier.codes, true);
          closed({ ...offer, state: 'accepted' });
        }}
        onDismiss={() => closed(null)}
      />
    </>
  );
}
