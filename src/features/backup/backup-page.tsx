import { usePageTitle } from '../shared/use-page-title';
import { ExportSection } from './export-section';
import { FullBackupSection } from './full-backup-section';
import { RestoreSection } from './restore-section';
import './backup.css';

/** Getting everything out of this browser, and back in. */
export function BackupPage() {
  usePageTitle('Backup and export');
  return (
    <div className="backup-page">
      <header className="page-header">
        <h1>Backup and export</h1>
        <p>
          Everything lives in this browser only. Clearing site data removes it, so keep a full
          backup.
        </p>
      </header>
      <ExportSection />
      <FullBackupSection />
      <RestoreSection />
    </div>
  );
}
