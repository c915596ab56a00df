import { useAppStore } from '../../store';
import { changeAnalysisParams } from '../../store/analysisActions';

/** Louvain resolution and weighted betweenness: changing either re-runs the analysis (cached per setting). */
export function AnalysisParamsControls() {
  const params = useAppStore((state) => state.analysisParams);
  return (
    <fieldset className="analysis-params">
      <legend>Analysis settings</legend>
      <label title="Above 1: more, smaller communities. Below 1: fewer, larger ones.">
        Community resolution
        <select
          value={params.resolution}
          onChange={(event) => void changeAnalysisParams({ resolution: Number(event.target.value) })}
        >
          {[0.5, 0.75, 1, 1.25, 1.5, 2].map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={params.weightedBetweenness}
          onChange={(event) => void changeAnalysisParams({ weightedBetweenness: event.target.checked })}
        />
        Betweenness along strong ties (distance = 1 / weight)
      </label>
    </fieldset>
  );
}
