import { Link } from 'react-router';
import type { CharactersSection as CharactersSectionView } from '../../domain/pages/show-page';
import { characterPath, codexPath } from '../shared/character-paths';
import { ItemList } from '../shared/item-list';
import { LoadingState } from '../shared/loading-state';
import '../shared/character-list.css';

/** The characters known so far. One introduced after the horizon leaves no trace, not even a count. */
export function CharactersSection({
  showId,
  section,
}: {
  showId: string;
  section: CharactersSectionView;
}) {
  return (
    <section className="panel" aria-labelledby="characters-heading">
      <h2 id="characters-heading">Characters so far</h2>
      {section.status !== 'ready' ? (
        <LoadingState>Loading characters…</LoadingState>
      ) : section.cards.length === 0 ? (
        <p>No characters are known yet.</p>
      ) : (
        <ul className="character-list">
          {section.cards.map((card) => (
            <li key={card.id} className="character">
              <h3>
                <Link to={characterPath(showId, card.id)}>{card.name}</Link>
              </h3>
              {card.actor ? <p className="character-actor">Played by {card.actor}</p> : null}
              {card.facts.status === 'ready' ? (
                <ItemList showId={showId} items={card.facts.items} headingLevel={4} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {section.status === 'ready' && section.known > section.cards.length ? (
        <p>
          These are the {section.cards.length} you met most recently.{' '}
          <Link to={codexPath(showId)}>All {section.known} characters so far</Link>
        </p>
      ) : null}
    </section>
  );
}
