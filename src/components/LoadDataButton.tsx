import { useId } from 'react';
import { importBrowserFiles } from '../store/actions';
import { useAppStore } from '../store';

/** The file chooser: one or several CSV/JSON files. Styled as a button, still a real file input. */
export function LoadDataButton() {
  const inputId = useId();
  const setPasteOpen = useAppStore((state) => state.setPasteOpen);
  return (
    <div className="load-data">
      <label htmlFor={inputId} className="button button-primary">
        Load data
      </label>
      <input
        id={inputId}
        className="visually-hidden-input"
        type="file"
        multiple
        accept=".csv,.tsv,.txt,.json,.gexf,.graphml,.xml,text/csv,application/json"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          void importBrowserFiles(files);
        }}
      />
      <button type="button" className="button" onClick={() => setPasteOpen(true)}>
        Paste data
      </button>
    </div>
  );
}
