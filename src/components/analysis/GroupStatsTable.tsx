import type { GroupStat } from '../../analysis/groupStats';
import { formatMetric } from '../../analysis/metricRows';
import { groupLabel } from '../../analysis/groupingFields';

const share = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const ratio = (value: number | null) => (value === null ? '—' : formatMetric(value));

/** Per-group statistics: size, ties inside and out, density, E-I index, share crossing cities. */
export function GroupStatsTable({ field, stats }: { field: string; stats: GroupStat[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Per group: ties are linked pairs (several ties between two organisations count once; weights add up).</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="numeric">Organisations</th>
            <th scope="col" className="numeric" title="Pairs with both organisations in the group">Internal ties</th>
            <th scope="col" className="numeric" title="Pairs with one organisation in the group">External ties</th>
            <th scope="col" className="numeric" title="Internal ties over possible internal pairs">Density</th>
            <th scope="col" className="numeric" title="(external − internal) / (external + internal): −1 closed group, +1 open">E-I index</th>
            <th scope="col" className="numeric" title="Share of the group's ties joining two different cities">Ties across cities</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((stat) => (
            <tr key={stat.group}>
              <th scope="row">{groupLabel(field, stat.group)}</th>
              <td className="numeric">{stat.organisations}</td>
              <td className="numeric">{stat.internalTies} <span className="weight">(w {formatMetric(stat.internalWeight)})</span></td>
              <td className="numeric">{stat.externalTies} <span className="weight">(w {formatMetric(stat.externalWeight)})</span></td>
              <td className="numeric">{ratio(stat.density)}</td>
              <td className="numeric">{ratio(stat.eiIndex)}</td>
              <td className="numeric">{share(stat.crossCityShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
