/**
 * Hand a file to the browser as a download: a Blob behind an object URL and an `<a download>`
 * click. Nothing leaves the page. The one place every export, report and project file goes out.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke only after the browser has had time to start reading it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Text as a downloaded file (CSV by default). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** A file name from a data set name: letters, digits and dashes, then the extension. */
export const fileNameFor = (name: string, extension: string): string =>
  `${
    name
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'network'
  }.${extension}`;
