import type { ImportResult } from '../model/types';
import { checkFileSize, type SourceFile } from '../import/importSources';
import type { TableMapping } from '../import/tableMapping';
import { ImportCancelled, runImport } from '../workers/importClient';
import { getEmptyViewSlicesState, useAppStore } from './index';
import { analyseLoadedDataset } from './analysisActions';
import { rememberMappings, rememberedMappings } from './rememberedMappings';
import type { ImportSettings } from './importSlice';
import { markPerf } from '../perf';
import { carriesPositions } from '../import/carriedPositions';

let currentImport: AbortController | null = null;
/** The files of the user's last import: re-read when a setting changes, and completed by the next drop. */
let lastUserFiles: SourceFile[] = [];
/** Files waiting in the mapping step. */
let pendingFiles: { files: SourceFile[]; options: ImportFileOptions } | null = null;

export interface ImportFileOptions {
  name?: string;
  illustrative?: boolean;
  /** Re-read of the same files (a setting changed): no companions, keep the accepted merges. */
  reread?: boolean;
  /** Open the mapping step even when every column was recognised. */
  reviewMapping?: boolean;
}

/**
 * Replace the data set: every view slice starts afresh for the new data. One store update, so
 * that autosave never sees the old data set with an emptied view (src/store/persistence.ts).
 */
function loadDataset({ dataset, report }: ImportResult): void {
  const empty = getEmptyViewSlicesState();
  // A file that carries the map its author made (VOSviewer, Gephi, x/y columns) opens on that map.
  const layout = carriesPositions(dataset.organisations) ? 'preset' : empty.view.layout;
  useAppStore.setState((state) => ({
    ...empty,
    view: { ...empty.view, layout },
    dataset,
    report,
    datasetVersion: state.datasetVersion + 1,
  }));
  // Metrics are computed off the main thread as soon as the data is in, ready for colouring.
  void analyseLoadedDataset();
}

/** Start an import: the one running (being read or parsed) is cancelled, and says nothing more. */
function beginImport(): AbortController {
  currentImport?.abort();
  const controller = new AbortController();
  currentImport = controller;
  return controller;
}

/** Import files (in a worker) and load them; on failure the data set already loaded stays. */
export function importFiles(
  files: SourceFile[],
  options: ImportFileOptions = {},
  mappings: Record<string, TableMapping> = {},
): Promise<void> {
  return runImportWith(beginImport(), files, options, mappings);
}

async function runImportWith(
  controller: AbortController,
  files: SourceFile[],
  options: ImportFileOptions,
  mappings: Record<string, TableMapping>,
): Promise<void> {
  const { setImportStatus, setImportSettings } = useAppStore.getState();
  if (!options.reread) setImportSettings({ acceptedMerges: [] });
  const settings = useAppStore.getState().importSettings;
  const label = `Reading ${files.map((file) => file.name).join(', ')}`;
  setImportStatus({ status: 'loading', progress: 0, label });
  markPerf('import-start');
  const companions = options.illustrative || options.reread ? [] : lastUserFiles;
  try {
    const outcome = await runImport(files, {
      ...(options.name ? { name: options.name } : {}),
      ...(options.illustrative ? { illustrative: true } : {}),
      ...settings,
      mappings: { ...rememberedMappings(), ...mappings },
      askForMapping: options.reviewMapping ? 'always' : Object.keys(mappings).length === 0,
      companions,
      signal: controller.signal,
      // New files' bytes move to the worker and back; the files kept for re-reading are copied,
      // so that a cancelled re-read cannot take them away.
      transferFiles: !options.reread && !files.some((file) => lastUserFiles.includes(file)),
      onProgress: (progress) => {
        if (!controller.signal.aborted) setImportStatus({ status: 'loading', progress, label });
      },
    });
    markPerf('import-end');
    // Hand over in a task of its own: the task that received the worker's message ends here, and
    // building and drawing the graph for the new data set is not counted as part of the import.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (controller.signal.aborted) return;
    setImportStatus({ status: 'idle' });
    if (outcome.kind === 'needs-mapping') {
      pendingFiles = { files, options: { ...options, reviewMapping: false } };
      useAppStore.getState().setPendingMapping(outcome.plans);
      return;
    }
    loadDataset(outcome.result);
    const used = new Set(outcome.result.dataset.files);
    if (!options.illustrative) lastUserFiles = [...companions, ...files].filter((file) => used.has(file.name));
  } catch (error) {
    // A newer import owns the status now: a cancelled one says nothing.
    if (controller.signal.aborted && currentImport !== controller) return;
    if (error instanceof ImportCancelled) setImportStatus({ status: 'idle' });
    else setImportStatus({ status: 'error', message: (error as Error).message });
  } finally {
    if (currentImport === controller) currentImport = null;
  }
}

/** Stop the running import, if any; the data set already loaded stays. */
export function cancelImport(): void {
  currentImport?.abort();
}

/** The mapping step confirmed: remember the mappings and import with them. */
export function confirmMapping(mappings: Record<string, TableMapping>): Promise<void> {
  useAppStore.getState().setPendingMapping(null);
  rememberMappings(mappings);
  const pending = pendingFiles;
  pendingFiles = null;
  return pending ? importFiles(pending.files, pending.options, mappings) : Promise.resolve();
}

/** The mapping step cancelled: nothing is imported, the loaded data set stays. */
export function cancelMapping(): void {
  pendingFiles = null;
  useAppStore.getState().setPendingMapping(null);
}

/** Change how references and duplicates are handled, and re-read the user's files with it. */
export function changeImportSettings(change: Partial<ImportSettings>): Promise<void> {
  useAppStore.getState().setImportSettings(change);
  const dataset = useAppStore.getState().dataset;
  if (lastUserFiles.length === 0 || !dataset) return Promise.resolve();
  return importFiles(lastUserFiles, { name: dataset.name, reread: true }, rememberedMappings());
}

/** Open the mapping step for the files loaded last, to reassign any column. */
export function reviewMapping(): Promise<void> {
  const dataset = useAppStore.getState().dataset;
  if (lastUserFiles.length === 0 || !dataset) return Promise.resolve();
  return importFiles(lastUserFiles, { name: dataset.name, reread: true, reviewMapping: true });
}

/** Accept a suggested merge of two organisations. */
export function acceptMerge(from: string, into: string): Promise<void> {
  const { acceptedMerges } = useAppStore.getState().importSettings;
  return changeImportSettings({ acceptedMerges: [...acceptedMerges, [from, into]] });
}

/** True when the import was stopped while its files were read: by Cancel (status back to idle) or by a newer import (silent). */
function stoppedWhileReading(controller: AbortController): boolean {
  if (!controller.signal.aborted) return false;
  if (currentImport === controller) {
    currentImport = null;
    useAppStore.getState().setImportStatus({ status: 'idle' });
  }
  return true;
}

/**
 * Read browser File objects and import them. Sizes are checked before anything is read; a file
 * chosen while an earlier one is still being read cancels that one, which then says nothing.
 */
export async function importBrowserFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const controller = beginImport();
  const { setImportStatus } = useAppStore.getState();
  try {
    for (const file of files) checkFileSize(file.name, file.size);
  } catch (error) {
    setImportStatus({ status: 'error', message: (error as Error).message });
    if (currentImport === controller) currentImport = null;
    return;
  }
  setImportStatus({ status: 'loading', progress: 0, label: `Reading ${files.map((file) => file.name).join(', ')}` });
  let sources: SourceFile[];
  try {
    sources = await Promise.all(
      files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
  } catch (error) {
    if (stoppedWhileReading(controller)) return;
    setImportStatus({
      status: 'error',
      message: `${files.map((file) => file.name).join(', ')}: the file could not be read (${(error as Error).message}).`,
    });
    return;
  }
  if (stoppedWhileReading(controller)) return;
  await runImportWith(controller, sources, {}, {});
}

/** Import text pasted by the user (CSV, TSV or JSON). */
export function importPastedText(text: string): Promise<void> {
  useAppStore.getState().setPasteOpen(false);
  return importFiles([{ name: 'pasted data', bytes: new TextEncoder().encode(text) }]);
}
