import type { ComponentType } from 'react';
import { Legend } from './Legend';
import { Inspector } from './Inspector';
import { ImportReport } from './ImportReport';
import { IMPORT_REPORT_VIEW } from './ImportExtras';

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

export const MAIN_VIEWS: MainView[] = [{ id: IMPORT_REPORT_VIEW, label: 'Import report', Component: ImportReport }];

export const SIDEBAR_PANELS: { id: string; Component: ComponentType }[] = [
  { id: 'legend', Component: Legend },
  { id: 'inspector', Component: Inspector },
];
