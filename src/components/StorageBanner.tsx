import { useAppStore } from '../store';

const OPEN_ELSEWHERE =
  'This project is open in another tab, which saves it. Changes made in this tab are not saved, so that neither tab overwrites the other: close this tab, or load data here to start a new project.';

/** Shown when the work cannot be kept in this browser: says what to do instead. */
export function StorageBanner() {
  const saveStatus = useAppStore((state) => state.saveStatus);
  const dismissed = useAppStore((state) => state.dismissedStorageMessage);
  const dismiss = useAppStore((state) => state.dismissStorageMessage);
  const message =
    saveStatus.status === 'error' ? saveStatus.message : saveStatus.status === 'elsewhere' ? OPEN_ELSEWHERE : null;
  if (message === null || message === dismissed) return null;
  return (
    <div role="alert" className="storage-banner">
      <span>{message}</span>
      <button type="button" className="button" onClick={() => dismiss(message)}>
        Dismiss
      </button>
    </div>
  );
}

/** "Saved in this browser" beside the data set's summary, so a person knows a reload is safe. */
export function SaveStatusText() {
  const saveStatus = useAppStore((state) => state.saveStatus);
  const text = {
    idle: '',
    saving: 'Saving…',
    saved: 'Saved in this browser',
    error: 'Not saved in this browser',
    elsewhere: 'Open in another tab: not saved here',
  }[saveStatus.status];
  return (
    <p role="status" aria-label="Save status" className="save-status">
      {text}
    </p>
  );
}
