import { useAppStore } from '../store';
import { loadDemo } from '../store/actions';
import { saveProjectFile } from '../store/projectActions';
import { openProjectsDialog, ProjectsDialog } from './ProjectsDialog';

/** What the user sees when the open project cannot be shown, with the ways out. */
export function RenderFailure({ error }: { error: Error }) {
  const name = useAppStore((state) => state.project?.name ?? state.dataset?.name ?? 'This project');
  const canDownload = useAppStore((state) => state.dataset !== null && state.project !== null);
  return (
    <div className="render-failure">
      <div role="alert" className="render-failure-message">
        <h2>“{name}” could not be shown</h2>
        <p>
          Something in it stopped the app from drawing it: {error.message || error.name}. Your other projects are not
          affected, and the next start opens the demo instead of this project.
        </p>
      </div>
      <div className="render-failure-actions">
        <button type="button" className="button button-primary" disabled={!canDownload} onClick={saveProjectFile}>
          Download this project
        </button>
        <button type="button" className="button" onClick={() => void loadDemo()}>
          Open the demo
        </button>
        <button type="button" className="button" onClick={openProjectsDialog}>
          Open Projects
        </button>
      </div>
      <ProjectsDialog />
    </div>
  );
}
