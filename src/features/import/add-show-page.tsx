import { usePageTitle } from '../shared/use-page-title';
import { PackFileImport } from './pack-file-import';
import { TvmazeRefresh } from './tvmaze-refresh';
import { TvmazeSearch } from './tvmaze-search';
import { useShowImport } from './use-show-import';
import './add-show.css';

/** Add a show from TVmaze or a recap pack file, and refresh shows that came from TVmaze. */
export function AddShowPage() {
  usePageTitle('Add a show');
  const importer = useShowImport();
  return (
    <div className="add-show-page">
      <header className="page-header">
        <h1>Add a show</h1>
      </header>
      <TvmazeSearch importer={importer} />
      <PackFileImport importer={importer} />
      <TvmazeRefresh importer={importer} />
      {importer.dialog}
    </div>
  );
}
