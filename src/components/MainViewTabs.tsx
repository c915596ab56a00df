import { useAppStore } from '../store';
import { MAIN_VIEWS } from './registry';

/** Tabs over the canvas area: the graph, then each registered view (tables, reports). */
export function MainViewTabs() {
  const mainView = useAppStore((state) => state.mainView);
  const showMainView = useAppStore((state) => state.showMainView);
  if (MAIN_VIEWS.length === 0) return null;
  const tabs = [{ id: 'graph', label: 'Graph' }, ...MAIN_VIEWS];
  return (
    <div role="tablist" aria-label="Views" className="main-view-tabs">
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={mainView === tab.id}
          aria-controls={`view-${tab.id}`}
          className="tab"
          onClick={() => showMainView(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** The active non-graph view, drawn over the canvas. */
export function ActiveMainView() {
  const mainView = useAppStore((state) => state.mainView);
  const view = MAIN_VIEWS.find((candidate) => candidate.id === mainView);
  if (!view) return null;
  return (
    <div role="tabpanel" id={`view-${view.id}`} aria-labelledby={`tab-${view.id}`} className="main-view-panel">
      <view.Component />
    </div>
  );
}
