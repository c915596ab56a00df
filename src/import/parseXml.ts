import { XMLParser } from 'fast-xml-parser';
import { ImportError } from './ImportError';
import { negatedNumberText, recordsToTable, type GraphTables } from './graphTables';
import { isRecord } from '../model/isRecord';

type Rec = Record<string, unknown>;
const list = (value: unknown): Rec[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isRecord);
const text = (value: unknown): string =>
  isRecord(value) ? text(value['#text']) : value === undefined || value === null ? '' : String(value);

const REPEATED = new Set(['node', 'edge', 'attvalue', 'attribute', 'attributes', 'data', 'key', 'graph']);

// fast-xml-parser runs in a Web Worker (no DOMParser there). Namespaces are dropped so that GEXF
// 1.1-1.3 and the old pre-1.1 Gephi namespace read alike; values stay strings and are typed later.
// `htmlEntities` is what turns on character references (&#10;, &#x4E2D;), which XML always has;
// the HTML names it adds cannot occur in well-formed XML, which declares no such entities.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** Parse XML text; a syntax error names the file. */
function parseXmlText(file: string, xml: string): Rec {
  try {
    return parser.parse(xml, true) as Rec;
  } catch (error) {
    const detail = (error as { err?: { msg?: string; line?: number } }).err;
    throw new ImportError(
      `${file}: this is not well-formed XML${detail?.line ? ` (line ${detail.line}: ${detail.msg})` : ` (${(error as Error).message})`}.`,
    );
  }
}

/** GEXF attribute id -> title, for one class ("node" or "edge"). */
function gexfTitles(graph: Rec, kind: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const block of list(graph['attributes'])) {
    if ((text(block['@class']) || 'node') !== kind) continue;
    for (const attribute of list(block['attribute']))
      titles.set(text(attribute['@id']), text(attribute['@title']) || text(attribute['@id']));
  }
  return titles;
}

/**
 * A GEXF element's record: its own fields (`fixed`), then its attribute values by title (`for`
 * since 1.1, `id` before). Every declared attribute is a key, empty when the element has no value,
 * so that the table's columns come in declaration order whichever elements hold values (the
 * importer maps the first column naming a field).
 */
function gexfValues(element: Rec, titles: Map<string, string>, fixed: Rec): Rec {
  const values = Object.assign(Object.create(null) as Rec, fixed); // a title such as "__proto__" stays a plain key
  for (const title of titles.values()) if (!Object.hasOwn(values, title)) values[title] = '';
  for (const value of list(isRecord(element['attvalues']) ? element['attvalues']['attvalue'] : undefined)) {
    const id = text(value['@for'] ?? value['@id']);
    values[titles.get(id) ?? id] = text(value['@value']);
  }
  return values;
}

/** GEXF 1.1-1.3 and pre-1.1: nodes with labels, attribute values and viz positions; edges with weights. */
function readGexf(root: Rec): GraphTables {
  const graph = list(root['graph'])[0] ?? {};
  const nodeTitles = gexfTitles(graph, 'node');
  const edgeTitles = gexfTitles(graph, 'edge');
  const defaultDirected = text(graph['@defaultedgetype']) === 'directed';
  const nodes = list(isRecord(graph['nodes']) ? graph['nodes']['node'] : undefined).map((node) => {
    const position = isRecord(node['position']) ? node['position'] : {};
    return {
      ...gexfValues(node, nodeTitles, { id: text(node['@id']), label: text(node['@label']) || text(node['@id']) }),
      // Gephi's y axis points up (as sigma.js and Gephi Lite draw it); the canvas's points down.
      ...('@x' in position ? { x: text(position['@x']), y: negatedNumberText(text(position['@y'])) } : {}),
    };
  });
  const edges = list(isRecord(graph['edges']) ? graph['edges']['edge'] : undefined).map((edge) => {
    const kind = text(edge['@type']);
    return gexfValues(edge, edgeTitles, {
      source: text(edge['@source']),
      target: text(edge['@target']),
      ...(edge['@label'] !== undefined ? { type: text(edge['@label']) } : {}),
      ...(edge['@weight'] !== undefined ? { weight: text(edge['@weight']) } : {}),
      directed: kind === '' ? defaultDirected : kind === 'directed',
    });
  });
  const positioned = nodes.some((node) => 'x' in node);
  return {
    format: 'GEXF',
    organisations: recordsToTable(nodes),
    ties: recordsToTable(edges),
    ...(positioned ? { yFlipped: true } : {}),
  };
}

/** The first non-empty text among yEd labels (`<y:NodeLabel>`, `<y:EdgeLabel>`: one element or several). */
const firstLabel = (value: unknown): string =>
  (Array.isArray(value) ? value : [value]).map((label) => text(label).trim()).find((label) => label !== '') ?? '';

/**
 * What yEd keeps in a `nodegraphics`/`edgegraphics` `<data>`: the label, and for nodes the centre
 * of `<y:Geometry>` (yEd's y axis points down, as the screen's). Any realizer (ShapeNode, GenericNode,
 * SVGNode, PolyLineEdge...) holds them; a group's ProxyAutoBoundsNode holds them one level down.
 */
function yedGraphics(data: Rec): Rec {
  const realizers = Object.entries(data).flatMap(([key, value]) => (key.startsWith('@') ? [] : list(value)));
  const inner = realizers.flatMap((realizer) =>
    isRecord(realizer['Realizers']) ? Object.values(realizer['Realizers']).flatMap(list) : [realizer],
  );
  const out: Rec = {};
  for (const realizer of inner) {
    const label = firstLabel(realizer['NodeLabel'] ?? realizer['EdgeLabel']);
    if (label && !('label' in out)) out['label'] = label;
    const geometry = isRecord(realizer['Geometry']) ? realizer['Geometry'] : null;
    const [x, y, width, height] = ['@x', '@y', '@width', '@height'].map((key) => Number(text(geometry?.[key])));
    if (geometry && !('x' in out) && [x, y].every(Number.isFinite)) {
      out['x'] = String(x! + (Number.isFinite(width) ? width! / 2 : 0));
      out['y'] = String(y! + (Number.isFinite(height) ? height! / 2 : 0));
    }
  }
  return out;
}

/** Nodes and edges of a graph and of the graphs nested in its nodes (yEd groups), in document order. */
function graphElements(graph: Rec): { nodes: Rec[]; edges: Rec[] } {
  const nodes: Rec[] = [];
  const edges: Rec[] = [...list(graph['edge'])];
  for (const node of list(graph['node'])) {
    nodes.push(node);
    for (const nested of list(node['graph'])) {
      const inner = graphElements(nested);
      nodes.push(...inner.nodes);
      edges.push(...inner.edges);
    }
  }
  return { nodes, edges };
}

/** GraphML: `<key>` declarations name the `<data>` of nodes and edges; yEd's graphics give labels and positions. */
function readGraphml(root: Rec): GraphTables {
  const keys = list(root['key']);
  const graphics = new Set(keys.filter((key) => key['@yfiles.type'] !== undefined).map((key) => text(key['@id'])));
  const names = new Map(keys.map((key) => [text(key['@id']), text(key['@attr.name']) || text(key['@id'])]));
  const graph = list(root['graph'])[0] ?? {};
  const defaultDirected = text(graph['@edgedefault']) === 'directed';
  // Every key declared for the element's kind is a column, empty when the element has no value
  // (as in gexfValues): columns then come in declaration order whichever elements hold values.
  const declared = (kind: string) =>
    keys
      .filter((key) => [kind, 'all', ''].includes(text(key['@for'])) && !graphics.has(text(key['@id'])))
      .map((key) => names.get(text(key['@id'])) ?? '');
  const nodeNames = declared('node');
  const edgeNames = declared('edge');
  const values = (element: Rec, kindNames: string[], fixed: Rec): Rec => {
    const out = Object.assign(Object.create(null) as Rec, fixed);
    for (const name of kindNames) if (!Object.hasOwn(out, name)) out[name] = '';
    const drawn: Rec = {};
    for (const data of list(element['data'])) {
      const key = text(data['@key']);
      if (graphics.has(key)) Object.assign(drawn, yedGraphics(data));
      else out[names.get(key) ?? key] = text(data);
    }
    // The label yEd draws names the node unless a declared column already does.
    for (const [key, value] of Object.entries(drawn)) if (!Object.hasOwn(out, key) || out[key] === '') out[key] = value;
    return out;
  };
  const { nodes, edges } = graphElements(graph);
  const organisations = nodes.map((node) => values(node, nodeNames, { id: text(node['@id']) }));
  const ties = edges.map((edge) =>
    values(edge, edgeNames, {
      source: text(edge['@source']),
      target: text(edge['@target']),
      directed: edge['@directed'] === undefined ? defaultDirected : text(edge['@directed']) === 'true',
    }),
  );
  return { format: 'GraphML', organisations: recordsToTable(organisations), ties: recordsToTable(ties) };
}

/** Parse a GEXF or GraphML file into organisation and tie tables. */
export function parseXml(file: string, xml: string): GraphTables {
  const document = parseXmlText(file, xml);
  if (isRecord(document['gexf'])) return readGexf(document['gexf']);
  if (isRecord(document['graphml'])) return readGraphml(document['graphml']);
  throw new ImportError(`${file}: unsupported XML. Clusnet Explorer reads GEXF (Gephi) and GraphML files.`);
}
