import { useAppStore } from '../store';
import { summariseDataset } from '../model/summary';
import { LoadDataButton } from './LoadDataButton';
import { ExportButton } from './ExportDialog';
import { ProjectsButton } from './ProjectsDialog';
import { SaveStatusText } from './StorageBanner';
import { PresentationControls } from './PresentationControls';
import { SidebarToggle } from './a11y/SidebarToggle';
import { ShortcutsButton } from './a11y/ShortcutsButton';

/** Name of the data set, its summary and the way to load another. */
export function Header() {
  const dataset = useAppStore((state) => state.dataset);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">Clusnet Explorer</span>
        <h1 className="dataset-name">{dataset ? dataset.name : 'No data loaded'}</h1>
      </div>
      <div className="header-facts">
        <p role="status" aria-label="Dataset summary" className="dataset-summary">
          {dataset ? summariseDataset(dataset) : 'No data set'}
        </p>
        {dataset?.illustrative && (
          <p className="illustrative-notice">Illustrative data: CLUSNET cities, invented ties</p>
        )}
        <SaveStatusText />
      </div>
      <div className="header-actions">
        <ShortcutsButton />
        <PresentationControls />
        <ProjectsButton />
        <ExportButton />
        <LoadDataButton />
        <SidebarToggle />
      </div>
    </header>
  );
}
