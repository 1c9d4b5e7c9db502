import type { ComponentType } from 'react';
import { Link, useParams } from 'react-router';
import type { ReadyShowPage } from '../../domain/pages/show-page';
import { useShowPage } from '../../stores/page-views/show-page';
import { codexPath } from '../shared/character-paths';
import { KnownShow } from '../shared/known-show';
import { ShareButton } from '../shared/share-button';
import { useDocumentTitle } from '../shared/use-page-title';
import { CharactersSection } from './characters-section';
import { EpisodeList } from './episode-list';
import { EntriesPanel } from './entries-panel';
import { ShowRulesPanel } from './show-rules-panel';
import './show.css';

/** Sections other features make, composed in by the app (src/app/show-route.tsx). */
export interface ShowPageSections {
  Search: ComponentType<{ showId: string; title: string }>;
  Revealed: ComponentType<{ showId: string; list: ReadyShowPage['revealed'] }>;
  CoveredNotes: ComponentType<{ showId: string; view: ReadyShowPage['coveredNotes'] }>;
}

export function ShowPage(sections: ShowPageSections) {
  const { showId = '' } = useParams();
  const view = useShowPage(showId);
  return (
    <KnownShow showId={showId}>
      {() => (view.status === 'ready' ? <ShowContent view={view} sections={sections} /> : null)}
    </KnownShow>
  );
}

function ShowContent({ view, sections }: { view: ReadyShowPage; sections: ShowPageSections }) {
  const { showId } = view;
  const { Search, Revealed, CoveredNotes } = sections;
  useDocumentTitle(view.documentTitle);
  return (
    <div className="show-page">
      <header className="page-header">
        <h1>{view.title}</h1>
        {view.facts.length > 0 ? <p className="show-facts">{view.facts.join(' · ')}</p> : null}
        {view.summary ? <p className="premise">{view.summary}</p> : null}
        <nav aria-label={`More of ${view.title}`} className="show-links">
          <Link to={`/shows/${encodeURIComponent(showId)}/story`}>Story so far</Link>
          <Link to={codexPath(showId)}>Character codex</Link>
          <Link to={`/shows/${encodeURIComponent(showId)}/news`}>All news</Link>
          <Link to={`/shield?show=${encodeURIComponent(showId)}`}>
            Check a text against {view.title}
          </Link>
        </nav>
        <Search showId={showId} title={view.title} />
        <ShareButton showId={showId} path={`/shows/${encodeURIComponent(showId)}`} />
      </header>
      <div className="show-layout">
        <section className="panel" aria-labelledby="episodes-heading">
          <h2 id="episodes-heading">Episodes</h2>
          <EpisodeList showId={showId} list={view.episodes} />
        </section>
        <div className="show-aside">
          <EntriesPanel
            showId={showId}
            section={view.about}
            headingId="about-heading"
            heading="About the show"
            loading="Loading…"
            empty={null}
          />
          <CharactersSection showId={showId} section={view.characters} />
          <EntriesPanel
            showId={showId}
            section={view.news}
            headingId="news-heading"
            heading="News"
            loading="Loading news…"
            empty="No news for this show yet."
          />
          <Revealed showId={showId} list={view.revealed} />
          <CoveredNotes showId={showId} view={view.coveredNotes} />
          <ShowRulesPanel showId={showId} rules={view.rules} />
        </div>
      </div>
    </div>
  );
}
