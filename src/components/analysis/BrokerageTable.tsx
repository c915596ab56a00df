import { BROKERAGE_ROLES } from '../../analysis/brokerage';
import type { BrokerRow } from '../../analysis/brokerageRanking';
import { brokerageMetricId } from '../../analysis/registry';
import type { AnalysisResults } from '../../analysis/types';
import { useAppStore } from '../../store';
import { selectNamesById, selectTopBrokers } from '../../store/analysisSelectors';
import { DataTable, type TableColumn } from '../table/DataTable';

const TOP = 15;

/** Gould & Fernandez brokerage roles of the top brokers, relative to the chosen grouping. */
export function BrokerageTable({ analysis, groupingName }: { analysis: AnalysisResults; groupingName: string }) {
  const dataset = useAppStore((state) => state.dataset);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  if (!dataset) return null;
  const names = selectNamesById(dataset);
  const rows = selectTopBrokers(analysis, TOP);
  const infos = new Map(analysis.metrics.map((metric) => [metric.id, metric]));
  const columns: TableColumn<BrokerRow>[] = [
    {
      key: 'organisation',
      header: 'Organisation',
      rowHeader: true,
      cell: (row) => (
        <button type="button" className="link-button" onClick={() => selectOrganisation(row.id)}>
          {names.get(row.id) ?? row.id}
        </button>
      ),
    },
    ...BROKERAGE_ROLES.map((role): TableColumn<BrokerRow> => {
      const info = infos.get(brokerageMetricId(role));
      return {
        key: role,
        header: info?.label ?? role,
        title: info?.description,
        numeric: true,
        cell: (row) => row.counts[role].toLocaleString('en'),
      };
    }),
    { key: 'total', header: 'Total', numeric: true, cell: (row) => row.total.toLocaleString('en') },
  ];
  return (
    <>
      <p className="analysis-lead">
        A broker links A to C when A → broker → C and A has no tie to C; its role depends on the {groupingName} of A,
        the broker and C. <strong>Undirected ties count in both directions</strong>, so each open path between
        undirected ties is counted twice and gatekeeper and representative counts mirror each other.
      </p>
      {rows.length === 0 ? (
        <p className="hint">No organisation brokers between others here.</p>
      ) : (
        <div className="table-scroll">
          <DataTable
            caption={`The ${rows.length} organisations that broker most, by brokerage role relative to ${groupingName}.`}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
          />
        </div>
      )}
    </>
  );
}
