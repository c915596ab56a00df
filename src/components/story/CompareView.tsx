import { formatPeriod, formatWaveCounts } from '../../analysis/story/format';
import { useAppStore } from '../../store';
import { hideComparison, showComparisonOnGraph } from '../../store/storyActions';
import { AnalysisStatus } from '../analysis/AnalysisStatus';
import { ChangesTable, WaveMeasuresTable } from './WaveTables';
import { WaveControls } from './WaveControls';
import '../analysis/analysis.css';
import './story.css';

/** Two waves of the network side by side: what formed, persisted and dissolved, and what changed. */
export function CompareView() {
  const dataset = useAppStore((state) => state.dataset);
  const comparison = useAppStore((state) => state.analysis?.story?.comparison);
  const story = useAppStore((state) => state.analysis?.story);
  const shown = useAppStore((state) => state.view.compare ?? null);
  if (!dataset) return null;
  const labels: [string, string] = comparison
    ? [`Earlier wave (${formatPeriod(comparison.params.a)})`, `Later wave (${formatPeriod(comparison.params.b)})`]
    : ['', ''];
  return (
    <section className="analysis-view" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare two waves</h2>
      <p className="analysis-lead">
        The data set cut in two periods by tie year, as evaluators compare two survey waves: which ties formed,
        persisted and dissolved, who joined and left, and how the shape of the network changed.
      </p>
      <AnalysisStatus />
      {!story ? (
        <p className="hint">The comparison appears here as soon as the analysis has run.</p>
      ) : !comparison ? (
        <p className="hint">To compare waves, the ties need a year, and at least two different years.</p>
      ) : (
        <>
          <WaveControls waves={comparison.params} years={comparison.years} />
          <section className="comparison" aria-label="Comparison">
            <h3>
              {labels[0]} against {labels[1].charAt(0).toLowerCase() + labels[1].slice(1)}
            </h3>
            <ul className="wave-counts">
              {formatWaveCounts(comparison.counts).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
            {comparison.tiesWithoutYear > 0 && (
              <p className="hint">{comparison.tiesWithoutYear} ties without a year are in neither wave.</p>
            )}
            <div className="wave-actions">
              <button type="button" onClick={() => showComparisonOnGraph(comparison.params)}>
                Show the comparison on the graph
              </button>
              {shown && (
                <button type="button" onClick={hideComparison}>
                  Stop colouring ties by wave
                </button>
              )}
            </div>
            <WaveMeasuresTable comparison={comparison} labels={labels} />
            <ChangesTable
              caption="Largest changes in brokerage (all Gould–Fernandez roles, by the analysis grouping)"
              changes={comparison.brokerageChanges}
              value={(change, wave) => (wave === 'A' ? change.brokerageA : change.brokerageB)}
              digits={0}
            />
            <ChangesTable
              caption="Largest changes in betweenness (within each wave, 0–1)"
              changes={comparison.betweennessChanges}
              value={(change, wave) => (wave === 'A' ? change.betweennessA : change.betweennessB) ?? 0}
              digits={3}
            />
            {comparison.notes.map((note) => (
              <p key={note} className="analysis-note">
                {note}
              </p>
            ))}
          </section>
        </>
      )}
    </section>
  );
}
