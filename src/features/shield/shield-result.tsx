import type { ShieldResult as ResultView, ShieldSentence } from '../../domain/pages/shield-page';
import { SHIELD_PEEKS_ID } from '../../stores/shield-peeks';
import { usePeekSeconds } from '../../stores/settings-store';
import { GatedListItem } from '../shared/gated-list-item';
import { peekOf } from '../shared/peek-of';

/**
 * The checked text, sentence by sentence. A masked sentence is a placeholder until revealed, or
 * peeked at, on purpose; its text is not on the page before that, nor after a peek ends.
 */
export function ShieldResult({
  showTitle,
  result,
  onToggle,
}: {
  showTitle: string;
  result: ResultView;
  onToggle: (key: string, shown: boolean) => void;
}) {
  const peekSeconds = usePeekSeconds();
  return (
    <section className="shield-result" aria-labelledby="shield-result-heading">
      <h2 id="shield-result-heading">Checked against {showTitle}</h2>
      <p role="status">{result.summary}</p>
      <ol className="entry-list shield-sentences">
        {result.sentences.map((sentence, index) =>
          sentence.state === 'readable' ? (
            <li key={index} className="shield-sentence">
              {sentence.text}
            </li>
          ) : (
            <GatedListItem
              key={index}
              covered={
                sentence.state === 'masked'
                  ? { kindLabel: 'Masked', opensAfter: sentence.opensAfter }
                  : null
              }
              onReveal={() => {
                if (sentence.state === 'masked') onToggle(sentence.revealKey, true);
              }}
              onHideAgain={
                sentence.state === 'revealed' ? () => onToggle(sentence.hideKey, false) : undefined
              }
              peek={peekOf(SHIELD_PEEKS_ID, asItem(sentence), peekSeconds)}
            >
              {sentence.state === 'masked' ? null : (
                <p className="shield-sentence">{sentence.text}</p>
              )}
            </GatedListItem>
          ),
        )}
      </ol>
    </section>
  );
}

/** A sentence as a gated item, for the Peek it offers or the peek running on it. */
function asItem(sentence: Exclude<ShieldSentence, { state: 'readable' }>) {
  switch (sentence.state) {
    case 'masked':
      return { state: 'covered', revealKey: sentence.revealKey } as const;
    case 'peeked':
      return { state: 'visible', peekKey: sentence.peekKey } as const;
    case 'revealed':
      return { state: 'visible' } as const;
  }
}
