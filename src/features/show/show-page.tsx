import { useParams } from 'react-router';
import { usePageTitle } from '../shared/use-page-title';
import { newsEntries, showWideEntries } from '../../domain/views';
import type { StoredShow } from '../../storage/database';
import { useEntriesGate, useGate } from '../../stores/use-gate';
import { useShowEntries } from '../../stores/use-show-entries';
import { CoveredNotesSection } from '../notes/covered-notes-section';
import { RevealedSection } from '../reveals/revealed-section';
import { ShowSearch } from '../search/show-search';
import { KnownShow } from '../shared/known-show';
import { CharactersSection } from './characters-section';
import { EpisodeList } from './episode-list';
import { EntriesPanel } from './entries-panel';

export function ShowPage() {
  const { showId = '' } = useParams();
  return <KnownShow showId={showId}>{(stored) => <ShowContent stored={stored} />}</KnownShow>;
}

function ShowContent({ stored }: { stored: StoredShow }) {
  const { show, episodes, characters } = stored;
  usePageTitle(show.title);
  const gate = useGate(show.id);
  const entriesState = useShowEntries(show.id);
  const entriesGate = useEntriesGate(show.id);
  const facts = [show.network, show.premiered && `premiered ${show.premiered}`].filter(Boolean);
  return (
    <div className="show-page">
      <header className="page-header">
        <h1>{show.title}</h1>
        {facts.length > 0 ? <p className="show-facts">{facts.join(' · ')}</p> : null}
        {show.summary ? <p className="premise">{show.summary}</p> : null}
        <ShowSearch stored={stored} />
      </header>
      <div className="show-layout">
        <section className="show-episodes" aria-labelledby="episodes-heading">
          <h2 id="episodes-heading">Episodes</h2>
          <EpisodeList showId={show.id} episodes={episodes} />
        </section>
        <div className="show-aside">
          <EntriesPanel
            showId={show.id}
            gate={entriesGate}
            entriesState={entriesState}
            pick={showWideEntries}
            headingId="about-heading"
            heading="About the show"
            loading="Loading…"
            empty={null}
          />
          <CharactersSection
            showId={show.id}
            characters={characters}
            gate={gate}
            entriesGate={entriesGate}
            entriesState={entriesState}
          />
          <EntriesPanel
            showId={show.id}
            gate={entriesGate}
            entriesState={entriesState}
            pick={newsEntries}
            headingId="news-heading"
            heading="News"
            loading="Loading news…"
            empty="No news for this show yet."
          />
          <RevealedSection showId={show.id} episodes={episodes} entriesState={entriesState} />
          <CoveredNotesSection showId={show.id} />
        </div>
      </div>
    </div>
  );
}
