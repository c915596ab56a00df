import type { IntermediaryReport } from '../../analysis/intermediaries';
import { useAppStore } from '../../store';
import { selectNamesById } from '../../store/analysisSelectors';

/** For each intermediary: how many pairs of its partners it alone links, with examples. */
export function IntermediariesTable({ reports }: { reports: IntermediaryReport[] }) {
  const dataset = useAppStore((state) => state.dataset);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  const brokerage = useAppStore((state) => state.analysis?.nodeMetrics['brokerageTotal']);
  if (!dataset) return null;
  if (reports.length === 0) return <p className="hint">No organisation has the intermediary role (change the role mapping below if some should).</p>;
  const names = selectNamesById(dataset);
  const name = (id: string) => names.get(id) ?? id;
  return (
    <div className="table-scroll">
      <table className="data-table intermediaries">
        <caption>Pairs of an intermediary’s partners that have no tie of their own and no other partner in common: the links only it provides.</caption>
        <thead>
          <tr>
            <th scope="col">Intermediary</th>
            <th scope="col" className="numeric">Partners</th>
            <th scope="col" className="numeric">Pairs linked only through it</th>
            <th scope="col" className="numeric">Brokerage</th>
            <th scope="col">For example</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => selectOrganisation(report.id)}>{name(report.id)}</button>
              </th>
              <td className="numeric">{report.partners}</td>
              <td className="numeric">{report.exclusivePairs.toLocaleString('en')}</td>
              <td className="numeric">{Number(brokerage?.[report.id] ?? 0).toLocaleString('en')}</td>
              <td className="pairs">{report.examples.slice(0, 4).map(([a, b]) => `${name(a)} – ${name(b)}`).join('; ')}{report.exclusivePairs > 4 ? '; …' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
