import { groupingLabel } from '../../analysis/analyse';
import { useAppStore } from '../../store';
import { changeAnalysisParams } from '../../store/analysisActions';
import { selectGroupingFields } from '../../store/analysisSelectors';
import { AnalysisStatus } from './AnalysisStatus';
import { BrokerageTable } from './BrokerageTable';
import { GroupMatrixTable } from './GroupMatrixTable';
import { GroupStatsTable } from './GroupStatsTable';
import { GrowthCharts } from './GrowthCharts';
import { IntermediariesTable } from './IntermediariesTable';
import { NetworkStatsList } from './NetworkStatsList';
import { RoleMappingEditor } from './RoleMappingEditor';
import './analysis.css';

/** The system of organisations: network figures, groups, their matrix, brokerage, growth and intermediaries. */
export function GroupsView() {
  const dataset = useAppStore((state) => state.dataset);
  const analysis = useAppStore((state) => state.analysis);
  const groupBy = useAppStore((state) => state.analysisParams.groupBy);
  if (!dataset) return null;
  const fields = selectGroupingFields(dataset);
  const groups = analysis?.groups;
  const groupingName = groupingLabel(groups?.field ?? groupBy);
  return (
    <section className="analysis-view" aria-labelledby="groups-title">
      <h2 id="groups-title">Groups and the cluster system</h2>
      <p className="analysis-lead">
        Ties are counted as linked pairs: several ties between the same two organisations count once (their weights add
        up), in either direction.
      </p>
      <AnalysisStatus />
      <RoleMappingEditor />
      {analysis?.network && (
        <section aria-labelledby="network-title">
          <h3 id="network-title">The whole network</h3>
          <NetworkStatsList network={analysis.network} />
        </section>
      )}
      <label className="grouping-select">
        Group organisations by
        <select value={groupBy} onChange={(event) => void changeAnalysisParams({ groupBy: event.target.value })}>
          {fields.map(({ field, label }) => (
            <option key={field} value={field}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {groups && analysis ? (
        <>
          <section aria-labelledby="group-stats-title">
            <h3 id="group-stats-title">Groups by {groupingName}</h3>
            <GroupStatsTable field={groups.field} stats={groups.stats} />
          </section>
          <section aria-labelledby="matrix-title">
            <h3 id="matrix-title">
              Ties between groups ({groupingName} × {groupingName})
            </h3>
            <GroupMatrixTable field={groups.field} matrix={groups.matrix} />
          </section>
          <section aria-labelledby="brokerage-title">
            <h3 id="brokerage-title">Brokerage roles (Gould &amp; Fernandez) between {groupingName} groups</h3>
            <BrokerageTable analysis={analysis} groupingName={groupingName} />
          </section>
          <section aria-labelledby="growth-title">
            <h3 id="growth-title">Growth by year, per {groupingName}</h3>
            <GrowthCharts growth={groups.growth} field={groups.field} />
          </section>
          <section aria-labelledby="intermediaries-title">
            <h3 id="intermediaries-title">The work of intermediaries</h3>
            <IntermediariesTable reports={analysis.intermediaries ?? []} />
          </section>
        </>
      ) : (
        <p className="hint">The group statistics appear here as soon as the analysis has run.</p>
      )}
    </section>
  );
}
