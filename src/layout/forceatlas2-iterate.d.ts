// graphology-layout-forceatlas2 ships no types for its single-iteration function.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One ForceAtlas2 iteration over the library's node (10 floats a node) and edge (3 a tie) matrices. */
  export default function iterate(settings: ForceAtlas2Settings, nodes: Float32Array, edges: Float32Array): void;
}
