import type { EarlierUnwatched } from '../../domain/episode-order';
import './earlier-episodes-offer.css';

/** After checking an episode: offered to mark the earlier ones too, or accepted. */
export interface EarlierOffer {
  state: 'offered' | 'accepted';
  earlier: EarlierUnwatched;
  /** The undo that checking the episode offered; accepting extends it while it is still offered. */
  undoId: number | null;
}

/** "S1E1–S1E4", "S1E4", or "the 3 earlier episodes" when watched ones lie between them. */
function earlierName({ codes, contiguous }: EarlierUnwatched): string {
  const first = codes[0] ?? '';
  const last = codes.at(-1) ?? '';
  if (!contiguous) return `the ${codes.length} earlier episodes`;
  return first === last ? first : `${first}–${last}`;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function message(code: string, offer: EarlierOffer | null): string {
  if (!offer) return '';
  const name = earlierName(offer.earlier);
  if (offer.state === 'accepted') return `${sentence(name)} marked watched.`;
  const verb = offer.earlier.codes.length === 1 ? 'is' : 'are';
  return `${code} marked watched. ${sentence(name)} ${verb} not marked yet.`;
}

/**
 * Sits right after the watched checkbox, so the next Tab reaches it. The status line is always in
 * the page, empty when there is nothing to say, so screen readers announce what appears in it.
 */
export function EarlierEpisodesOffer({
  code,
  offer,
  onAccept,
  onDismiss,
}: {
  code: string;
  offer: EarlierOffer | null;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className="earlier-offer">
      <p role="status">{message(code, offer)}</p>
      {offer?.state === 'offered' ? (
        <div className="earlier-offer-actions">
          <button type="button" className="button-quiet" onClick={onAccept}>
            Also mark {earlierName(offer.earlier)} watched
          </button>
          <button type="button" className="button-quiet" onClick={onDismiss}>
            Dismiss <span className="visually-hidden">offer for {code}</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
