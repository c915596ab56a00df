import { useAppStore } from '../../store';
import { selectNeighbours } from '../../store/selectors';
import { neighboursByTieType } from '../../graph/neighboursByTieType';

/** The selected organisation's neighbours, grouped by the kind of tie; each a button that walks to it. */
export function NeighboursByType({ id }: { id: string }) {
  const dataset = useAppStore((state) => state.dataset);
  const selectOrganisation = useAppStore((state) => state.selectOrganisation);
  const neighbours = selectNeighbours(dataset, id);
  const groups = neighboursByTieType(neighbours);
  return (
    <section aria-labelledby="neighbours-title">
      <h3 id="neighbours-title">
        Neighbours <span className="count">({neighbours.length})</span>
      </h3>
      {groups.map(({ type, neighbours: members }) => (
        <div key={type} className="tie-type-group">
          <h4>
            {type === '' ? 'Ties without a type' : type} <span className="count">({members.length})</span>
          </h4>
          <ul className="neighbours" aria-label={`Neighbours by ${type === '' ? 'untyped ties' : type}`}>
            {members.map((neighbour) => (
              <li key={neighbour.id}>
                <button type="button" className="link-button" onClick={() => selectOrganisation(neighbour.id)}>
                  {neighbour.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
