import type { OrganisationChange, WaveComparison } from '../../analysis/story/compareWaves';
import { formatChange } from '../../analysis/story/format';
import type { WaveMeasures } from '../../analysis/story/waveMeasures';
import { useAppStore } from '../../store';
import { selectNamesById } from '../../store/analysisSelectors';

const fixed = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));
const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

const MEASURES: [string, (m: WaveMeasures) => number | null, (v: number | null) => string, number][] = [
  ['Organisations with a tie', (m) => m.organisations, (v) => fixed(v, 0), 0],
  ['Linked pairs', (m) => m.ties, (v) => fixed(v, 0), 0],
  ['Density', (m) => m.density, (v) => fixed(v, 3), 3],
  ['Mean degree (partners)', (m) => m.meanDegree, (v) => fixed(v, 2), 2],
  ['Degree centralisation (Freeman, 0–1)', (m) => m.centralisation, (v) => fixed(v, 3), 3],
  ['Cross-city share of ties', (m) => m.crossCityShare, percent, -1],
];

/** Density, mean degree, centralisation and cross-city share in each wave, and their change. */
export function WaveMeasuresTable({ comparison, labels }: { comparison: WaveComparison; labels: [string, string] }) {
  return (
    <table className="data-table wave-measures">
      <caption>The network in each wave</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">{labels[0]}</th>
          <th scope="col">{labels[1]}</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {MEASURES.map(([label, value, format, digits]) => {
          const [a, b] = [value(comparison.a), value(comparison.b)];
          const change =
            a === null || b === null
              ? '—'
              : digits < 0
                ? `${formatChange(Math.round((b - a) * 100))} points`
                : formatChange(b - a, digits);
          return (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="numeric">{format(a)}</td>
              <td className="numeric">{format(b)}</td>
              <td className="numeric">{change}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The organisations whose brokerage or betweenness changed most, each clickable to select it. */
export function ChangesTable({
  caption,
  changes,
  value,
  digits,
}: {
  caption: string;
  changes: OrganisationChange[];
  value: (change: OrganisationChange, wave: 'A' | 'B') => number;
  digits: number;
}) {
  const dataset = useAppStore((state) => state.dataset);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  if (!dataset || changes.length === 0) return null;
  const names = selectNamesById(dataset);
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Organisation</th>
          <th scope="col">Earlier</th>
          <th scope="col">Later</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.id}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => selectOrganisation(change.id)}>
                {names.get(change.id) ?? change.id}
              </button>
            </th>
            <td className="numeric">{value(change, 'A').toFixed(digits)}</td>
            <td className="numeric">{value(change, 'B').toFixed(digits)}</td>
            <td className="numeric">{formatChange(value(change, 'B') - value(change, 'A'), digits)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
