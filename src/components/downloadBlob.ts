/** Offer a Blob as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the browser has started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a data set name: letters, digits and dashes. */
export const fileNameFor = (name: string, extension: string): string =>
  `${name.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'network'}.${extension}`;
