import type { Core, ElementDefinition } from 'cytoscape';
import { FIRST_BATCH, nextBatchSize, nodesFirst } from './elementBatches';
import { fitTo } from './applyPositions';
import { markPerf } from '../perf';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Add elements to cy in batches, one per frame, organisations first, each batch sized from the
 * last one's time (nextBatchSize), so no main-thread task grows with the graph: one cy.add of
 * 5,000 organisations and 20,000 ties was a task of several seconds. The view is fitted to the
 * organisations' positions before the first batch. Resolves false if cancelled on the way.
 */
export async function addInBatches(
  cy: Core,
  elements: readonly ElementDefinition[],
  cancelled: () => boolean,
): Promise<boolean> {
  const ordered = nodesFirst(elements);
  fitTo(
    cy,
    ordered.flatMap((element) => (element.position ? [element.position] : [])),
  );
  let size = FIRST_BATCH;
  for (let start = 0; start < ordered.length;) {
    const began = performance.now();
    cy.add(ordered.slice(start, start + size));
    start += size;
    size = nextBatchSize(size, performance.now() - began);
    await nextFrame();
    if (cancelled()) return false;
    if (start <= FIRST_BATCH) markPerf('first-drawing');
  }
  return true;
}
