import { negatedNumberText, recordsToTable, type GraphTables } from './graphTables';
import type { RawTable } from './parseCsv';

type Rec = Record<string, unknown>;
type IsRecord = (value: unknown) => value is Rec;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Copy `source`'s keys into `target` unless `target` has them already (a weight named "id" stays apart). */
function addMissing(target: Rec, source: unknown, isRecord: IsRecord): void {
  if (!isRecord(source)) return;
  for (const [key, value] of Object.entries(source)) if (!Object.hasOwn(target, key)) target[key] = value;
}

/** Cluster number -> label, from the optional `network.clusters` list. */
function clusterLabels(network: Rec, isRecord: IsRecord): Map<string, string> {
  const labels = new Map<string, string>();
  for (const cluster of list(network['clusters']).filter(isRecord)) {
    if (cluster['cluster'] !== undefined && typeof cluster['label'] === 'string' && cluster['label'] !== '')
      labels.set(String(cluster['cluster']), cluster['label']);
  }
  return labels;
}

/**
 * One VOSviewer item as an organisation record: id, label, position, cluster, then its weights and
 * scores as numeric columns under their own names, then description, url and any other field.
 * VOSviewer's y axis points up and the screen's down: y is turned over so the map looks as it does there.
 */
function itemRecord(item: Rec, clusters: Map<string, string>, isRecord: IsRecord): Rec {
  const record: Rec = Object.create(null) as Rec; // a weight called "__proto__" stays a plain key
  record['id'] = item['id'];
  if (item['label'] !== undefined) record['label'] = item['label'];
  if (isNumber(item['x']) && isNumber(item['y'])) {
    record['x'] = item['x'];
    record['y'] = item['y'] === 0 ? 0 : -item['y'];
  }
  if (item['cluster'] !== undefined) record['cluster'] = clusters.get(String(item['cluster'])) ?? item['cluster'];
  // "weights"/"scores" since VOSviewer 1.6.15; single "weight"/"score" objects in some older writers.
  for (const key of ['weights', 'weight', 'scores', 'score']) addMissing(record, item[key], isRecord);
  for (const [key, value] of Object.entries(item)) {
    if (['x', 'y', 'weights', 'weight', 'scores', 'score'].includes(key) || Object.hasOwn(record, key)) continue;
    record[key] = value;
  }
  return record;
}

/**
 * VOSviewer and VOSviewer Online's JSON, `{ "network": { "items", "links", "clusters"? }, "config"? }`
 * (given here its `network`): items with positions, clusters, weights and
 * scores; links with strengths. The config (colours, terminology) describes VOSviewer's own display.
 */
export function vosviewerJson(network: Rec, isRecord: IsRecord): GraphTables {
  const clusters = clusterLabels(network, isRecord);
  const items = list(network['items'])
    .filter(isRecord)
    .map((item) => itemRecord(item, clusters, isRecord));
  return {
    format: 'VOSviewer JSON',
    organisations: recordsToTable(items),
    ties: linksTable(list(network['links']), isRecord),
    yFlipped: true,
  };
}

const cell = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * Links straight to a table (source, target, weight): a map has a few hundred thousand of them,
 * and the general records-to-table path costs several times more here.
 */
function linksTable(links: unknown[], isRecord: IsRecord): RawTable {
  const rows: string[][] = [];
  for (const link of links) {
    if (!isRecord(link)) continue;
    rows.push([
      cell(link['source_id'] ?? link['source']),
      cell(link['target_id'] ?? link['target']),
      cell(link['strength']),
    ]);
  }
  return { header: ['source', 'target', 'weight'], rows, firstRow: 1 };
}

/** A VOSviewer map file's y column turned over, so the map looks as it does in VOSviewer (y up there, down here). */
export function turnOverY(table: RawTable): RawTable {
  const column = table.header.indexOf('y');
  if (column < 0) return table;
  return {
    ...table,
    rows: table.rows.map((row) => row.map((cell, index) => (index === column ? negatedNumberText(cell) : cell))),
  };
}
