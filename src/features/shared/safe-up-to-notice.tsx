import { useSearchParams } from 'react-router';
import { useSafeLink } from '../../stores/page-views/safe-link';
import { SAFE_UP_TO_PARAM, safeUpToLifted } from '../../stores/safe-up-to-store';
import { IsolatedText } from './isolated-text';
import './share-links.css';

/** Says, on every page of a show, that a shared link's "safe up to" holds it back, and lifts it. */
export function SafeUpToNotice({ showId }: { showId: string }) {
  const { notice } = useSafeLink(showId);
  const [, setParams] = useSearchParams();
  if (notice === null) return null;

  const lift = () => {
    safeUpToLifted(showId);
    setParams(
      (params) => {
        const rest = new URLSearchParams(params);
        rest.delete(SAFE_UP_TO_PARAM);
        return rest;
      },
      { replace: true },
    );
    document.getElementById('main')?.focus();
  };

  return (
    <section className="safe-up-to-notice" aria-label="Shared link">
      <p>
        {notice.status === 'capped' ? (
          `Safe up to ${notice.code}, from a shared link: nothing after ${notice.code} is shown, whatever you have watched or revealed.`
        ) : notice.status === 'unknown' ? (
          <IsolatedText
            text={`The shared link's "safe up to" value ${notice.value} is no episode of this show, so everything tied to an episode stays covered.`}
          />
        ) : (
          `The shared link's "safe up to" value is not an episode code, so everything tied to an episode stays covered.`
        )}
      </p>
      <button type="button" onClick={lift}>
        Lift the limit
      </button>
    </section>
  );
}
