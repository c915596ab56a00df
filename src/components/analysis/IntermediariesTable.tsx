import type { IntermediaryReport } from '../../analysis/intermediaries';
import { useAppStore } from '../../store';
import { selectNamesById } from '../../store/analysisSelectors';
import { DataTable, type TableColumn } from '../table/DataTable';

/** For each intermediary: how many pairs of its partners it alone links, with examples. */
export function IntermediariesTable({ reports }: { reports: IntermediaryReport[] }) {
  const dataset = useAppStore((state) => state.dataset);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  const brokerage = useAppStore((state) => state.analysis?.nodeMetrics['brokerageTotal']);
  if (!dataset) return null;
  if (reports.length === 0)
    return (
      <p className="hint">No organisation has the intermediary role (change the role mapping below if some should).</p>
    );
  const names = selectNamesById(dataset);
  const name = (id: string) => names.get(id) ?? id;
  const columns: TableColumn<IntermediaryReport>[] = [
    {
      key: 'intermediary',
      header: 'Intermediary',
      rowHeader: true,
      cell: (report) => (
        <button type="button" className="link-button" onClick={() => selectOrganisation(report.id)}>
          {name(report.id)}
        </button>
      ),
    },
    { key: 'partners', header: 'Partners', numeric: true, cell: (report) => report.partners },
    {
      key: 'exclusivePairs',
      header: 'Pairs linked only through it',
      numeric: true,
      cell: (report) => report.exclusivePairs.toLocaleString('en'),
    },
    {
      key: 'brokerage',
      header: 'Brokerage',
      numeric: true,
      cell: (report) => Number(brokerage?.[report.id] ?? 0).toLocaleString('en'),
    },
    {
      key: 'examples',
      header: 'For example',
      cellClassName: 'pairs',
      cell: (report) =>
        `${report.examples
          .slice(0, 4)
          .map(([a, b]) => `${name(a)} – ${name(b)}`)
          .join('; ')}${report.exclusivePairs > 4 ? '; …' : ''}`,
    },
  ];
  return (
    <div className="table-scroll">
      <DataTable
        className="data-table intermediaries"
        caption="Pairs of an intermediary’s partners that have no tie of their own and no other partner in common: the links only it provides."
        columns={columns}
        rows={reports}
        rowKey={(report) => report.id}
      />
    </div>
  );
}
