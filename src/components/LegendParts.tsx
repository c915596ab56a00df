import type { CategoryItem, ColourLegend, SizeLegend } from '../appearance/nodeAppearance';
import type { TieTypeItem } from '../appearance/tieAppearance';
import { NO_VALUE_COLOUR } from '../appearance/scales';
import { ROLE_LABELS, type Role } from '../model/roles';
import { ROLE_SHAPES } from '../appearance/shapes';
import { clipPathFor, ShapeIcon } from './ShapeIcon';

/** Integers below 10,000 (years among them) without a thousands separator; fractions to 3 digits. */
const format = (value: number) =>
  Number.isInteger(value)
    ? value.toLocaleString('en', { useGrouping: Math.abs(value) >= 10000 })
    : value.toLocaleString('en', { maximumSignificantDigits: 3 });

/** Categories as toggle buttons: pressed = shown; releasing one hides its organisations. */
export function CategoryToggles({
  items,
  hidden,
  onToggle,
  shapeOf,
}: {
  items: CategoryItem[];
  hidden: string[];
  onToggle: (key: string) => void;
  shapeOf?: (key: string) => string;
}) {
  return (
    <ul className="legend-items" aria-label="Colours">
      {items.map((item) => {
        const shown = !hidden.includes(item.key);
        return (
          <li key={item.key} data-colour={item.colour}>
            <button
              type="button"
              className="legend-toggle"
              aria-pressed={shown}
              onClick={() => onToggle(item.key)}
              title={shown ? `Hide ${item.label}` : `Show ${item.label}`}
            >
              <span className="swatch-outline" aria-hidden="true">
                <span
                  className="swatch"
                  style={{
                    backgroundColor: item.colour,
                    clipPath: shapeOf ? clipPathFor(shapeOf(item.key)) : undefined,
                  }}
                />
              </span>
              <span className="legend-label">{item.label}</span>
              <span className="legend-count">{item.count}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** The sequential scale: a gradient bar from the lowest to the highest value. */
export function MetricBar({ legend }: { legend: Extract<ColourLegend, { kind: 'metric' }> }) {
  const { range, stops, missing } = legend;
  return (
    <div className="metric-legend">
      {range ? (
        <>
          <div
            className="gradient"
            style={{ background: `linear-gradient(to right, ${stops.join(', ')})` }}
            role="img"
            aria-label={`From ${format(range.min)} to ${format(range.max)}`}
          />
          <div className="gradient-ends">
            <span data-testid="legend-min">{format(range.min)}</span>
            <span data-testid="legend-max">{format(range.max)}</span>
          </div>
        </>
      ) : (
        <p className="legend-note">No organisation has a value.</p>
      )}
      {missing > 0 && range && (
        <p className="legend-note">
          <span className="swatch inline" style={{ backgroundColor: NO_VALUE_COLOUR }} aria-hidden="true" /> no value:{' '}
          {missing}
        </p>
      )}
    </div>
  );
}

/** Size: what it measures and the smallest and largest value, with two discs. */
export function SizeKey({ legend, label }: { legend: SizeLegend; label: string }) {
  if (legend.kind === 'uniform') return <p className="legend-note">Size: the same for all</p>;
  return (
    <p className="legend-note size-key">
      <span>Size: {label}</span>
      {legend.range && (
        <span className="size-discs">
          <span className="disc small" aria-hidden="true" /> {format(legend.range.min)}
          <span className="disc large" aria-hidden="true" /> {format(legend.range.max)}
        </span>
      )}
    </p>
  );
}

/** Shape: role, for the roles present. */
export function ShapeKey({ roles }: { roles: Role[] }) {
  return (
    <ul className="shape-key" aria-label="Shapes">
      {roles.map((role) => (
        <li key={role}>
          <ShapeIcon shape={ROLE_SHAPES[role]} />
          {ROLE_LABELS[role]}
        </li>
      ))}
    </ul>
  );
}

/** Tie colours by type, and what their width means. */
export function TieKey({ items }: { items: TieTypeItem[] }) {
  return (
    <ul className="tie-key" aria-label="Tie types">
      {items.map((item) => (
        <li key={item.key}>
          <span className="tie-swatch" style={{ backgroundColor: item.colour }} aria-hidden="true" />
          <span className="legend-label">{item.label}</span>
          <span className="legend-count">{item.count}</span>
        </li>
      ))}
    </ul>
  );
}
