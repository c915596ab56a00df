import { useState } from 'react';
import { useAppStore } from '../store';
import { importPastedText } from '../store/importActions';
import { ModalSurface } from './ModalSurface';

/** Paste CSV, TSV or JSON text (from a spreadsheet or a web page) and import it. */
export function PasteDialog() {
  const open = useAppStore((state) => state.pasteOpen);
  const setPasteOpen = useAppStore((state) => state.setPasteOpen);
  const [text, setText] = useState('');
  if (!open) return null;
  return (
    <ModalSurface labelledBy="paste-title" className="dialog paste-dialog" onClose={() => setPasteOpen(false)}>
      <h2 id="paste-title">Paste data</h2>
      <label className="paste-label">
        Data as CSV, tab-separated (copied from a spreadsheet) or JSON
        <textarea
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          rows={12}
          autoFocus
          spellCheck={false}
        />
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setPasteOpen(false)}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={text.trim() === ''}
          onClick={() => void importPastedText(text).then(() => setText(''))}
        >
          Import
        </button>
      </div>
    </ModalSurface>
  );
}
