import { useAppStore } from './index';
import { importFiles } from './importActions';
import { loadDemo } from './actions';

const HOW_TO_PROCEED = 'Download the file and drop it on the page, or use Load data.';

/** The file name a URL points at, for the header and the report. */
const fileNameOf = (url: URL) =>
  decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? '') || url.hostname || 'data';

/**
 * Fetch a data file named by `?data=<url>`. Only the page's own origin: the page's
 * Content-Security-Policy allows no other, so that no data set is read from (or leaks to) a
 * remote server. Returns an error message for the user, or null when the file was handed over.
 */
export async function fetchDataUrl(
  parameter: string,
  page: Location = window.location,
): Promise<{ error: string } | { name: string; bytes: Uint8Array }> {
  let url: URL;
  try {
    url = new URL(parameter, page.href);
  } catch {
    return { error: `The data address "${parameter}" is not a valid URL. ${HOW_TO_PROCEED}` };
  }
  if (url.origin !== page.origin) {
    return {
      error: `Clusnet Explorer only reads data from its own site (${page.origin}), so that your data never passes through another server; ${url.origin} is another site. ${HOW_TO_PROCEED}`,
    };
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    return { error: `Could not fetch ${url.href}: the server could not be reached. ${HOW_TO_PROCEED}` };
  }
  if (!response.ok)
    return { error: `The server refused ${url.href} (${response.status} ${response.statusText}). ${HOW_TO_PROCEED}` };
  return { name: fileNameOf(url), bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** True when the page was opened with `?data=<url>`. */
export function hasDataParameter(page: Location = window.location): boolean {
  return Boolean(new URLSearchParams(page.search).get('data'));
}

/** First load: the file named by `?data=`, or the embedded demo (also when that file cannot be read). */
export async function loadInitialData(): Promise<void> {
  const parameter = new URLSearchParams(window.location.search).get('data');
  if (parameter === null || parameter === '') return loadDemo();
  const fetched = await fetchDataUrl(parameter);
  if ('bytes' in fetched) await importFiles([fetched]);
  if (useAppStore.getState().dataset) return;
  // Nothing loaded (refused, unreadable, or waiting in the mapping step): show the demo meanwhile,
  // and keep the message that says what happened.
  const status =
    'error' in fetched ? { status: 'error' as const, message: fetched.error } : useAppStore.getState().importStatus;
  await loadDemo();
  if (status.status === 'error') useAppStore.getState().setImportStatus(status);
}
