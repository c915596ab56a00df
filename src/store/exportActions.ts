import { DATA_EXPORT_FORMATS, type DataExportKind } from '../export/formats';
import { downloadText } from '../export/download';
import { useAppStore } from './index';

/** Build one data export of the loaded data set (with its metrics, when computed) and download it. */
export function exportData(kind: DataExportKind, options: { bom: boolean }): void {
  const { dataset, analysis } = useAppStore.getState();
  const format = DATA_EXPORT_FORMATS.find((candidate) => candidate.kind === kind);
  if (!dataset || !format) return;
  const file = format.build(dataset, analysis, options);
  downloadText(file.fileName, file.text, file.type);
}
