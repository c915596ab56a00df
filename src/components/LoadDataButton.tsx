import { useId } from 'react';
import { importBrowserFiles } from '../store/actions';

/** The file chooser: one or several CSV/JSON files. Styled as a button, still a real file input. */
export function LoadDataButton() {
  const inputId = useId();
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
        accept=".csv,.tsv,.txt,.json,text/csv,application/json"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          void importBrowserFiles(files);
        }}
      />
    </div>
  );
}
