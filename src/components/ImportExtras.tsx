import { useAppStore } from '../store';
import { countEntries } from '../export/reportCsv';
import { PendingMappingDialog } from './MappingDialog';
import { PasteDialog } from './PasteDialog';

export const IMPORT_REPORT_VIEW = 'import-report';

/** After an import with problems: a short summary that links to the import report. */
function ImportNotice() {
  const report = useAppStore((state) => state.report);
  const dataset = useAppStore((state) => state.dataset);
  const version = useAppStore((state) => state.datasetVersion);
  const dismissed = useAppStore((state) => state.noticeDismissed);
  const mainView = useAppStore((state) => state.mainView);
  const showMainView = useAppStore((state) => state.showMainView);
  const dismiss = useAppStore((state) => state.dismissImportNotice);
  if (!report || !dataset || dataset.illustrative || dismissed === version || mainView === IMPORT_REPORT_VIEW)
    return null;
  const { problems } = countEntries(report);
  const duplicates = report.suggestions?.length ?? 0;
  if (problems === 0 && duplicates === 0) return null;
  const parts = [
    problems > 0 ? `${problems.toLocaleString('en-GB')} ${problems === 1 ? 'row needs' : 'rows need'} a look` : '',
    duplicates > 0 ? `${duplicates} possible duplicate ${duplicates === 1 ? 'name' : 'names'}` : '',
  ].filter(Boolean);
  return (
    <div role="status" aria-label="Import summary" className="import-notice">
      <span>
        Imported {dataset.files.join(', ')}: {parts.join(' and ')}.
      </span>
      <span className="import-notice-actions">
        <button type="button" className="button" onClick={() => showMainView(IMPORT_REPORT_VIEW)}>
          Open the import report
        </button>
        <button type="button" className="button" onClick={dismiss}>
          Dismiss
        </button>
      </span>
    </div>
  );
}

/** The import's notice and dialogs (mapping step, paste), mounted once under the header. */
export function ImportExtras() {
  return (
    <>
      <ImportNotice />
      <PendingMappingDialog />
      <PasteDialog />
    </>
  );
}
