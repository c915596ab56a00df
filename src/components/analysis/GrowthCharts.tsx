import type { GrowthByYear, GrowthSeries } from '../../analysis/growth';
import { groupLabel } from '../../analysis/groupingFields';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = { left: 30, bottom: 20, top: 8 };

/** One group's growth: bars for ties begun each year, a line for organisations joining. */
function GrowthChart({ series, years, field }: { series: GrowthSeries; years: number[]; field: string }) {
  const max = Math.max(1, ...series.ties, ...series.newOrganisations);
  const step = (WIDTH - PAD.left) / years.length;
  const y = (value: number) => HEIGHT - PAD.bottom - ((HEIGHT - PAD.bottom - PAD.top) * value) / max;
  const name = groupLabel(field, series.group);
  const summary = years
    .map((year, i) => `${year}: ${series.ties[i]} ties, ${series.newOrganisations[i]} new`)
    .join('; ');
  const line = series.newOrganisations.map((value, i) => `${PAD.left + step * (i + 0.5)},${y(value)}`).join(' ');
  return (
    <figure className="growth-chart">
      <figcaption>{name}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${name}. ${summary}`}>
        <text x={PAD.left - 4} y={PAD.top + 10} textAnchor="end" className="axis">
          {max}
        </text>
        <text x={PAD.left - 4} y={HEIGHT - PAD.bottom} textAnchor="end" className="axis">
          0
        </text>
        {series.ties.map((value, i) => (
          <rect
            key={years[i]}
            x={PAD.left + step * i + step * 0.15}
            width={step * 0.7}
            y={y(value)}
            height={HEIGHT - PAD.bottom - y(value)}
            className="bar"
          />
        ))}
        <polyline points={line} className="line" />
        {years.map((year, i) =>
          i === 0 || i === years.length - 1 || years.length <= 8 ? (
            <text key={year} x={PAD.left + step * (i + 0.5)} y={HEIGHT - 4} textAnchor="middle" className="axis">
              {year}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}

/** Ties by year and new organisations by year, for the whole network and the largest groups. */
export function GrowthCharts({ growth, field }: { growth: GrowthByYear; field: string }) {
  if (growth.years.length === 0) return <p className="hint">No tie has a year, so growth cannot be shown.</p>;
  return (
    <>
      <p className="analysis-lead">
        <span className="key key-bar" aria-hidden="true" /> ties begun per year{' '}
        <span className="key key-line" aria-hidden="true" /> organisations joining (year of their first tie). A tie
        between two groups counts for both.
        {growth.tiesWithoutYear > 0 &&
          ` ${growth.tiesWithoutYear.toLocaleString('en')} ties without a year are left out.`}
      </p>
      <div className="growth-grid">
        {growth.series.map((series) => (
          <GrowthChart key={series.group} series={series} years={growth.years} field={field} />
        ))}
      </div>
    </>
  );
}
