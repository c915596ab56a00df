import type { ViewState } from '../model/view';

/** Key of the positions of the current layout (concentric depends on the measure it sorts by). */
export function layoutKey(view: Pick<ViewState, 'layout' | 'size'>): string {
  if (view.layout !== 'concentric') return view.layout;
  return `concentric:${view.size.by === 'metric' ? view.size.metric : 'degree'}`;
}
