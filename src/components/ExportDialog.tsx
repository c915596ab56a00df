import { useState } from 'react';
import { useAppStore } from '../store';
import { exportData } from '../store/exportActions';
import { DATA_EXPORT_FORMATS } from '../export/formats';
import { Dialog } from './Dialog';

/** Header button and dialog: download the data set as CSV, JSON, GEXF or GraphML. */
export function ExportButton() {
  const hasData = useAppStore((state) => state.dataset !== null);
  const [open, setOpen] = useState(false);
  const [bom, setBom] = useState(false);
  const [lastFile, setLastFile] = useState<string | null>(null);
  return (
    <>
      <button type="button" className="button" disabled={!hasData} onClick={() => setOpen(true)}>
        Export
      </button>
      <Dialog
        title="Export"
        open={open}
        onClose={() => {
          setOpen(false);
          setLastFile(null);
        }}
      >
        <p className="hint">Files are made in your browser and saved by it; nothing is uploaded.</p>
        <label className="check">
          <input type="checkbox" checked={bom} onChange={(event) => setBom(event.currentTarget.checked)} />
          CSV for Excel (adds a byte-order mark so accents show correctly)
        </label>
        <ul className="export-list">
          {DATA_EXPORT_FORMATS.map((format) => (
            <li key={format.kind}>
              <button type="button" className="button" onClick={() => setLastFile(exportData(format.kind, { bom }))}>
                {format.label}
              </button>
              <span className="hint">{format.description}</span>
            </li>
          ))}
        </ul>
        <p role="status" className="hint">
          {lastFile && `Saved ${lastFile} to your downloads.`}
        </p>
      </Dialog>
    </>
  );
}
