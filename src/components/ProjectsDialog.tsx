import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { deleteProject, newProjectFromDemo, openProject, openProjectFile, refreshProjects, saveProjectFile } from '../store/projectActions';
import type { ProjectSummary } from '../persist/project';
import { Dialog } from './Dialog';
import { ProjectRow } from './ProjectRow';

/** Header button and dialog: the projects kept in this browser, and project files. */
export function ProjectsButton() {
  const [open, setOpen] = useState(false);
  const [toDelete, setToDelete] = useState<ProjectSummary | null>(null);
  const projects = useAppStore(useShallow((state) => state.projects));
  const currentId = useAppStore((state) => state.project?.id ?? null);
  const hasData = useAppStore((state) => state.dataset !== null);
  const fileInputId = useId();
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setOpen(true);
          void refreshProjects();
        }}
      >
        Projects
      </button>
      <Dialog title="Projects" open={open && toDelete === null} onClose={() => setOpen(false)}>
        <p className="hint">Your work is saved in this browser as you go. A project file keeps it anywhere.</p>
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
              setOpen(false);
              void openProjectFile(file);
            }}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpen(false);
              void newProjectFromDemo();
            }}
          >
            New from demo
          </button>
        </div>
        <h3>Kept in this browser</h3>
        {projects.length === 0 ? (
          <p className="hint">No project is kept yet.</p>
        ) : (
          <ul className="project-list" aria-label="Kept projects">
            {projects.map((project) => (
              <ProjectRow
                key={project.id}
                project={project}
                current={project.id === currentId}
                onOpen={() => {
                  setOpen(false);
                  void openProject(project.id);
                }}
                onDelete={() => setToDelete(project)}
              />
            ))}
          </ul>
        )}
      </Dialog>
      <Dialog
        title={`Delete “${toDelete?.name ?? ''}”?`}
        role="alertdialog"
        open={toDelete !== null}
        onClose={() => setToDelete(null)}
        actions={
          <>
            <button type="button" className="button" onClick={() => setToDelete(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                const target = toDelete;
                setToDelete(null);
                if (target) void deleteProject(target.id);
              }}
            >
              Delete
            </button>
          </>
        }
      >
        <p>
          The project, its view and its scenes are removed from this browser. This cannot be undone; project files you saved are not
          affected.
        </p>
      </Dialog>
    </>
  );
}
