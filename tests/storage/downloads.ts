import { vi } from 'vitest';

export interface Download {
  name: string;
  file: File;
}

/**
 * Catches what the app hands to the browser's downloads (Blob, object URL, <a download>), as
 * the File a user would then pick again. jsdom has no object URLs and no downloads of its own.
 */
export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, file: new File([blob], this.download) });
  });
  return downloads;
}
