import { TIE_STATUS_COLOURS, TIE_STATUS_LABELS } from '../../appearance/compareStyles';
import { formatPeriod } from '../../analysis/story/format';
import { TIE_STATUSES } from '../../analysis/story/waves';
import { useAppStore } from '../../store';
import { hideComparison } from '../../store/storyActions';
import './story.css';

/** Legend of the tie colours while the graph shows a wave comparison. */
export function CompareLegend() {
  const compare = useAppStore((state) => state.view.compare ?? null);
  if (!compare) return null;
  return (
    <section className="panel compare-legend" aria-labelledby="compare-legend-title">
      <h2 id="compare-legend-title">
        Ties, {formatPeriod(compare.a)} against {formatPeriod(compare.b)}
      </h2>
      <ul className="legend-items" aria-label="Tie status">
        {TIE_STATUSES.map((status) => (
          <li key={status} className="legend-row">
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={TIE_STATUS_COLOURS[status]}
                strokeWidth={status === 'formed' ? 4 : 3}
                strokeDasharray={status === 'dissolved' ? '6 4' : undefined}
              />
            </svg>
            <span className="legend-label">{TIE_STATUS_LABELS[status]}</span>
          </li>
        ))}
      </ul>
      <p className="hint">
        Ties outside both waves are faint. The layout is the whole network&apos;s, so both waves sit on one map.
      </p>
      <button type="button" onClick={hideComparison}>
        Stop colouring ties by wave
      </button>
    </section>
  );
}
