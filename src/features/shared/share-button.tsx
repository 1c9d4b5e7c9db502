import { useState, type ReactNode } from 'react';
import { useHref } from 'react-router';
import { useSafeLink } from '../../stores/page-views/safe-link';
import { SAFE_UP_TO_PARAM } from '../../stores/safe-up-to-store';
import './share-links.css';

/** The only title a share sheet gets: never an episode's or an entry's text. */
const SHARE_TITLE = 'Previously';
const NO_LIMIT = '';
/** What the choice shows once the episode chosen is no longer one the sender has watched. */
const CHOOSE_AGAIN = 'choose-again';
/** One Share per page; a fixed id keeps pages that must be alike (an unknown id's) alike. */
const PANEL_ID = 'share-panel';

type Outcome = { status: 'idle' } | { status: 'copied' } | { status: 'by-hand'; url: string };

/**
 * "Share": a link to `path` (a show or episode address, codes only), with the sender's choice of
 * "safe up to" among the episodes they have watched. The share sheet where the browser has one,
 * else the clipboard, else the link in a field to copy by hand.
 */
export function ShareButton({
  showId,
  path,
  note,
}: {
  showId: string;
  path: string;
  /** What the link leads to, when that is not the page itself. */
  note?: ReactNode;
}) {
  const { shareCodes } = useSafeLink(showId);
  const [open, setOpen] = useState(false);
  const [safeUpTo, setSafeUpTo] = useState(NO_LIMIT);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const href = useHref(path);
  const canShareSheet = typeof navigator.share === 'function';
  // A limit chosen, then unmarked or left with another profile, is not dropped for "No limit":
  // nothing is sent until the sender chooses again.
  const limitLost = safeUpTo !== NO_LIMIT && !shareCodes.includes(safeUpTo);
  const limit = limitLost ? NO_LIMIT : safeUpTo;

  const linkUrl = () => {
    const url = new URL(href, window.location.origin);
    if (limit !== NO_LIMIT) url.searchParams.set(SAFE_UP_TO_PARAM, limit);
    return url.href;
  };

  const send = async () => {
    const url = linkUrl();
    setOutcome({ status: 'idle' });
    const data = { title: SHARE_TITLE, url };
    if (canShareSheet && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ status: 'copied' });
    } catch {
      setOutcome({ status: 'by-hand', url });
    }
  };

  return (
    <div className="share">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen(!open)}
      >
        Share
      </button>
      {/* Built only while open: its choice lists every episode watched, thousands on a long show. */}
      <div id={PANEL_ID} className="share-panel" hidden={!open}>
        {open ? (
          <>
            <p>The link holds only the show’s id and an episode code, never a title.</p>
            {note ? <p>{note}</p> : null}
            <label>
              Safe up to{' '}
              <select
                value={limitLost ? CHOOSE_AGAIN : limit}
                onChange={(event) => setSafeUpTo(event.target.value)}
              >
                {limitLost ? (
                  <option value={CHOOSE_AGAIN} disabled>
                    Choose again
                  </option>
                ) : null}
                <option value={NO_LIMIT}>No limit</option>
                {shareCodes.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </label>
            {limitLost ? (
              <p role="alert">
                Choose “Safe up to” again: the episode you chose is no longer one you have watched.
              </p>
            ) : null}
            <button type="button" disabled={limitLost} onClick={() => void send()}>
              {canShareSheet ? 'Share link' : 'Copy link'}
            </button>
            <p role="status" className="share-status">
              {outcome.status === 'copied' ? 'Link copied' : ''}
            </p>
            {outcome.status === 'by-hand' ? (
              <label className="share-by-hand">
                The link could not be copied; copy it from here{' '}
                <input
                  type="text"
                  readOnly
                  autoFocus
                  value={outcome.url}
                  onFocus={(event) => event.target.select()}
                />
              </label>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
