import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { deleteProject, openProject, refreshProjects } from '../store/projectActions';
import type { ProjectSummary } from '../persist/project';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';
import { ProjectFileActions } from './ProjectFileActions';
import { ProjectRow } from './ProjectRow';

/** The projects kept in this browser, newest first, with Open, Rename and Delete. */
function ProjectList({
  onOpen,
  onDelete,
}: {
  onOpen: (id: string) => void;
  onDelete: (project: ProjectSummary) => void;
}) {
  const projects = useAppStore(useShallow((state) => state.projects));
  const currentId = useAppStore((state) => state.project?.id ?? null);
  if (projects.length === 0) return <p className="hint">No project is kept yet.</p>;
  return (
    <ul className="project-list" aria-label="Kept projects">
      {projects.map((project) => (
        <ProjectRow
          key={project.id}
          project={project}
          current={project.id === currentId}
          onOpen={() => onOpen(project.id)}
          onDelete={() => onDelete(project)}
        />
      ))}
    </ul>
  );
}

/** Open the Projects dialog with a fresh list. */
export function openProjectsDialog(): void {
  useAppStore.getState().setProjectsOpen(true);
  void refreshProjects();
}

const PERSISTENCE_NOTE = {
  unknown: '',
  granted: 'The browser has agreed to keep this storage until you clear this site’s data.',
  denied:
    'The browser has not promised to keep this storage: it may clear it when the disk runs low. Save project files for work you cannot lose.',
  unsupported: 'This browser does not say whether it keeps this storage. Save project files for work you cannot lose.',
};

/** Header button for the Projects dialog. */
export function ProjectsButton() {
  return (
    <>
      <button type="button" className="button" onClick={openProjectsDialog}>
        Projects
      </button>
      <ProjectsDialog />
    </>
  );
}

/** The projects kept in this browser, and project files; open while the store says so. */
export function ProjectsDialog() {
  const open = useAppStore((state) => state.projectsOpen);
  const persisted = useAppStore((state) => state.storagePersisted);
  const [toDelete, setToDelete] = useState<ProjectSummary | null>(null);
  const close = () => useAppStore.getState().setProjectsOpen(false);
  return (
    <>
      <Dialog title="Projects" open={open && toDelete === null} onClose={close}>
        <p className="hint">Your work is saved in this browser as you go. A project file keeps it anywhere.</p>
        {persisted !== 'unknown' && (
          <p className="hint" aria-label="Storage persistence">
            {PERSISTENCE_NOTE[persisted]}
          </p>
        )}
        <ProjectFileActions onDone={close} />
        <h3>Kept in this browser</h3>
        <ProjectList
          onOpen={(id) => {
            close();
            void openProject(id);
          }}
          onDelete={setToDelete}
        />
      </Dialog>
      <ConfirmDialog
        title={`Delete “${toDelete?.name ?? ''}”?`}
        open={toDelete !== null}
        confirmLabel="Delete"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const target = toDelete;
          setToDelete(null);
          if (target) void deleteProject(target.id);
        }}
      >
        <p>
          The project, its view and its scenes are removed from this browser. This cannot be undone; project files you
          saved are not affected.
        </p>
      </ConfirmDialog>
    </>
  );
}
