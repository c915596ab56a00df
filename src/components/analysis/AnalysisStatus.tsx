import { useAppStore } from '../../store';
import { analyseLoadedDataset, cancelAnalysis } from '../../store/analysisActions';

/** Progress of the running analysis with Cancel, its error with Retry, and its notes (e.g. sampling). */
export function AnalysisStatus({ showNotes = true }: { showNotes?: boolean }) {
  const status = useAppStore((state) => state.analysisStatus);
  const notes = useAppStore((state) => state.analysis?.notes);
  return (
    <>
      {status.status === 'running' && (
        <div className="analysis-progress">
          <label>
            Analysing: {status.label}
            <progress value={status.progress} max={1} />
          </label>
          <button type="button" className="button" onClick={cancelAnalysis}>
            Cancel analysis
          </button>
        </div>
      )}
      {status.status === 'error' && (
        <div role="alert" className="analysis-error">
          <span>{status.message}</span>
          <button type="button" className="button" onClick={() => void analyseLoadedDataset()}>
            Retry
          </button>
        </div>
      )}
      {showNotes &&
        notes?.map((note) => (
          <p key={note} role="note" className="analysis-note">
            {note}
          </p>
        ))}
    </>
  );
}

/** Sidebar panel: only while the analysis runs or failed, so metrics colouring is explained. */
export function AnalysisStatusPanel() {
  const status = useAppStore((state) => state.analysisStatus);
  if (status.status === 'idle') return null;
  return (
    <section className="panel" aria-label="Analysis">
      <AnalysisStatus showNotes={false} />
    </section>
  );
}
