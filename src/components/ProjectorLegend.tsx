import { useAppStore } from '../store';
import { selectLegend } from '../store/selectors';

/** The legend over the canvas while presenting or embedded: large enough to read from the back. */
export function ProjectorLegend() {
  const dataset = useAppStore((state) => state.dataset);
  if (!dataset) return null;
  return (
    <section className="projector-legend" aria-label="Legend">
      <ul>
        {selectLegend(dataset).map((item) => (
          <li key={item.key}>
            <span className="swatch" style={{ backgroundColor: item.colour }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
      {dataset.illustrative && <p className="projector-notice">Illustrative data: CLUSNET cities, invented ties</p>}
    </section>
  );
}
