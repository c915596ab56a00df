import { useState } from 'react';
import { summariseCounts } from '../model/summary';
import type { ProjectSummary } from '../persist/project';
import { renameProject } from '../store/projectActions';

interface ProjectRowProps {
  project: ProjectSummary;
  current: boolean;
  onOpen: () => void;
  onDelete: () => void;
}

const savedAtText = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A new name for a project: Enter or "Save name" keeps it, "Cancel" (null) leaves it. */
function RenameForm({ project, onDone }: { project: ProjectSummary; onDone: (name: string | null) => void }) {
  const [name, setName] = useState(project.name);
  return (
    <form
      className="rename-form"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(name);
      }}
    >
      <input
        aria-label={`New name for ${project.name}`}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        autoFocus
      />
      <button type="submit" className="button button-primary">
        Save name
      </button>
      <button type="button" className="button" onClick={() => onDone(null)}>
        Cancel
      </button>
    </form>
  );
}

/** One kept project: its name and size, and Open, Rename, Delete. */
export function ProjectRow({ project, current, onOpen, onDelete }: ProjectRowProps) {
  const [renaming, setRenaming] = useState(false);
  const counts = summariseCounts(project.organisations, project.ties);
  if (renaming) {
    return (
      <li aria-current={current}>
        <RenameForm
          project={project}
          onDone={(name) => {
            setRenaming(false);
            if (name !== null) void renameProject(project.id, name);
          }}
        />
      </li>
    );
  }
  return (
    <li aria-current={current}>
      <span className="project-name">
        {project.name}
        {current && ' (open)'}
        <small>
          {counts} · saved {savedAtText(project.savedAt)}
        </small>
      </span>
      <button type="button" className="button" disabled={current} onClick={onOpen} aria-label={`Open ${project.name}`}>
        Open
      </button>
      <button type="button" className="button" aria-label={`Rename ${project.name}`} onClick={() => setRenaming(true)}>
        Rename
      </button>
      <button type="button" className="button" onClick={onDelete} aria-label={`Delete ${project.name}`}>
        Delete
      </button>
    </li>
  );
}
