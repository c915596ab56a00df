import { BROKERAGE_ROLES } from '../../analysis/brokerage';
import { brokerageMetricId } from '../../analysis/registry';
import type { AnalysisResults } from '../../analysis/types';
import { useAppStore } from '../../store';
import { selectNamesById, selectTopBrokers } from '../../store/analysisSelectors';

const TOP = 15;

/** Gould & Fernandez brokerage roles of the top brokers, relative to the chosen grouping. */
export function BrokerageTable({ analysis, groupingName }: { analysis: AnalysisResults; groupingName: string }) {
  const dataset = useAppStore((state) => state.dataset);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  if (!dataset) return null;
  const names = selectNamesById(dataset);
  const rows = selectTopBrokers(analysis, TOP);
  const infos = new Map(analysis.metrics.map((metric) => [metric.id, metric]));
  return (
    <>
      <p className="analysis-lead">
        A broker links A to C when A → broker → C and A has no tie to C; its role depends on the {groupingName} of A, the broker and C. <strong>Undirected ties count in both directions</strong>, so each open path
        between undirected ties is counted twice and gatekeeper and representative counts mirror each other.
      </p>
      {rows.length === 0 ? (
        <p className="hint">No organisation brokers between others here.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>The {rows.length} organisations that broker most, by brokerage role relative to {groupingName}.</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                {BROKERAGE_ROLES.map((role) => (
                  <th key={role} scope="col" className="numeric" title={infos.get(brokerageMetricId(role))?.description}>
                    {infos.get(brokerageMetricId(role))?.label ?? role}
                  </th>
                ))}
                <th scope="col" className="numeric">Total</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => selectOrganisation(row.id)}>
                      {names.get(row.id) ?? row.id}
                    </button>
                  </th>
                  {BROKERAGE_ROLES.map((role) => (
                    <td key={role} className="numeric">{row.counts[role].toLocaleString('en')}</td>
                  ))}
                  <td className="numeric">{row.total.toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
