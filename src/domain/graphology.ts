import Graph, { MultiGraph, UndirectedGraph } from 'graphology';

/**
 * graphology 0.26 keeps each node's neighbours in plain `{}` objects keyed by the neighbours'
 * keys, and our keys are the user's organisation ids: a neighbour called `__proto__` replaces the
 * object's prototype (iterating its neighbours then throws) and one called `constructor` is "already
 * linked" to everyone (adding a tie to it throws in a simple graph). Every graph the app builds comes
 * from this module, which first gives those neighbour objects a prototype with no keys but
 * `hasOwnProperty` (graphology calls it on them; not enumerable, so `for…in` skips it). An
 * organisation called `hasOwnProperty` is the one id this cannot cover.
 */
const NEIGHBOUR_INDEX = Object.create(null, { hasOwnProperty: { value: Object.prototype.hasOwnProperty } }) as object;
const INDEX_KEYS = ['in', 'out', 'undirected'] as const;

interface NodeDataPrototype {
  clear: (this: Record<string, unknown>) => void;
  __clusnetSafe?: true;
}

/** The prototype of the class graphology keeps a node's data in, for a graph of this type. */
function nodeDataPrototype(type: 'mixed' | 'directed' | 'undirected'): NodeDataPrototype | null {
  const probe = new Graph({ type });
  probe.addNode('probe');
  // Internal field: checked by the unit test, so an upgrade that moves it is noticed.
  const nodes = (probe as unknown as { _nodes?: Map<string, object> })._nodes;
  const data = nodes?.get('probe');
  const prototype = data ? (Object.getPrototypeOf(data) as Partial<NodeDataPrototype>) : null;
  return prototype && typeof prototype.clear === 'function' ? (prototype as NodeDataPrototype) : null;
}

/** Patch the node data classes; true when all three were found (or already patched). */
function protectNeighbourIndices(): boolean {
  let all = true;
  for (const type of ['mixed', 'directed', 'undirected'] as const) {
    const prototype = nodeDataPrototype(type);
    if (!prototype) {
      all = false;
      continue;
    }
    if (prototype.__clusnetSafe) continue;
    const clear = prototype.clear;
    prototype.clear = function (this: Record<string, unknown>) {
      clear.call(this);
      for (const key of INDEX_KEYS) if (this[key] !== undefined) this[key] = Object.create(NEIGHBOUR_INDEX);
    };
    prototype.__clusnetSafe = true;
  }
  return all;
}

export const neighbourIndicesProtected = protectNeighbourIndices();

export { Graph, MultiGraph, UndirectedGraph };
export default Graph;
