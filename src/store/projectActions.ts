import { projectFileName, serialiseProject, newProjectId, ProjectError } from '../persist/project';
import { MAX_PROJECT_FILE_BYTES, restoreProjectFile } from '../persist/restore';
import { downloadText } from '../export/download';
import { applyProject, cancelPendingSave, projectStorage, snapshotProject, storageProblem } from './persistence';
import { loadDemo } from './actions';
import { useAppStore } from './index';

const reportProblem = (message: string) => useAppStore.getState().setImportStatus({ status: 'error', message });

/** Re-read the list of kept projects. */
export async function refreshProjects(): Promise<void> {
  try {
    useAppStore.getState().setProjects(await projectStorage().list());
  } catch (error) {
    useAppStore.getState().setSaveStatus({ status: 'error', message: storageProblem(error) });
  }
}

/** Open a kept project; the one open now was saved as it was. */
export async function openProject(id: string): Promise<void> {
  try {
    const project = await projectStorage().load(id);
    if (!project) throw new ProjectError('This project is no longer kept in this browser.');
    applyProject(project);
  } catch (error) {
    reportProblem(error instanceof ProjectError ? error.message : storageProblem(error));
  }
}

/** Rename a project: the open one in the store (autosave writes it), another one in storage. */
export async function renameProject(id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === '') return;
  const { project, renameCurrentProject } = useAppStore.getState();
  if (project?.id === id) {
    renameCurrentProject(trimmed);
    return;
  }
  try {
    const stored = await projectStorage().load(id);
    if (stored) await projectStorage().save({ ...stored, name: trimmed });
  } catch (error) {
    useAppStore.getState().setSaveStatus({ status: 'error', message: storageProblem(error) });
  }
  await refreshProjects();
}

/** Delete a kept project (the UI asks first). Deleting the open one opens the next, or the demo. */
export async function deleteProject(id: string): Promise<void> {
  const isOpen = useAppStore.getState().project?.id === id;
  if (isOpen) cancelPendingSave();
  try {
    await projectStorage().remove(id);
    if (isOpen) await projectStorage().setCurrentId(null);
  } catch (error) {
    useAppStore.getState().setSaveStatus({ status: 'error', message: storageProblem(error) });
  }
  await refreshProjects();
  if (!isOpen) return;
  const next = useAppStore.getState().projects[0];
  await (next ? openProject(next.id) : loadDemo());
}

/** A new project on the embedded demo; the open one stays in the list. */
export function newProjectFromDemo(): Promise<void> {
  return loadDemo();
}

/** Download the open project as one `.clusnet.json` file: data, mapping, view and scenes. */
export function saveProjectFile(): void {
  const project = snapshotProject(useAppStore.getState());
  if (!project) return;
  downloadText(projectFileName(project), serialiseProject(project), 'application/json');
}

/**
 * Open a project file exactly as it was saved. It keeps its id unless a kept project has that id
 * (then it is added beside it, so opening an older file never overwrites newer work).
 */
export async function openProjectFile(file: File): Promise<void> {
  try {
    if (file.size > MAX_PROJECT_FILE_BYTES)
      throw new ProjectError(
        `${file.name}: at ${Math.round(file.size / 2 ** 20)} MB this file is larger than a project this app opens (${MAX_PROJECT_FILE_BYTES / 2 ** 20} MB).`,
      );
    const { project, repairs } = restoreProjectFile(await file.text(), file.name);
    const taken =
      useAppStore.getState().projects.some((summary) => summary.id === project.id) ||
      useAppStore.getState().project?.id === project.id;
    const opened = taken ? { ...project, id: newProjectId() } : project;
    applyProject(opened);
    if (repairs.length > 0)
      reportProblem(
        `${file.name} was repaired to open it: ${repairs.length} ${repairs.length === 1 ? 'problem' : 'problems'} fixed, listed in the Import report.`,
      );
  } catch (error) {
    reportProblem(
      error instanceof ProjectError
        ? error.message
        : `${file.name}: the project could not be opened (${(error as Error).message}).`,
    );
  }
}
