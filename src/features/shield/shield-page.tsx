import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ShieldPage as ShieldView, ShowChoice } from '../../domain/pages/shield-page';
import { useShieldPage } from '../../stores/page-views/shield';
import { shieldPeeksEnded, useShieldPeeks } from '../../stores/shield-peeks';
import { LoadingState } from '../shared/loading-state';
import { useDocumentTitle } from '../shared/use-page-title';
import { ShieldResult } from './shield-result';
import './shield.css';

const NONE_REVEALED: ReadonlySet<string> = new Set();

/**
 * Checks a pasted text against one show. The text lives in this page's memory only: the box is
 * emptied on Check, so the checked text is on the page only as the result shows it.
 */
export function ShieldPage() {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(NONE_REVEALED);
  const peeked = useShieldPeeks();
  const request = useMemo(
    () => (text === null ? null : { text, revealed, peeked, locale: navigator.language }),
    [text, revealed, peeked],
  );
  useEffect(() => shieldPeeksEnded, []);
  const view = useShieldPage(params.get('show'), request);
  useDocumentTitle(view.documentTitle);

  const showChosen = useCallback(
    (showId: string) => {
      setRevealed(NONE_REVEALED);
      shieldPeeksEnded();
      setParams({ show: showId }, { replace: true });
    },
    [setParams],
  );
  const checked = useCallback((pasted: string) => {
    setRevealed(NONE_REVEALED);
    shieldPeeksEnded();
    setText(pasted);
  }, []);
  const toggled = useCallback((key: string, shown: boolean) => {
    setRevealed((before) => {
      const after = new Set(before);
      if (shown) after.add(key);
      else after.delete(key);
      return after;
    });
  }, []);

  return (
    <>
      <h1>Spoiler shield</h1>
      <p className="shield-intro">
        Paste an article, a message or a review. Sentences that mention what is still ahead of you
        are masked; the rest stays readable. The text stays on this page: it is never saved or sent
        anywhere, and it is gone when you leave.
      </p>
      {view.shows === null ? (
        <LoadingState>Loading your shows…</LoadingState>
      ) : view.shows.length === 0 ? (
        <p>
          Your library is empty. <Link to="/add">Add a show</Link> to check texts against it.
        </p>
      ) : (
        <>
          <ShieldForm
            shows={view.shows}
            chosenId={view.chosenId}
            onShowChosen={showChosen}
            onCheck={checked}
          />
          <CheckOutcome view={view} checkedText={text !== null} onToggle={toggled} />
        </>
      )}
    </>
  );
}

function ShieldForm({
  shows,
  chosenId,
  onShowChosen,
  onCheck,
}: {
  shows: readonly ShowChoice[];
  chosenId: string | null;
  onShowChosen: (showId: string) => void;
  onCheck: (text: string) => void;
}) {
  const showFieldId = useId();
  const textFieldId = useId();
  const hintId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  function submitted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const field = box.current;
    if (!field) return;
    onCheck(field.value);
    field.value = '';
  }
  return (
    <form className="panel shield-form" onSubmit={submitted}>
      <div className="field-row">
        <label htmlFor={showFieldId}>Show</label>
        <select
          id={showFieldId}
          value={chosenId ?? ''}
          onChange={(event) => onShowChosen(event.target.value)}
        >
          {chosenId === null ? (
            <option value="" disabled>
              Choose a show
            </option>
          ) : null}
          {shows.map((show) => (
            <option key={show.showId} value={show.showId}>
              {show.title}
            </option>
          ))}
        </select>
      </div>
      <div className="shield-field">
        <label htmlFor={textFieldId}>Text to check</label>
        <p id={hintId} className="hint">
          The box empties when you check, so the text shows only as the result below.
        </p>
        {/* No name, so the text can never become part of an address; no spell checking, which
            some browsers do on a server. */}
        <textarea
          ref={box}
          id={textFieldId}
          aria-describedby={hintId}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          rows={8}
        />
      </div>
      <button type="submit" className="button-primary">
        Check
      </button>
    </form>
  );
}

function CheckOutcome({
  view,
  checkedText,
  onToggle,
}: {
  view: ShieldView;
  checkedText: boolean;
  onToggle: (key: string, shown: boolean) => void;
}) {
  const { check } = view;
  switch (check.status) {
    case 'none':
      return <p>Choose a show to check a text against.</p>;
    case 'loading':
      return checkedText ? <LoadingState>Loading the show before checking…</LoadingState> : null;
    case 'unreadable':
      return (
        <p className="problem">
          This show’s recaps could not be read, so nothing can be checked against them.
        </p>
      );
    case 'ready':
      return check.result === null ? null : (
        <ShieldResult showTitle={check.showTitle} result={check.result} onToggle={onToggle} />
      );
  }
}
