import type { ComponentType } from 'react';
import { Legend } from './Legend';
import { Inspector } from './Inspector';
import { ImportReport } from './ImportReport';
import { IMPORT_REPORT_VIEW } from './ImportExtras';
import { MetricsView } from './analysis/MetricsView';
import { GroupsView } from './analysis/GroupsView';
import { AnalysisStatusPanel } from './analysis/AnalysisStatus';
import { FilterPanel } from './explore/FilterPanel';
import { PathPanel } from './explore/PathPanel';
import { TableView } from './explore/TableView';
import { AppearancePanel } from './AppearancePanel';
import { ScenesPanel } from './ScenesPanel';
import { TextView } from './a11y/TextView';
import { CompareView } from './story/CompareView';
import { CompareLegend } from './story/CompareLegend';
import { ReadingView } from './story/ReadingView';
import { SuggestionsPanel } from './story/SuggestionsPanel';
import { EvidencePanel } from './story/EvidencePanel';

/**
 * Where features plug into the page, so that each adds one line here instead of reshaping App.
 * Main views cover the canvas area (the graph stays mounted underneath, so switching back never
 * re-runs a layout); sidebar panels stack in the order listed.
 */
export interface MainView {
  id: string;
  label: string;
  Component: ComponentType;
}

export const MAIN_VIEWS: MainView[] = [
  { id: 'table', label: 'Table', Component: TableView },
  { id: 'metrics', label: 'Metrics', Component: MetricsView },
  { id: 'groups', label: 'Groups', Component: GroupsView },
  { id: 'compare', label: 'Compare', Component: CompareView },
  { id: 'reading', label: 'Reading', Component: ReadingView },
  { id: IMPORT_REPORT_VIEW, label: 'Import report', Component: ImportReport },
];

export const SIDEBAR_PANELS: { id: string; Component: ComponentType }[] = [
  { id: 'analysis-status', Component: AnalysisStatusPanel },
  { id: 'legend', Component: Legend },
  { id: 'compare-legend', Component: CompareLegend },
  { id: 'evidence', Component: EvidencePanel },
  { id: 'inspector', Component: Inspector },
  { id: 'text-view', Component: TextView },
  { id: 'suggestions', Component: SuggestionsPanel },
  { id: 'filters', Component: FilterPanel },
  { id: 'paths', Component: PathPanel },
  { id: 'appearance', Component: AppearancePanel },
  { id: 'scenes', Component: ScenesPanel },
];
