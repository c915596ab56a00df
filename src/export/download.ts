/**
 * Hand text to the browser as a downloaded file: a Blob behind an object URL and an `<a download>`
 * click. Nothing leaves the page; the URL is revoked once the click has been handled.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
