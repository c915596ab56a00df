import { useAppStore } from '../store';
import { selectLegend } from '../store/selectors';

/** What the colours mean: one swatch per role present, with the number of organisations. */
export function Legend() {
  const dataset = useAppStore((state) => state.dataset);
  const roleOverrides = useAppStore((state) => state.roleOverrides);
  if (!dataset) return null;
  const items = selectLegend(dataset, roleOverrides);
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Roles</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key} data-colour={item.colour}>
            <span className="swatch" style={{ backgroundColor: item.colour }} aria-hidden="true" />
            <span className="legend-label">{item.label}</span>
            <span className="legend-count">{item.count}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note">Size: number of ties</p>
    </section>
  );
}
