import { recordsToTable, type GraphTables } from './graphTables';
import { vosviewerJson } from './vosviewerJson';

type IsRecord = (value: unknown) => value is Record<string, unknown>;
type Rec = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Our own `{ name?, organisations: [...], ties: [...] }`. */
function ownJson(object: Rec): GraphTables {
  return {
    format: 'Clusnet JSON',
    ...(typeof object['name'] === 'string' ? { name: object['name'] } : {}),
    ...(Array.isArray(object['organisations']) ? { organisations: recordsToTable(object['organisations']) } : {}),
    ...(Array.isArray(object['ties']) ? { ties: recordsToTable(object['ties']) } : {}),
  };
}

/** Cytoscape.js JSON: `elements` as `{ nodes, edges }` or as one array of `{ group, data }`. */
function cytoscapeJson(elements: unknown, isRecord: IsRecord): GraphTables {
  const nodes: Rec[] = [];
  const edges: Rec[] = [];
  const add = (element: unknown, group?: string) => {
    if (!isRecord(element)) return;
    const data = isRecord(element['data']) ? element['data'] : {};
    const isEdge =
      group === 'edges' ||
      element['group'] === 'edges' ||
      (group === undefined && element['group'] !== 'nodes' && 'source' in data);
    if (isEdge) return edges.push({ ...data });
    const position = isRecord(element['position']) ? element['position'] : {};
    nodes.push({ ...data, ...('x' in position ? { x: position['x'], y: position['y'] } : {}) });
  };
  if (isRecord(elements)) {
    list(elements['nodes']).forEach((node) => add(node, 'nodes'));
    list(elements['edges']).forEach((edge) => add(edge, 'edges'));
  } else {
    list(elements).forEach((element) => add(element));
  }
  return { format: 'Cytoscape.js JSON', organisations: recordsToTable(nodes), ties: recordsToTable(edges) };
}

/** Node-link JSON as D3 and networkx write it: `nodes` + `links` (or `edges`), ends by id, index or object. */
function nodeLinkJson(object: Rec, links: unknown[], isRecord: IsRecord): GraphTables {
  const nodes = list(object['nodes']).filter(isRecord);
  const idOf = (node: Rec | undefined, index: number) => String(node && node['id'] !== undefined ? node['id'] : index);
  const end = (value: unknown): unknown => {
    if (isRecord(value)) return value['id'] ?? value['index'];
    if (typeof value === 'number' && nodes.every((node) => node['id'] === undefined)) return idOf(nodes[value], value);
    return value;
  };
  const organisations = nodes.map((node, index) => ({ ...node, id: idOf(node, index) }));
  // networkx writes `"directed": true` once for the whole graph.
  const directed = object['directed'] === true ? { directed: true } : {};
  const ties = links
    .filter(isRecord)
    .map((link) => ({ ...directed, ...link, source: end(link['source']), target: end(link['target']) }));
  return { format: 'node-link JSON', organisations: recordsToTable(organisations), ties: recordsToTable(ties) };
}

/** graphology's serialised JSON: `nodes[].key/attributes`, `edges[].source/target/attributes/undirected`. */
function graphologyJson(object: Rec, isRecord: IsRecord): GraphTables {
  const options = isRecord(object['options']) ? object['options'] : {};
  const nodes = list(object['nodes'])
    .filter(isRecord)
    .map((node) => ({ id: node['key'], ...(isRecord(node['attributes']) ? node['attributes'] : {}) }));
  const edges = list(object['edges'])
    .filter(isRecord)
    .map((edge) => ({
      source: edge['source'],
      target: edge['target'],
      ...(isRecord(edge['attributes']) ? edge['attributes'] : {}),
      directed:
        edge['undirected'] === true
          ? false
          : options['type'] === 'directed' || (options['type'] === 'mixed' && edge['undirected'] === false),
    }));
  return { format: 'graphology JSON', organisations: recordsToTable(nodes), ties: recordsToTable(edges) };
}

/** Kumu's JSON: `elements` (label, type, ...) and `connections` (from, to, ...), ends by label or id. */
function kumuJson(object: Rec): GraphTables {
  return {
    format: 'Kumu JSON',
    organisations: recordsToTable(list(object['elements'])),
    ties: recordsToTable(list(object['connections'])),
  };
}

/** Recognise a parsed JSON value by its structure; undefined when it is none of the formats we read. */
export function recognisedJson(value: unknown, isRecord: IsRecord): GraphTables | undefined {
  if (Array.isArray(value))
    return value.some(isRecord) && value.filter(isRecord).some((item) => isRecord(item['data']))
      ? cytoscapeJson(value, isRecord)
      : undefined;
  if (!isRecord(value)) return undefined;
  const network = value['network'];
  if (isRecord(network) && Array.isArray(network['items'])) return vosviewerJson(network, isRecord);
  if (Array.isArray(value['organisations']) || Array.isArray(value['ties'])) return ownJson(value);
  if (Array.isArray(value['connections'])) return kumuJson(value);
  if ('elements' in value) return cytoscapeJson(value['elements'], isRecord);
  const nodes = list(value['nodes']);
  if (nodes.length > 0 && isRecord(nodes[0]) && 'key' in nodes[0] && !('id' in nodes[0]))
    return graphologyJson(value, isRecord);
  const links = Array.isArray(value['links'])
    ? value['links']
    : Array.isArray(value['edges'])
      ? value['edges']
      : undefined;
  if (Array.isArray(value['nodes']) && links) return nodeLinkJson(value, links, isRecord);
  return undefined;
}
