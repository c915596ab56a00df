/** The name of an error from storage (a DOMException or our own), if it has one. */
const nameOf = (error: unknown) => (error as { name?: unknown } | null)?.name;

const KEEP_IN_A_FILE = 'Use Projects → Save project to keep it in a file.';

/** A message the user can act on, for a failed write or an unavailable storage: each cause its own. */
export function storageProblem(error: unknown): string {
  switch (nameOf(error)) {
    case 'QuotaExceededError':
      return `The browser’s storage is full, so this work is not saved in the browser. ${KEEP_IN_A_FILE} Or delete old projects.`;
    case 'BlockedError':
      return `Another tab with an older or newer Clusnet Explorer holds this browser’s storage open, so nothing can be saved here: close the app’s other tabs, then reload. ${KEEP_IN_A_FILE}`;
    case 'VersionError':
      return `A newer version of Clusnet Explorer is open in this browser, so this tab cannot save: reload it to use the newer version. ${KEEP_IN_A_FILE}`;
    case 'UnavailableError':
    case 'SecurityError':
    case 'InvalidStateError':
      return `This browser does not let the app keep your work (a private window, or storage turned off): it stays only until you close the page. ${KEEP_IN_A_FILE}`;
    default: {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      return `The browser could not write your work to its storage${detail}. It is still open here. ${KEEP_IN_A_FILE}`;
    }
  }
}
