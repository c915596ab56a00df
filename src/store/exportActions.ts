import { DATA_EXPORT_FORMATS, type DataExportKind } from '../export/formats';
import { downloadText } from '../export/download';
import { useAppStore } from './index';

/**
 * Build one data export of the loaded data set (with its metrics, when computed) and download it.
 * Returns the file name, or null when there is nothing to export.
 */
export function exportData(kind: DataExportKind, options: { bom: boolean }): string | null {
  const { dataset, analysis } = useAppStore.getState();
  const format = DATA_EXPORT_FORMATS.find((candidate) => candidate.kind === kind);
  if (!dataset || !format) return null;
  const file = format.build(dataset, analysis, options);
  downloadText(file.fileName, file.text, file.type);
  return file.fileName;
}
