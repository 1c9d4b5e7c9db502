import { Link, useParams } from 'react-router';
import { useCharactersPage } from '../../stores/page-views/characters';
import { characterPath } from '../shared/character-paths';
import { EntriesProblem } from '../shared/entries-problem';
import { KnownShow } from '../shared/known-show';
import { LoadingState } from '../shared/loading-state';
import { useDocumentTitle } from '../shared/use-page-title';
import { CharacterFacts } from './character-facts';
import '../shared/character-list.css';

/** `/shows/:showId/characters`: who is known so far. KnownShow says why a show cannot be shown. */
export function CharactersPage() {
  const { showId = '' } = useParams();
  return <KnownShow showId={showId}>{() => <Codex showId={showId} />}</KnownShow>;
}

function Codex({ showId }: { showId: string }) {
  const view = useCharactersPage(showId);
  useDocumentTitle(view.documentTitle);
  if (view.status !== 'ready') return <LoadingState>Loading characters…</LoadingState>;
  return (
    <div className="characters-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/shows/${encodeURIComponent(showId)}`}>{view.showTitle}</Link>
      </nav>
      <header className="page-header">
        <h1>Characters so far</h1>
        <p>
          Everyone you have met in {view.showTitle}, with what you know of them as of the furthest
          episode you have watched.
        </p>
      </header>
      {view.entries === 'loading' ? (
        <LoadingState>Loading what you know of them…</LoadingState>
      ) : null}
      {view.entries === 'unreadable' ? <EntriesProblem /> : null}
      {view.characters.length === 0 ? (
        <p>You have not met anyone yet.</p>
      ) : (
        <ul className="character-list">
          {view.characters.map((character) => (
            <li key={character.id} className="character panel">
              <h2>
                <Link to={characterPath(showId, character.id)}>{character.name}</Link>
              </h2>
              {character.actor ? (
                <p className="character-actor">Played by {character.actor}</p>
              ) : null}
              {character.facts.length > 0 ? (
                <CharacterFacts showId={showId} facts={character.facts} headingLevel={3} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
