import type { ImportResult } from '../model/types';
import type { SourceFile } from '../import/importSources';
import { ImportCancelled, runImport } from '../workers/importClient';
import { getEmptyViewSlicesState, useAppStore } from './index';
import { markPerf } from '../perf';
import demoOrganisations from '../../fixtures/clusnet-demo/organisations.csv?raw';
import demoTies from '../../fixtures/clusnet-demo/ties.csv?raw';

export const DEMO_NAME = 'CLUSNET: Clusters & Cities Network';

let currentImport: AbortController | null = null;

/**
 * Replace the data set: every view slice starts afresh for the new data. One store update, so
 * that autosave never sees the old data set with an emptied view (src/store/persistence.ts).
 */
function loadDataset({ dataset, report }: ImportResult): void {
  useAppStore.setState((state) => ({ ...getEmptyViewSlicesState(), dataset, report, datasetVersion: state.datasetVersion + 1 }));
}

/** Import files (in a worker) and load them; on failure the data set already loaded stays. */
export async function importFiles(files: SourceFile[], options: { name?: string; illustrative?: boolean } = {}): Promise<void> {
  currentImport?.abort();
  const controller = new AbortController();
  currentImport = controller;
  const { setImportStatus } = useAppStore.getState();
  const label = `Reading ${files.map((file) => file.name).join(', ')}`;
  setImportStatus({ status: 'loading', progress: 0, label });
  markPerf('import-start');
  try {
    const result = await runImport(files, {
      ...options,
      signal: controller.signal,
      onProgress: (progress) => setImportStatus({ status: 'loading', progress, label }),
    });
    markPerf('import-end');
    loadDataset(result);
    setImportStatus({ status: 'idle' });
  } catch (error) {
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

/** Read browser File objects and import them. */
export async function importBrowserFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const sources = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  await importFiles(sources);
}

/** The embedded CLUSNET demo, loaded through the same import path as a user's file. */
export function loadDemo(): Promise<void> {
  const encoder = new TextEncoder();
  return importFiles(
    [
      { name: 'organisations.csv', bytes: encoder.encode(demoOrganisations) },
      { name: 'ties.csv', bytes: encoder.encode(demoTies) },
    ],
    { name: DEMO_NAME, illustrative: true },
  );
}
