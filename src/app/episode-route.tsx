import { EpisodePage } from '../features/episode/episode-page';
import { NotesSection } from '../features/notes/notes-section';

/** An episode's page, with the notes feature's section: one feature never imports another. */
export function EpisodeRoute() {
  return <EpisodePage Notes={NotesSection} />;
}
