import { useAppStore } from '../store';
import {
  selectColourOptions,
  selectGraph,
  selectNodeAppearance,
  selectSizeOptions,
  selectTieTypes,
} from '../store/selectors';
import { categoryItems } from '../appearance/nodeAppearance';
import { measureLabel } from '../appearance/appearanceOptions';
import { ROLES, type Role } from '../model/roles';
import { ROLE_SHAPES } from '../appearance/shapes';
import { CategoryToggles, MetricBar, ShapeKey, SizeKey, TieKey } from './LegendParts';

/** What the canvas draws, always in step with it: colours (each a show/hide toggle), size, shapes, ties. */
export function Legend() {
  const dataset = useAppStore((state) => state.dataset);
  const roleOverrides = useAppStore((state) => state.roleOverrides);
  const colour = useAppStore((state) => state.view.colour);
  const size = useAppStore((state) => state.view.size);
  const groupBy = useAppStore((state) => state.view.groupBy);
  const hidden = useAppStore((state) => state.view.hiddenCategories);
  const analysis = useAppStore((state) => state.analysis);
  const updateView = useAppStore((state) => state.updateView);
  if (!dataset) return null;
  const graph = selectGraph(dataset, roleOverrides);
  if (groupBy !== null) {
    const title = `One circle per ${measureLabel(dataset, analysis, groupBy).toLowerCase()}`;
    return (
      <section className="panel legend" aria-labelledby="legend-title">
        <h2 id="legend-title">{title}</h2>
        <ul className="legend-items" aria-label="Colours">
          {categoryItems(graph, groupBy, analysis).map((item) => (
            <li key={item.key} className="legend-row">
              <span className="swatch" style={{ backgroundColor: item.colour }} aria-hidden="true" />
              <span className="legend-label">{item.label}</span>
              <span className="legend-count">{item.count}</span>
            </li>
          ))}
        </ul>
        <p className="legend-note">Size: organisations. Line width: total weight of the ties between two groups.</p>
      </section>
    );
  }
  const appearance = selectNodeAppearance(graph, colour, size, analysis);
  const colourLegend = appearance.colourLegend;
  const title =
    colour.by === 'role' ? 'Roles' : colourLegend.kind === 'category' ? colourLegend.field : colourLegend.metric;
  const label = (key: string) =>
    colour.by === 'role'
      ? 'Roles'
      : `Colour: ${selectColourOptions(dataset, analysis).find((o) => o.value.endsWith(`:${key}`))?.label ?? key}`;
  const sizeLabel =
    selectSizeOptions(dataset, analysis).find((o) =>
      size.by === 'metric' ? o.value === `metric:${size.metric}` : o.value === size.by,
    )?.label ?? '';
  const roles = ROLES.filter((role: Role) => graph.someNode((_id, node) => node.role === role));
  const toggle = (key: string) =>
    updateView({ hiddenCategories: hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key] });
  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{label(title)}</h2>
      {colourLegend.kind === 'category' ? (
        <CategoryToggles
          items={colourLegend.items}
          hidden={hidden}
          onToggle={toggle}
          shapeOf={colour.by === 'role' ? (key) => ROLE_SHAPES[key as Role] : undefined}
        />
      ) : (
        <MetricBar legend={colourLegend} />
      )}
      <SizeKey legend={appearance.sizeLegend} label={sizeLabel} />
      {colour.by !== 'role' && (
        <>
          <h3>Shape: role</h3>
          <ShapeKey roles={roles} />
        </>
      )}
      <h3>Ties: colour by type, width by weight</h3>
      <TieKey items={selectTieTypes(graph)} />
    </section>
  );
}
