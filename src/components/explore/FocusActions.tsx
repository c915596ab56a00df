import { useAppStore } from '../../store';

const DEPTHS = [1, 2, 3] as const;

/** Show only the organisation's neighbourhood, one to three steps out. */
export function FocusActions({ id }: { id: string }) {
  const focus = useAppStore((state) => state.view.focus);
  const updateView = useAppStore((state) => state.updateView);
  return (
    <div className="focus-actions" role="group" aria-label="Focus on neighbourhood">
      <span className="focus-label">Focus on neighbourhood</span>
      {DEPTHS.map((depth) => {
        const active = focus?.id === id && focus.depth === depth;
        return (
          <button
            key={depth}
            type="button"
            className="button"
            aria-pressed={active}
            onClick={() => updateView({ focus: active ? null : { id, depth } })}
          >
            {depth === 1 ? '1 step' : `${depth} steps`}
          </button>
        );
      })}
    </div>
  );
}
