import { getEmptyViewState as emptyView } from '../model/view';
import { isRecord } from '../model/isRecord';
import type { Scene, Point } from '../model/scene';
import type { ImportReport, MergeSuggestion, ReportEntry } from '../model/types';
import type { TableMapping } from '../import/tableMapping';
import type { ViewState } from '../model/view';
import { PROJECT_FORMAT, PROJECT_VERSION, newProjectId, type Project } from './project';
import { ProjectError } from './ProjectError';
import { readDataset } from './readDataset';
import { decodeView } from './urlState';

/**
 * The restore gate: everything the app did not just produce itself (an opened project file, a
 * project read back from IndexedDB, a scene, a remembered mapping) is validated and repaired here
 * into the app's types, or refused with a ProjectError whose message is for the user. The URL hash
 * and presenter messages are decoded by `urlState` and `presenterProtocol` with the same rules.
 */

/** Bigger project files are refused before they are read: a tab would run out of memory parsing them. */
export const MAX_PROJECT_FILE_BYTES = 256 * 1024 * 1024;

export interface RestoredProject {
  project: Project;
  /** What the gate repaired, as report entries (also appended to the project's report). */
  repairs: ReportEntry[];
}

const repair = (file: string, kind: string, problem: string, action: string): ReportEntry => ({
  severity: 'warning',
  kind,
  file,
  row: null,
  column: null,
  problem,
  action,
});

/** A view: each field decoded as the URL codec decodes it, the rest from the defaults; `dropped` names the bad fields. */
export function restoreView(value: unknown): { view: ViewState; dropped: string[] } {
  const view = emptyView();
  if (!isRecord(value)) return { view, dropped: value === undefined ? [] : ['view'] };
  const decoded = decodeView(value);
  const tieLimit = value['tieLimit'];
  const tieLimitOk = tieLimit === null || (Number.isSafeInteger(tieLimit) && (tieLimit as number) > 0);
  const dropped = Object.keys(view).filter(
    (key) => Object.hasOwn(value, key) && (key === 'tieLimit' ? !tieLimitOk : !Object.hasOwn(decoded, key)),
  );
  return { view: { ...view, ...decoded, ...(tieLimitOk ? { tieLimit: tieLimit as number | null } : {}) }, dropped };
}

const isPoint = (value: unknown): value is Point =>
  isRecord(value) && Number.isFinite(value['x']) && Number.isFinite(value['y']);

/** Why a value cannot be a scene, or null when it can (its view is repaired apart). */
export function sceneProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not an object';
  for (const key of ['id', 'title', 'text', 'notes'] as const)
    if (typeof value[key] !== 'string') return `"${key}" is not text`;
  if (!isRecord(value['positions'])) return '"positions" are not points';
  const camera = value['camera'];
  if (!isRecord(camera) || !(Number(camera['zoom']) > 0) || !Number.isFinite(camera['zoom']) || !isPoint(camera['pan']))
    return '"camera" is not a zoom and a pan';
  return null;
}

/** One scene rebuilt from checked fields, or a problem. */
function restoreScene(value: unknown): { scene: Scene; viewDropped: string[] } | string {
  const problem = sceneProblem(value);
  if (problem !== null || !isRecord(value)) return problem ?? 'not an object';
  const camera = value['camera'] as { zoom: number; pan: Point };
  const positions: Record<string, Point> = Object.create(null) as Record<string, Point>;
  for (const [id, point] of Object.entries(value['positions'] as Record<string, unknown>))
    if (isPoint(point)) positions[id] = { x: point.x, y: point.y };
  const { view, dropped } = restoreView(value['view'] ?? null);
  const text = (key: string) => value[key] as string;
  return {
    scene: {
      id: text('id'),
      title: text('title'),
      text: text('text'),
      notes: text('notes'),
      view,
      positions,
      camera: { zoom: camera.zoom, pan: { x: camera.pan.x, y: camera.pan.y } },
    },
    viewDropped: dropped,
  };
}

/** Scenes: bad ones left out, bad views reset to the defaults; each repair reported. */
export function restoreScenes(value: unknown, source: string, repairs: ReportEntry[]): Scene[] {
  if (!Array.isArray(value)) {
    if (value !== undefined) repairs.push(repair(source, 'bad-scene', 'The scenes are not a list.', 'No scenes kept.'));
    return [];
  }
  const scenes: Scene[] = [];
  value.forEach((item, index) => {
    const restored = restoreScene(item);
    if (typeof restored === 'string') {
      repairs.push(repair(source, 'bad-scene', `Scene ${index + 1}: ${restored}.`, 'Scene left out.'));
      return;
    }
    if (restored.viewDropped.length > 0)
      repairs.push(
        repair(
          source,
          'bad-scene',
          `Scene ${index + 1}: ${restored.viewDropped.join(', ')} not readable.`,
          'Defaults used.',
        ),
      );
    scenes.push(restored.scene);
  });
  return scenes;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isReportEntry = (value: unknown): value is ReportEntry =>
  isRecord(value) &&
  ['info', 'warning', 'error'].includes(value['severity'] as string) &&
  ['kind', 'file', 'problem', 'action'].every((key) => isText(value[key])) &&
  (value['row'] === null || Number.isSafeInteger(value['row'])) &&
  (value['column'] === null || isText(value['column']));
const isReportFile = (value: unknown): value is ImportReport['files'][number] =>
  isRecord(value) &&
  isText(value['name']) &&
  isText(value['format']) &&
  Number.isSafeInteger(value['rows']) &&
  (value['encoding'] === undefined || isText(value['encoding']));
const isSuggestion = (value: unknown): value is MergeSuggestion =>
  isRecord(value) && ['from', 'fromName', 'into', 'intoName'].every((key) => isText(value[key]));

/** The saved report, keeping only entries of the right shape, followed by the repairs just made. */
function restoreReport(value: unknown, source: string, repairs: ReportEntry[]): ImportReport {
  const saved = isRecord(value) ? value : {};
  const list = (key: string) => (Array.isArray(saved[key]) ? (saved[key] as unknown[]) : []);
  const files = list('files').filter(isReportFile);
  const entries = list('entries').filter(isReportEntry);
  const suggestions = list('suggestions').filter(isSuggestion);
  const malformed =
    value !== undefined &&
    (!isRecord(value) ||
      files.length !== list('files').length ||
      !Array.isArray(saved['files']) ||
      !Array.isArray(saved['entries']) ||
      entries.length !== list('entries').length);
  if (malformed)
    repairs.push(
      repair(source, 'bad-report', 'The saved import report is not readable.', 'Its unreadable lines were left out.'),
    );
  return {
    files: files.map((file) => ({ ...file })),
    entries: [...entries.map((entry) => ({ ...entry })), ...repairs],
    ...(suggestions.length > 0 ? { suggestions: suggestions.map((suggestion) => ({ ...suggestion })) } : {}),
  };
}

/** The header of a project: ours, and of a version this app reads. */
function checkFormat(value: unknown, source: string): asserts value is Record<string, unknown> {
  if (!isRecord(value) || value['format'] !== PROJECT_FORMAT)
    throw new ProjectError(`${source}: this is not a Clusnet Explorer project file.`);
  const version = value['version'];
  if (typeof version === 'number' && version > PROJECT_VERSION)
    throw new ProjectError(
      `${source}: this project was made by a newer version of Clusnet Explorer (project version ${version}). Reload the app to update it, then open the file again.`,
    );
  if (version !== PROJECT_VERSION)
    throw new ProjectError(
      `${source}: project version ${JSON.stringify(version) ?? 'none'} is not one this app reads.`,
    );
}

/** A project validated and repaired into the app's types, or a ProjectError. */
export function restoreProject(value: unknown, source: string): RestoredProject {
  checkFormat(value, source);
  const repairs: ReportEntry[] = [];
  const dataset = readDataset(value['dataset'], source, repairs);
  const { view, dropped } = restoreView(value['view']);
  if (dropped.length > 0)
    repairs.push(repair(source, 'bad-view', `View fields not readable: ${dropped.join(', ')}.`, 'Defaults used.'));
  const scenes = restoreScenes(value['scenes'], source, repairs);
  const report = restoreReport(value['report'], source, repairs);
  const id = value['id'];
  const name = value['name'];
  const project: Project = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id: isText(id) && id !== '' && id.length <= 200 ? id : newProjectId(),
    name: isText(name) && name.trim() !== '' ? name : dataset.name,
    dataset,
    // A project saved without a report keeps none, unless there are repairs to list.
    ...(value['report'] !== undefined || repairs.length > 0 ? { report } : {}),
    view,
    scenes,
    ...('mapping' in value ? { mapping: value['mapping'] } : {}),
    savedAt: isText(value['savedAt']) ? value['savedAt'] : new Date(0).toISOString(),
  };
  return { project, repairs };
}

/** The restored project alone, for callers that show no repairs. */
export const readProject = (value: unknown, source: string): Project => restoreProject(value, source).project;

/** Parse and restore the text of a project file. */
export function restoreProjectFile(text: string, fileName: string): RestoredProject {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ProjectError(`${fileName}: this is not valid JSON (${(error as Error).message}).`);
  }
  return restoreProject(value, fileName);
}

/** A project file's project alone. */
export const parseProjectFile = (text: string, fileName: string): Project => restoreProjectFile(text, fileName).project;

const TABLE_ROLES = ['organisations', 'ties', 'membership'];

/** Remembered column mappings (from localStorage): those of the wrong shape are forgotten. */
export function restoreMappings(value: unknown): Record<string, TableMapping> {
  const mappings = Object.create(null) as Record<string, TableMapping>;
  if (!isRecord(value)) return mappings;
  for (const [key, mapping] of Object.entries(value)) {
    if (!isRecord(mapping) || !TABLE_ROLES.includes(mapping['role'] as string)) continue;
    const fields = mapping['fields'];
    if (!Array.isArray(fields) || fields.length === 0 || !fields.every((field) => field === null || isText(field)))
      continue;
    const groupMode = mapping['groupMode'];
    if (groupMode !== undefined && groupMode !== 'shared' && groupMode !== 'two-mode') continue;
    mappings[key] = mapping as unknown as TableMapping;
  }
  return mappings;
}
