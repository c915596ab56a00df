import { groupingLabel } from '../../analysis/analyse';
import { STRUCTURE_IS_NOT_CONTRACT, type GovernanceReading } from '../../analysis/story/governance';
import { useAppStore } from '../../store';
import { changeAnalysisParams } from '../../store/analysisActions';
import { selectGroupingFields, selectNamesById } from '../../store/analysisSelectors';

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

const MODEL_LABELS: Record<GovernanceReading['model'], string> = {
  membership: 'Membership',
  partnership: 'Partnership',
  mixed: 'Mixed',
};

/** Partnership or membership: how much of each group runs through its cluster organisation. */
export function GovernanceSection() {
  const dataset = useAppStore((state) => state.dataset);
  const story = useAppStore((state) => state.analysis?.story);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  if (!dataset || !story) return null;
  const names = selectNamesById(dataset);
  const fields = selectGroupingFields(dataset);
  const label = groupingLabel(story.governanceField);
  return (
    <section className="story-section" aria-labelledby="governance-title">
      <h3 id="governance-title">Partnership or membership?</h3>
      <p>
        A <strong>membership</strong> cluster runs through its cluster organisation: members tie to it and rarely to
        each other. A <strong>partnership</strong> is many actors tied among themselves, the cluster organisation one of
        them. Read from the ties inside each group (at least 4 organisations).
      </p>
      <label className="grouping-select">
        Read governance per
        <select
          value={story.governanceField}
          onChange={(event) => void changeAnalysisParams({ governanceBy: event.target.value })}
        >
          {fields.map(({ field, label: name }) => (
            <option key={field} value={field}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {story.governance.length === 0 ? (
        <p className="hint">No {label} has 4 organisations with ties among them.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`Governance structure per ${label}`}>
          <table className="data-table">
            <caption>Governance structure per {label}</caption>
            <thead>
              <tr>
                <th scope="col">{label.charAt(0).toUpperCase() + label.slice(1)}</th>
                <th scope="col">Resembles</th>
                <th scope="col">Hub</th>
                <th scope="col">Ties through the hub</th>
                <th scope="col">Shortest paths through the hub</th>
                <th scope="col">Star centralisation</th>
                <th scope="col">Density among members</th>
                <th scope="col">Closed triads</th>
                <th scope="col">Ties bypassing the hub</th>
              </tr>
            </thead>
            <tbody>
              {story.governance.map((reading) => (
                <tr key={reading.group}>
                  <th scope="row">{reading.group}</th>
                  <td className="reading-verdict">{MODEL_LABELS[reading.model]}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => selectOrganisation(reading.hub)}>
                      {names.get(reading.hub) ?? reading.hub}
                    </button>
                    {!reading.hubIsClusterOrganisation && (
                      <span className="hint"> (best connected; no cluster organisation)</span>
                    )}
                  </td>
                  <td className="numeric">
                    {reading.ties - reading.bypassTies} of {reading.ties} ({percent(reading.hubTieShare)})
                  </td>
                  <td className="numeric">{percent(reading.hubPathShare)}</td>
                  <td className="numeric">{reading.starCentralisation.toFixed(2)}</td>
                  <td className="numeric">{reading.memberDensity.toFixed(2)}</td>
                  <td className="numeric">
                    {reading.closedTriads} (transitivity {reading.transitivity.toFixed(2)})
                  </td>
                  <td className="numeric">
                    {reading.bypassTies} ({percent(reading.bypassShare)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="analysis-note">
        The rule: membership when at least 70% of shortest paths between members run through the hub and at most 30% of
        ties bypass it; partnership when at most 30% of paths need the hub and at least half the ties bypass it; mixed
        in between. {STRUCTURE_IS_NOT_CONTRACT}
      </p>
    </section>
  );
}
