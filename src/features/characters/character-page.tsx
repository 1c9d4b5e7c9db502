import { Link, useParams } from 'react-router';
import type { CharacterMentionLink } from '../../domain/pages/character-page';
import type { CodexCharacter, EntriesStatus } from '../../domain/pages/character-facts';
import { useCharacterPage } from '../../stores/page-views/characters';
import { codexPath } from '../shared/character-paths';
import { EntriesProblem } from '../shared/entries-problem';
import { KnownShow } from '../shared/known-show';
import { LoadingState } from '../shared/loading-state';
import { ShareButton } from '../shared/share-button';
import { useDocumentTitle } from '../shared/use-page-title';
import { CharacterFacts } from './character-facts';

/**
 * `/shows/:showId/characters/:characterId`. The id from the address is used only to look the
 * character up: a character not met yet and an unknown id get the same page, which never shows it.
 */
export function CharacterPage() {
  const { showId = '', characterId = '' } = useParams();
  return (
    <KnownShow showId={showId}>
      {() => <CharacterContent showId={showId} characterId={characterId} />}
    </KnownShow>
  );
}

function CharacterContent({ showId, characterId }: { showId: string; characterId: string }) {
  const view = useCharacterPage(showId, characterId);
  useDocumentTitle(view.documentTitle);
  if (view.status === 'loading' || view.status === 'unavailable') {
    return <LoadingState>Loading this character…</LoadingState>;
  }
  return (
    <div className="character-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/shows/${encodeURIComponent(showId)}`}>{view.showTitle}</Link>
        {' › '}
        <Link to={codexPath(showId)}>Characters</Link>
      </nav>
      <ShareButton
        showId={showId}
        path={codexPath(showId)}
        note="It leads to the show's characters page, not to this character: their name would be in the address."
      />
      {view.status === 'not-met' ? (
        <NotMetYet showId={showId} showTitle={view.showTitle} />
      ) : (
        <MetCharacter
          showId={showId}
          character={view.character}
          entries={view.entries}
          mentions={view.mentions}
        />
      )}
    </div>
  );
}

function NotMetYet({ showId, showTitle }: { showId: string; showTitle: string }) {
  return (
    <>
      <h1>Nobody you have met yet</h1>
      <p>
        This address does not lead to anyone you have met in {showTitle} so far. People join the
        codex once you have watched the episode they first appear in.
      </p>
      <p>
        <Link to={codexPath(showId)}>See who you have met</Link>
      </p>
    </>
  );
}

function MetCharacter({
  showId,
  character,
  entries,
  mentions,
}: {
  showId: string;
  character: CodexCharacter;
  entries: EntriesStatus;
  mentions: readonly CharacterMentionLink[];
}) {
  return (
    <>
      <header className="page-header">
        <h1>{character.name}</h1>
        {character.actor ? <p className="character-actor">Played by {character.actor}</p> : null}
        <p>{character.introduced}</p>
      </header>
      {entries === 'loading' ? <LoadingState>Loading what you know of them…</LoadingState> : null}
      {entries === 'unreadable' ? <EntriesProblem /> : null}
      {entries === 'ready' ? (
        <>
          <section className="panel" aria-labelledby="facts-heading">
            <h2 id="facts-heading">What you know</h2>
            {character.facts.length === 0 ? (
              <p>Nothing is known of them yet.</p>
            ) : (
              <CharacterFacts showId={showId} facts={character.facts} headingLevel={3} />
            )}
          </section>
          <section className="panel" aria-labelledby="mentions-heading">
            <h2 id="mentions-heading">In recaps and reveals</h2>
            {mentions.length === 0 ? (
              <p>No recap or reveal you can read names them yet.</p>
            ) : (
              <ul className="mention-list">
                {mentions.map((mention, position) => (
                  <li key={position}>
                    <MentionLink showId={showId} mention={mention} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}

function MentionLink({ showId, mention }: { showId: string; mention: CharacterMentionLink }) {
  const { kindLabel, title, episodeCode, anchor } = mention;
  const page =
    episodeCode === null
      ? `/shows/${encodeURIComponent(showId)}`
      : `/shows/${encodeURIComponent(showId)}/episodes/${episodeCode}`;
  const where = episodeCode ?? 'About the show';
  return (
    <>
      <span className="mention-kind">
        {kindLabel} · {where}:
      </span>{' '}
      <Link to={`${page}#${anchor}`}>{title ?? `${kindLabel} of ${where}`}</Link>
    </>
  );
}
