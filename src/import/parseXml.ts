import { XMLParser } from 'fast-xml-parser';
import { ImportError } from './ImportError';
import { recordsToTable, type GraphTables } from './graphTables';
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
      ...('@x' in position ? { x: text(position['@x']), y: text(position['@y']) } : {}),
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
  return { format: 'GEXF', organisations: recordsToTable(nodes), ties: recordsToTable(edges) };
}

/** GraphML: `<key>` declarations name the `<data>` of nodes and edges. */
function readGraphml(root: Rec): GraphTables {
  const names = new Map(
    list(root['key']).map((key) => [text(key['@id']), text(key['@attr.name']) || text(key['@id'])]),
  );
  const graph = list(root['graph'])[0] ?? {};
  const defaultDirected = text(graph['@edgedefault']) === 'directed';
  // Every key declared for the element's kind is a column, empty when the element has no value
  // (as in gexfValues): columns then come in declaration order whichever elements hold values.
  const declared = (kind: string) =>
    list(root['key'])
      .filter((key) => [kind, 'all', ''].includes(text(key['@for'])))
      .map((key) => names.get(text(key['@id'])) ?? '');
  const nodeNames = declared('node');
  const edgeNames = declared('edge');
  const values = (element: Rec, kindNames: string[], fixed: Rec): Rec => {
    const out = Object.assign(Object.create(null) as Rec, fixed);
    for (const name of kindNames) if (!Object.hasOwn(out, name)) out[name] = '';
    for (const data of list(element['data'])) out[names.get(text(data['@key'])) ?? text(data['@key'])] = text(data);
    return out;
  };
  const nodes = list(graph['node']).map((node) => values(node, nodeNames, { id: text(node['@id']) }));
  const edges = list(graph['edge']).map((edge) =>
    values(edge, edgeNames, {
      source: text(edge['@source']),
      target: text(edge['@target']),
      directed: edge['@directed'] === undefined ? defaultDirected : text(edge['@directed']) === 'true',
    }),
  );
  return { format: 'GraphML', organisations: recordsToTable(nodes), ties: recordsToTable(edges) };
}

/** Parse a GEXF or GraphML file into organisation and tie tables. */
export function parseXml(file: string, xml: string): GraphTables {
  const document = parseXmlText(file, xml);
  if (isRecord(document['gexf'])) return readGexf(document['gexf']);
  if (isRecord(document['graphml'])) return readGraphml(document['graphml']);
  throw new ImportError(`${file}: unsupported XML. Clusnet Explorer reads GEXF (Gephi) and GraphML files.`);
}
