import { useAppStore } from '../store';
import { cancelImport } from '../store/actions';

/** Progress of a running import with Cancel, or the message of one that failed. */
export function ImportStatusBar() {
  const importStatus = useAppStore((state) => state.importStatus);
  const setImportStatus = useAppStore((state) => state.setImportStatus);
  if (importStatus.status === 'idle') return null;
  if (importStatus.status === 'error') {
    return (
      <div role="alert" className="import-error">
        <span>{importStatus.message}</span>
        <button type="button" className="button" onClick={() => setImportStatus({ status: 'idle' })}>
          Dismiss
        </button>
      </div>
    );
  }
  return (
    <div className="import-progress">
      <label>
        {importStatus.label}
        <progress value={importStatus.progress} max={1} />
      </label>
      <button type="button" className="button" onClick={cancelImport}>
        Cancel
      </button>
    </div>
  );
}
