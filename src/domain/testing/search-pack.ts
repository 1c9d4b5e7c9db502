import type { Pack } from '../pack';
import { searchDocuments } from '../pages/search-documents';
import { searchShow, showIndex, type SearchOutcome } from '../search';
import { packShowState, type Progress } from './pack-show-state';

const NOTHING: SearchOutcome = { count: 0, results: [] };

/** Searches a pack, loaded, at a progress: what the app's search gives for it. */
export function searchPack(
  subject: Pack,
  progress: Progress,
  query: string,
  limit?: number,
): SearchOutcome {
  const documents = searchDocuments(packShowState(subject, progress));
  if (documents.status !== 'ready') return NOTHING;
  return searchShow(showIndex(documents.documents), query, limit);
}
