import { useAppStore } from '../store';

/** Shown when the work cannot be kept in this browser: says what to do instead. */
export function StorageBanner() {
  const saveStatus = useAppStore((state) => state.saveStatus);
  const dismissed = useAppStore((state) => state.dismissedStorageMessage);
  const dismiss = useAppStore((state) => state.dismissStorageMessage);
  if (saveStatus.status !== 'error' || saveStatus.message === dismissed) return null;
  return (
    <div role="alert" className="storage-banner">
      <span>{saveStatus.message}</span>
      <button type="button" className="button" onClick={() => dismiss(saveStatus.message)}>
        Dismiss
      </button>
    </div>
  );
}

/** "Saved in this browser" beside the data set's summary, so a person knows a reload is safe. */
export function SaveStatusText() {
  const saveStatus = useAppStore((state) => state.saveStatus);
  const text = { idle: '', saving: 'Saving…', saved: 'Saved in this browser', error: 'Not saved in this browser' }[
    saveStatus.status
  ];
  return (
    <p role="status" aria-label="Save status" className="save-status">
      {text}
    </p>
  );
}
