const SESSION_KEY = 'clusnet-presenter-session';
/** The session when sessionStorage is refused (some private modes): one per page lifetime. */
let presenterSessionFallback: string | undefined;

function newSession(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Math.random().toString(36).slice(2);
}

/**
 * This tab's presenter session: kept in sessionStorage so that reloading the app reconnects the
 * presenter window it opened, while another tab of the app gets a session of its own.
 */
export function presenterSession(): string {
  try {
    const kept = sessionStorage.getItem(SESSION_KEY);
    if (kept) return kept;
    const session = newSession();
    sessionStorage.setItem(SESSION_KEY, session);
    return session;
  } catch {
    presenterSessionFallback ??= newSession();
    return presenterSessionFallback;
  }
}

/** The address of the presenter view for this tab. */
export const presenterUrl = (): string =>
  `${window.location.pathname}?presenter=${encodeURIComponent(presenterSession())}`;

/**
 * Open (or bring forward) the presenter view in its own window. Returns false when the browser
 * blocked the window, so the caller can offer the link instead.
 */
export function openPresenterWindow(): boolean {
  const opened = window.open(presenterUrl(), `clusnet-presenter-${presenterSession()}`, 'popup,width=1100,height=720');
  if (!opened) return false;
  opened.focus();
  return true;
}
