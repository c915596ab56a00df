import type { KeyboardEvent } from 'react';
import { useAppStore } from '../store';
import { MAIN_VIEWS } from './registry';

const TAB_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Tabs over the canvas area: the graph, then each registered view (tables, reports). WAI-ARIA
 * tabs pattern: only the selected tab is a Tab stop, arrow keys (and Home/End) move between tabs,
 * so Tab from the tab list goes straight into the view.
 */
export function MainViewTabs() {
  const mainView = useAppStore((state) => state.mainView);
  const showMainView = useAppStore((state) => state.showMainView);
  if (MAIN_VIEWS.length === 0) return null;
  const tabs = [{ id: 'graph', label: 'Graph' }, ...MAIN_VIEWS];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = TAB_KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const current = Math.max(
      0,
      tabs.findIndex((tab) => tab.id === mainView),
    );
    const next = tabs[move(current, tabs.length)];
    if (!next) return;
    showMainView(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="Views" className="main-view-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={mainView === tab.id}
          tabIndex={mainView === tab.id ? 0 : -1}
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
