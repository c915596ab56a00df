import { useAppStore } from '../../store';
import { AnalysisStatus } from '../analysis/AnalysisStatus';
import { GovernanceSection } from './GovernanceSection';
import { HelixSection } from './HelixSection';
import { MeasureSection } from './MeasureSection';
import { FindingsSection } from './FindingsSection';
import '../analysis/analysis.css';
import './story.css';

/** The questions every cluster faces, answered from the ties: how it is organised, what to measure. */
export function ReadingView() {
  const dataset = useAppStore((state) => state.dataset);
  const story = useAppStore((state) => state.analysis?.story);
  if (!dataset) return null;
  return (
    <section className="analysis-view" aria-labelledby="reading-title">
      <h2 id="reading-title">Reading your cluster</h2>
      <p className="analysis-lead">
        How the cluster is organised, and what its network says about growth, firms and the cluster organisation. Every
        statement comes with the numbers behind it.
      </p>
      <AnalysisStatus />
      {story ? (
        <>
          <FindingsSection />
          <GovernanceSection />
          <MeasureSection />
          <HelixSection />
        </>
      ) : (
        <p className="hint">The readings appear here as soon as the analysis has run.</p>
      )}
    </section>
  );
}
