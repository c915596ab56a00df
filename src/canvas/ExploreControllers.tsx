import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { CameraController } from './CameraController';
import { CompareController, EvidenceController } from './CompareController';
import { HighlightController } from './HighlightController';
import { VisibilityController } from './VisibilityController';

/** The renderless controllers of the explore features: visibility, highlights, camera. */
export function ExploreControllers({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  return (
    <>
      <VisibilityController cy={cy} graph={graph} />
      <HighlightController cy={cy} graph={graph} />
      <CompareController cy={cy} graph={graph} />
      <EvidenceController cy={cy} />
      <CameraController cy={cy} />
    </>
  );
}
