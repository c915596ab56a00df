import { useAppStore } from '../store';
import { selectGraph, selectNodeAppearance } from '../store/selectors';
import { MetricBar } from './LegendParts';

/**
 * The legend over the canvas while presenting or embedded: large enough to read from the back,
 * and always the colours actually drawn (the scene's colour mapping, the user's role mapping).
 */
export function ProjectorLegend() {
  const dataset = useAppStore((state) => state.dataset);
  const roleOverrides = useAppStore((state) => state.roleOverrides);
  const colour = useAppStore((state) => state.view.colour);
  const size = useAppStore((state) => state.view.size);
  const hidden = useAppStore((state) => state.view.hiddenCategories);
  const analysis = useAppStore((state) => state.analysis);
  if (!dataset) return null;
  const legend = selectNodeAppearance(selectGraph(dataset, roleOverrides), colour, size, analysis).colourLegend;
  return (
    <section className="projector-legend" aria-label="Legend">
      {legend.kind === 'category' ? (
        <ul>
          {legend.items
            .filter((item) => !hidden.includes(item.key))
            .map((item) => (
              <li key={item.key}>
                <span className="swatch" style={{ backgroundColor: item.colour }} aria-hidden="true" />
                {item.label}
              </li>
            ))}
        </ul>
      ) : (
        <>
          <p className="projector-legend-title">{legend.metric}</p>
          <MetricBar legend={legend} />
        </>
      )}
      {dataset.illustrative && <p className="projector-notice">Illustrative data: CLUSNET cities, invented ties</p>}
    </section>
  );
}
