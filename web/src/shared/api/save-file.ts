import type { DownloadedFile } from './client';

/**
 * Hands a downloaded file to the browser's "save" flow through a temporary object URL.
 * The URL is revoked a moment later, once the browser has started the download.
 */
export function saveFile({ blob, fileName }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
