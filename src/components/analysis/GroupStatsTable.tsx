import type { GroupStat } from '../../analysis/groupStats';
import { formatMetric } from '../../analysis/metricRows';
import { groupLabel } from '../../analysis/groupingFields';
import { DataTable, type TableColumn } from '../table/DataTable';

const share = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const ratio = (value: number | null) => (value === null ? '—' : formatMetric(value));
const ties = (count: number, weight: number) => (
  <>
    {count} <span className="weight">(w {formatMetric(weight)})</span>
  </>
);

const columns = (field: string): TableColumn<GroupStat>[] => [
  { key: 'group', header: 'Group', rowHeader: true, cell: (stat) => groupLabel(field, stat.group) },
  { key: 'organisations', header: 'Organisations', numeric: true, cell: (stat) => stat.organisations },
  {
    key: 'internal',
    header: 'Internal ties',
    title: 'Pairs with both organisations in the group',
    numeric: true,
    cell: (stat) => ties(stat.internalTies, stat.internalWeight),
  },
  {
    key: 'external',
    header: 'External ties',
    title: 'Pairs with one organisation in the group',
    numeric: true,
    cell: (stat) => ties(stat.externalTies, stat.externalWeight),
  },
  {
    key: 'density',
    header: 'Density',
    title: 'Internal ties over possible internal pairs',
    numeric: true,
    cell: (stat) => ratio(stat.density),
  },
  {
    key: 'ei',
    header: 'E-I index',
    title: '(external − internal) / (external + internal): −1 closed group, +1 open',
    numeric: true,
    cell: (stat) => ratio(stat.eiIndex),
  },
  {
    key: 'crossCity',
    header: 'Ties across cities',
    title: "Share of the group's ties joining two different cities",
    numeric: true,
    cell: (stat) => share(stat.crossCityShare),
  },
];

/** Per-group statistics: size, ties inside and out, density, E-I index, share crossing cities. */
export function GroupStatsTable({ field, stats }: { field: string; stats: GroupStat[] }) {
  return (
    // Focusable so a keyboard can scroll it: the rows themselves take no focus.
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Statistics per group">
      <DataTable
        caption="Per group: ties are linked pairs (several ties between two organisations count once; weights add up)."
        columns={columns(field)}
        rows={stats}
        rowKey={(stat) => stat.group}
      />
    </div>
  );
}
