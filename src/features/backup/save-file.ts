import type { FileToSave } from '../../stores/backup-actions';

/** Hands a file to the browser's downloads through a Blob, an object URL and <a download>. */
export function saveFile({ name, text }: FileToSave): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; let them finish before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
