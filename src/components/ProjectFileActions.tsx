import { useId } from 'react';
import { useAppStore } from '../store';
import { newProjectFromDemo, openProjectFile, saveProjectFile } from '../store/projectActions';

/** Save project, Open project (a file input of its own, apart from Load data) and New from demo. */
export function ProjectFileActions({ onDone }: { onDone: () => void }) {
  const hasData = useAppStore((state) => state.dataset !== null);
  const fileInputId = useId();
  return (
    <div className="project-file-actions">
      <button type="button" className="button button-primary" disabled={!hasData} onClick={saveProjectFile}>
        Save project
      </button>
      <label htmlFor={fileInputId} className="button">
        Open project
      </label>
      <input
        id={fileInputId}
        className="visually-hidden-input"
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const [file] = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          if (!file) return;
          onDone();
          void openProjectFile(file);
        }}
      />
      <button
        type="button"
        className="button"
        onClick={() => {
          onDone();
          void newProjectFromDemo();
        }}
      >
        New from demo
      </button>
    </div>
  );
}
