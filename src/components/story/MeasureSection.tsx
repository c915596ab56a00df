import { useState } from 'react';
import { useAppStore } from '../../store';
import { selectNamesById } from '../../store/analysisSelectors';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
const METRIC_LABELS: Record<string, string> = {
  degree: 'Partners (degree)',
  betweenness: 'Betweenness',
  brokerageTotal: 'Brokerage',
  constraint: 'Constraint (low: open network)',
};

function GrowthPanel() {
  const growth = useAppStore((state) => state.analysis?.story?.growth) ?? [];
  return (
    <section className="story-panel" aria-labelledby="measure-growth-title">
      <h4 id="measure-growth-title">Growth of the cluster</h4>
      <p>Does the cluster bring in new organisations, and do its new ties reach beyond their own city and role?</p>
      {growth.length === 0 ? (
        <p className="hint">The ties carry no year.</p>
      ) : (
        <table className="data-table">
          <caption>Organisations and ties by year</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">New ties</th>
              <th scope="col">Entrants</th>
              <th scope="col">Organisations so far</th>
              <th scope="col">New ties across cities</th>
              <th scope="col">New ties across roles</th>
            </tr>
          </thead>
          <tbody>
            {growth.map((year) => (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                <td className="numeric">{year.ties}</td>
                <td className="numeric">{year.entrants}</td>
                <td className="numeric">{year.organisationsSoFar}</td>
                <td className="numeric">{percent(year.crossCityShare)}</td>
                <td className="numeric">{percent(year.crossRoleShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function FirmsPanel() {
  const story = useAppStore((state) => state.analysis?.story);
  if (!story) return null;
  return (
    <section className="story-panel" aria-labelledby="measure-firms-title">
      <h4 id="measure-firms-title">Performance of firms</h4>
      <p>
        Do better-connected firms have more employees or turnover? Spearman&apos;s rank correlation (−1 to 1) between
        each numeric attribute of firms and their network position. This is association, not effect: a large firm may
        have many partners because it is large, grow because of them, or neither.
      </p>
      {story.performance.length === 0 ? (
        <p className="hint">
          {story.performanceFields === 0
            ? 'The data has no numeric attribute of organisations (such as employees or turnover) to relate to the network.'
            : 'Fewer than 5 firms have both a numeric attribute and a network position.'}
        </p>
      ) : (
        <table className="data-table">
          <caption>Firms: attributes against network position</caption>
          <thead>
            <tr>
              <th scope="col">Attribute</th>
              <th scope="col">Network measure</th>
              <th scope="col">Firms (n)</th>
              <th scope="col">Spearman ρ</th>
            </tr>
          </thead>
          <tbody>
            {story.performance.map((row) => (
              <tr key={`${row.attribute}-${row.metric}`}>
                <th scope="row">{row.label}</th>
                <td>{METRIC_LABELS[row.metric] ?? row.metric}</td>
                <td className="numeric">{row.n}</td>
                <td className="numeric">{row.rho === null ? '—' : row.rho.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ClusterOrganisationPanel() {
  const dataset = useAppStore((state) => state.dataset);
  const works = useAppStore((state) => state.analysis?.story?.clusterOrganisations) ?? [];
  const reports = useAppStore((state) => state.analysis?.intermediaries) ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  if (!dataset) return null;
  const names = selectNamesById(dataset);
  const name = (id: string) => names.get(id) ?? id;
  const work = works.find((candidate) => candidate.id === chosen) ?? works[0];
  const exclusive = reports.find((report) => report.id === work?.id)?.exclusivePairs ?? 0;
  const distance = (value: number | null) => (value === null ? '—' : value.toFixed(2));
  return (
    <section className="story-panel" aria-labelledby="measure-co-title">
      <h4 id="measure-co-title">The work of the cluster organisation</h4>
      <p>What does the cluster organisation connect that would otherwise stay apart, and what if it stopped?</p>
      {!work ? (
        <p className="hint">No organisation has the cluster organisation (intermediary) role and a tie.</p>
      ) : (
        <>
          <label className="grouping-select">
            Cluster organisation
            <select value={work.id} onChange={(event) => setChosen(event.target.value)}>
              {works.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {name(candidate.id)}
                </option>
              ))}
            </select>
          </label>
          <ul className="story-figures" aria-label="Work of the cluster organisation">
            <li>
              {work.partners} partners; {exclusive} pairs of them linked only through it
            </li>
            <li>
              {work.brokeredPairs} pairs of its partners not tied to each other: {work.crossCityPairs} across cities,{' '}
              {work.crossRolePairs} across roles
            </li>
            <li>
              Without it: {work.cutOff.length} organisations lose their only path to the rest; components{' '}
              {work.componentsBefore} → {work.componentsAfter}; average distance {distance(work.averageDistanceBefore)}{' '}
              → {distance(work.averageDistanceAfter)} steps
            </li>
          </ul>
          {work.cutOff.length > 0 && (
            <p>
              Cut off without it: {work.cutOff.slice(0, 20).map(name).join(', ')}
              {work.cutOff.length > 20 ? '…' : ''}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** One panel per thing a cluster can measure, each with its question and evidence. */
export function MeasureSection() {
  return (
    <section className="story-section" aria-labelledby="measure-title">
      <h3 id="measure-title">What to measure</h3>
      <div className="story-panels">
        <GrowthPanel />
        <FirmsPanel />
        <ClusterOrganisationPanel />
      </div>
    </section>
  );
}
