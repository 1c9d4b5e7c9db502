import { CoveredNotesSection } from '../features/notes/covered-notes-section';
import { RevealedSection } from '../features/reveals/revealed-section';
import { ShowSearch } from '../features/search/show-search';
import { ShowPage } from '../features/show/show-page';

/** A show's page, with the sections of search, reveals and notes: one feature never imports another. */
export function ShowRoute() {
  return (
    <ShowPage Search={ShowSearch} Revealed={RevealedSection} CoveredNotes={CoveredNotesSection} />
  );
}
