import { backupSizeProblem, parseBackupText, type BackupResult } from '../../storage/backup-format';
import { readTextFile, type TextFile } from '../shared/read-text-file';

/** A full backup from a file: refused by size before it is read, then checked whole. */
export async function backupFromFile(file: TextFile): Promise<BackupResult> {
  const read = await readTextFile(file, backupSizeProblem);
  return read.ok ? parseBackupText(read.text) : read;
}
