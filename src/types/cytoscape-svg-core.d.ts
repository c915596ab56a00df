// cy.svg(), added by the cytoscape-svg extension: the view (or the whole graph) as an SVG string.
import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
