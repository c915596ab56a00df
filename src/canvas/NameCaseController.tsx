import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { ClusterGraph } from '../graph/buildGraph';
import { titleCaseName } from '../appearance/titleCase';
import { organisationIdOf } from '../appearance/elementIds';
import { useAppStore } from '../store';

/** Shows names written in capitals in title case when the option is on; the data keeps them as written. */
export function NameCaseController({ cy, graph }: { cy: Core; graph: ClusterGraph }) {
  const titleCase = useAppStore((state) => state.titleCaseNames);
  useEffect(() => {
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const id = organisationIdOf(node.id());
        if (id === null || !graph.hasNode(id)) return;
        const { organisation } = graph.getNodeAttributes(id);
        const label = titleCase ? titleCaseName(organisation.name) : organisation.name;
        if (node.data('label') !== label) node.data('label', label);
      });
    });
  }, [cy, graph, titleCase]);
  return null;
}
