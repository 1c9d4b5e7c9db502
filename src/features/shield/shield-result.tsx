import type { ShieldResult as ResultView } from '../../domain/pages/shield-page';
import { GatedListItem } from '../shared/gated-list-item';

/**
 * The checked text, sentence by sentence. A masked sentence is a placeholder until revealed on
 * purpose; its text is not on the page before that.
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
            >
              {sentence.state === 'revealed' ? (
                <p className="shield-sentence">{sentence.text}</p>
              ) : null}
            </GatedListItem>
          ),
        )}
      </ol>
    </section>
  );
}
