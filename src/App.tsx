import { useEffect, useState, type DragEvent } from 'react';
import { useAppStore } from './store';
import { importBrowserFiles } from './store/actions';
import { hasDataParameter, loadInitialData } from './store/urlData';
import { selectGraph } from './store/selectors';
import { GraphCanvas } from './canvas/GraphCanvas';
import { Header } from './components/Header';
import { ImportStatusBar } from './components/ImportStatusBar';
import { ImportExtras } from './components/ImportExtras';
import { StorageBanner } from './components/StorageBanner';
import { forgetCurrentProject, restoreSavedWork, startAutosave } from './store/persistence';
import { ErrorBoundary } from './components/ErrorBoundary';
import { RenderFailure } from './components/RenderFailure';
import { ActiveMainView, MainViewTabs } from './components/MainViewTabs';
import { SIDEBAR_PANELS } from './components/registry';
import { ExploreBar } from './components/explore/ExploreBar';
import { PresentationLayer } from './components/PresentationLayer';
import { PresenterBridge } from './components/PresenterBridge';
import { ProjectorLegend } from './components/ProjectorLegend';
import { useDisplayMode } from './components/useDisplayMode';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

export function App() {
  const datasetVersion = useAppStore((state) => state.datasetVersion);
  useEffect(() => startAutosave(), []);

  useEffect(() => {
    // Start-up order: a file named by ?data= wins; else the work kept in this browser; else, on a
    // first visit, the embedded demo (both through the same import path as a user's file).
    if (useAppStore.getState().dataset !== null) return;
    if (hasDataParameter()) {
      void loadInitialData();
      return;
    }
    void restoreSavedWork().then((restored) => {
      if (!restored && useAppStore.getState().dataset === null) void loadInitialData();
    });
  }, []);

  // A project that fails to render shows what happened and the ways out; loading another data set
  // or project tries again. The failing project is not opened on the next start.
  return (
    <ErrorBoundary
      resetKey={datasetVersion}
      onError={() => void forgetCurrentProject()}
      fallback={(error) => <RenderFailure error={error} />}
    >
      <Workspace />
    </ErrorBoundary>
  );
}

/** Everything the app shows: inside the error boundary, so that no data set can blank the page. */
function Workspace() {
  const dataset = useAppStore((state) => state.dataset);
  const datasetVersion = useAppStore((state) => state.datasetVersion);
  // The user's type -> role corrections recolour and reshape the canvas, as they do the legend.
  const roleOverrides = useAppStore((state) => state.roleOverrides);
  const [dragging, setDragging] = useState(false);
  const displayClass = useDisplayMode();
  const embed = useAppStore((state) => state.embed);
  const sidebarOpen = useAppStore((state) => state.sidebarOpen);
  return (
    <div
      className={displayClass}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void importBrowserFiles(Array.from(event.dataTransfer.files));
      }}
    >
      <Header />
      <ImportStatusBar />
      <ImportExtras />
      <StorageBanner />
      <main className="workspace">
        <div className="main-column">
          <ExploreBar />
          <MainViewTabs />
          <section className="canvas-area" aria-label="Graph">
            {dataset ? (
              <GraphCanvas key={datasetVersion} graph={selectGraph(dataset, roleOverrides)} />
            ) : (
              <p className="empty" id="view-graph">
                Loading the demo…
              </p>
            )}
            <ActiveMainView />
            <PresentationLayer />
            <PresenterBridge />
            {embed && <ProjectorLegend />}
          </section>
        </div>
        <aside className={sidebarOpen ? 'sidebar open' : 'sidebar'} id="sidebar" aria-label="Panels">
          {SIDEBAR_PANELS.map(({ id, Component }) => (
            <Component key={id} />
          ))}
        </aside>
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop CSV or JSON files to load them
        </div>
      )}
    </div>
  );
}
