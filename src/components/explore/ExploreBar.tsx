import './explore.css';
import { useState } from 'react';
import { useAppStore } from '../../store';
import { selectGraph } from '../../store/selectors';
import { selectVisible } from '../../store/exploreSelectors';
import { sendCameraCommand } from '../../canvas/cameraCommands';
import { OrganisationCombobox } from './OrganisationCombobox';
import { KeyboardShortcuts, SEARCH_INPUT_ID } from './KeyboardShortcuts';
import { SharedLinkController, currentShareUrl } from './SharedLinkController';
import { ActiveHighlights } from './ActiveHighlights';

/** "142 of 155 organisations · 401 of 453 ties shown", always in view. */
function VisibleCount() {
  const dataset = useAppStore((state) => state.dataset);
  const view = useAppStore((state) => state.view);
  const analysis = useAppStore((state) => state.analysis);
  if (!dataset) return null;
  const graph = selectGraph(dataset);
  const visible = selectVisible(graph, view, analysis);
  return (
    <p role="status" aria-label="Shown" className="visible-count">
      {`${visible.nodes.size} of ${graph.order} organisations · ${visible.edges.size} of ${graph.size} ties shown`}
    </p>
  );
}

function UndoRedo() {
  const canUndo = useAppStore((state) => state.viewHistory.past.length > 0);
  const canRedo = useAppStore((state) => state.viewHistory.future.length > 0);
  const undoView = useAppStore((state) => state.undoView);
  const redoView = useAppStore((state) => state.redoView);
  return (
    <div className="button-group" role="group" aria-label="History">
      <button
        type="button"
        className="button"
        disabled={!canUndo}
        onClick={undoView}
        aria-keyshortcuts="Control+Z"
        title="Undo (Ctrl+Z)"
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        disabled={!canRedo}
        onClick={redoView}
        aria-keyshortcuts="Control+Shift+Z"
        title="Redo (Ctrl+Shift+Z)"
      >
        Redo
      </button>
    </div>
  );
}

function CopyLink() {
  const [message, setMessage] = useState('');
  const copy = async () => {
    sendCameraCommand({ kind: 'sync' });
    const url = currentShareUrl();
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied');
    } catch {
      // No clipboard (permission or an insecure origin): show the link to copy by hand.
      window.prompt('Copy this link:', url);
    }
    window.setTimeout(() => setMessage(''), 3000);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {message}
      </span>
    </>
  );
}

/** Search, what is shown, undo/redo and sharing: the explore toolbar above the canvas. */
export function ExploreBar() {
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  const showMainView = useAppStore((state) => state.showMainView);
  const choose = (id: string) => {
    selectOrganisation(id);
    showMainView('graph');
    sendCameraCommand({ kind: 'reveal', id });
  };
  return (
    <>
      <div className="explore-bar" role="group" aria-label="Explore">
        <div className="search-box">
          <OrganisationCombobox
            label="Search organisations"
            hideLabel
            inputId={SEARCH_INPUT_ID}
            placeholder="Search…  ( / )"
            onChoose={choose}
          />
        </div>
        <VisibleCount />
        <UndoRedo />
        <CopyLink />
      </div>
      <ActiveHighlights />
      <SharedLinkController />
      <KeyboardShortcuts />
    </>
  );
}
