import type { HelixMix } from '../../analysis/story/helix';
import { useAppStore } from '../../store';

const bits = (t: number | null) => (t === null ? '—' : `${t.toFixed(3)} bits`);

function HelixTable({ caption, name, mixes }: { caption: string; name: string; mixes: HelixMix[] }) {
  if (mixes.length === 0) return null;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{name}</th>
            <th scope="col">Organisations</th>
            <th scope="col">Business</th>
            <th scope="col">Knowledge</th>
            <th scope="col">Government</th>
            <th scope="col">Other (incl. cluster organisations)</th>
            <th scope="col">Collaborations</th>
            <th scope="col">T(uig)</th>
          </tr>
        </thead>
        <tbody>
          {mixes.map((mix) => (
            <tr key={mix.group}>
              <th scope="row">{mix.group}</th>
              <td className="numeric">{mix.organisations}</td>
              <td className="numeric">{mix.business}</td>
              <td className="numeric">{mix.knowledge}</td>
              <td className="numeric">{mix.government}</td>
              <td className="numeric">{mix.other}</td>
              <td className="numeric">{mix.collaborations}</td>
              <td className="numeric">{bits(mix.t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Business, knowledge and government per city and cluster, with Leydesdorff's synergy measure. */
export function HelixSection() {
  const helix = useAppStore((state) => state.analysis?.story?.helix);
  if (!helix) return null;
  return (
    <section className="story-section" aria-labelledby="helix-title">
      <h3 id="helix-title">The triple helix</h3>
      <p>
        Business (firms, investors), knowledge (universities, research, training) and government in each city and
        cluster. T(uig) is Leydesdorff&apos;s mutual information between the three (Scientometrics 58(2), 2003), taking
        each organisation with its partners as one collaboration: below zero, the helices occur together more than
        chance would have them (synergy); at or above zero, they do not. It is 0 when one helix is in every
        collaboration (nothing varies to share).
        {helix.network &&
          ` Whole network: ${bits(helix.network.t)} over ${helix.network.collaborations} collaborations.`}
      </p>
      <HelixTable caption="Triple helix per city" name="City" mixes={helix.byCity} />
      <HelixTable caption="Triple helix per cluster" name="Cluster" mixes={helix.byCluster} />
    </section>
  );
}
