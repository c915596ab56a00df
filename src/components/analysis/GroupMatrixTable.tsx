import type { GroupMatrix } from '../../analysis/groupMatrix';
import { formatMetric } from '../../analysis/metricRows';
import { groupLabel } from '../../analysis/groupingFields';
import { mixHex, readableOn } from '../../appearance/contrast';

/**
 * Cell shade from pale to deep blue, opaque so it reads the same in either theme; the text takes
 * whichever of near-black and white contrasts more with it (at least 4.5:1 all along the scale).
 */
function cellStyle(count: number, max: number) {
  const level = max === 0 ? 0 : count / max;
  const backgroundColor = mixHex('#eef4fb', '#0b3f78', level);
  return { backgroundColor, color: readableOn(backgroundColor) };
}

/** The group × group matrix of ties as a heat-map table: linked pairs, with summed weight. */
export function GroupMatrixTable({ field, matrix }: { field: string; matrix: GroupMatrix }) {
  const max = Math.max(0, ...matrix.counts.flat());
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Ties between groups">
      <table className="data-table heatmap">
        <caption>
          Ties between groups: number of linked pairs, summed weight in brackets; darker is more. The diagonal is ties
          within a group.
          {matrix.merged && ` The ${matrix.merged.groups} smallest groups are merged into “${matrix.merged.into}”.`}
        </caption>
        <thead>
          <tr>
            <td />
            {matrix.groups.map((group) => (
              <th key={group} scope="col">
                {groupLabel(field, group)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.groups.map((rowGroup, i) => (
            <tr key={rowGroup}>
              <th scope="row">{groupLabel(field, rowGroup)}</th>
              {matrix.groups.map((columnGroup, j) => {
                const count = matrix.counts[i]![j]!;
                return (
                  <td
                    key={columnGroup}
                    className="numeric"
                    style={count > 0 ? cellStyle(count, max) : undefined}
                    title={`${groupLabel(field, rowGroup)} – ${groupLabel(field, columnGroup)}: ${count} ties, weight ${formatMetric(matrix.weights[i]![j]!)}`}
                  >
                    {count > 0 ? (
                      <>
                        {count} <span className="weight">({formatMetric(matrix.weights[i]![j]!)})</span>
                      </>
                    ) : (
                      '·'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
