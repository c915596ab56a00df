import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { selectGraph } from '../../store/selectors';
import { urlStateOf, viewFromLink } from '../../store/urlStateOf';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../persist/urlState';

const WRITE_DELAY_MS = 200;

/** Apply a link's view and selection to the loaded data set. */
function restoreLink(link: UrlState): void {
  const state = useAppStore.getState();
  if (!state.dataset) return;
  state.restoreView(viewFromLink(link));
  const graph = selectGraph(state.dataset);
  state.selectOrganisation(link.selectedId !== null && graph.hasNode(link.selectedId) ? link.selectedId : null);
}

/** Write the current view into the hash, without adding a browser history entry. */
function writeHash(): string | null {
  const urlState = urlStateOf(useAppStore.getState());
  if (!urlState) return null;
  const hash = `#${encodeUrlState(urlState)}`;
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  return hash;
}

/**
 * Keeps the view in the URL hash and restores it on load. A link names its data set; when the
 * loaded one is another (and the link is not for it), the link waits, a notice asks for the file,
 * and the hash is left as it is until that data set is loaded or the notice is dismissed.
 */
export function SharedLinkController() {
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
  const dismiss = useRef<() => void>(() => undefined);

  useEffect(() => {
    let pending = decodeUrlState(window.location.hash);
    let written: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tryRestore = () => {
      const { dataset } = useAppStore.getState();
      if (!pending || !dataset) return;
      if (pending.datasetId === dataset.id) {
        restoreLink(pending);
        pending = null;
        setWaitingFor(null);
      } else setWaitingFor(pending.datasetId);
    };
    const scheduleWrite = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!pending) written = writeHash();
      }, WRITE_DELAY_MS);
    };
    tryRestore();
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.dataset !== previous.dataset) tryRestore();
      if (
        state.view !== previous.view ||
        state.selectedId !== previous.selectedId ||
        state.dataset !== previous.dataset
      )
        scheduleWrite();
    });
    const onHashChange = () => {
      if (window.location.hash === written) return;
      pending = decodeUrlState(window.location.hash);
      tryRestore();
    };
    const onDismiss = () => {
      pending = null;
      setWaitingFor(null);
      scheduleWrite();
    };
    window.addEventListener('hashchange', onHashChange);
    dismiss.current = onDismiss;
    scheduleWrite();
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);

  if (waitingFor === null) return null;
  return (
    <div role="alert" className="shared-link-notice">
      <span>
        This link shows a view of the data set <strong>“{waitingFor}”</strong>, which is not loaded. Its data never
        travels in the link: load the same file(s) with <strong>Load data</strong> to see the shared view.
      </span>
      <button type="button" className="button" onClick={() => dismiss.current()}>
        Dismiss
      </button>
    </div>
  );
}

/** The link to the current view, computed now (the hash is written with a short delay). */
export function currentShareUrl(): string {
  const urlState = urlStateOf(useAppStore.getState());
  const base = window.location.href.replace(/#.*$/, '');
  return urlState ? `${base}#${encodeUrlState(urlState)}` : base;
}
