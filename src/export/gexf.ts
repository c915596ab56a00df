import type { AnalysisResults } from '../analysis/types';
import type { Dataset, Organisation, Tie } from '../model/types';
import {
  effectiveType,
  formatCell,
  organisationColumns,
  tieColumns,
  type ExportColumn,
  type ExportType,
} from './columns';
import { escapeXml, xmlAttributes } from './xml';

const GEXF_TYPE: Record<ExportType, string> = {
  string: 'string',
  url: 'string',
  number: 'double',
  integer: 'integer',
  boolean: 'boolean',
};

interface Declared<Row> {
  id: string;
  column: ExportColumn<Row>;
}

function declare<Row>(
  kind: 'node' | 'edge',
  columns: ExportColumn<Row>[],
  rows: readonly Row[],
): { xml: string; declared: Declared<Row>[] } {
  const declared = columns.map((column, index) => ({ id: `${kind === 'node' ? 'n' : 'e'}${index}`, column }));
  const lines = declared.map(
    ({ id, column }) =>
      `      <attribute${xmlAttributes({ id, title: column.header, type: GEXF_TYPE[effectiveType(column, rows)] })}/>`,
  );
  return { xml: `    <attributes class="${kind}">\n${lines.join('\n')}\n    </attributes>`, declared };
}

/** `<attvalues>` for one row; missing values are left out, as GEXF readers expect. */
function attvalues<Row>(declared: Declared<Row>[], row: Row): string {
  const values = declared
    .map(({ id, column }) => ({ id, text: formatCell(column.read(row)) }))
    .filter(({ text }) => text !== '')
    .map(({ id, text }) => `<attvalue${xmlAttributes({ for: id, value: text })}/>`);
  return values.length > 0 ? `<attvalues>${values.join('')}</attvalues>` : '';
}

// Gephi's y axis points up, the canvas's down: turned over on the way out as on the way in (src/import/parseXml.ts).
const position = (org: Organisation) =>
  org.x !== undefined && org.y !== undefined
    ? `<viz:position x="${org.x}" y="${org.y === 0 ? 0 : -org.y}" z="0"/>`
    : '';

function edgeType(ties: readonly Tie[]): 'directed' | 'undirected' | 'mixed' {
  if (ties.length > 0 && ties.every((tie) => tie.directed)) return 'directed';
  return ties.some((tie) => tie.directed) ? 'mixed' : 'undirected';
}

/**
 * GEXF 1.3 (Gephi's format): organisations as nodes labelled with their names, every other field,
 * attribute and metric as a typed node attribute; ties as edges with weight and direction.
 */
export function toGexf(dataset: Dataset, analysis: AnalysisResults | null = null): string {
  const nodeColumns = organisationColumns(dataset, analysis).filter(
    (column) => column.header !== 'id' && column.header !== 'name',
  );
  const edgeColumns = tieColumns(dataset).filter(
    (column) => !['source', 'target', 'weight', 'directed'].includes(column.header),
  );
  const nodeAttributes = declare('node', nodeColumns, dataset.organisations);
  const edgeAttributes = declare('edge', edgeColumns, dataset.ties);
  const nodes = dataset.organisations.map(
    (org) =>
      `      <node${xmlAttributes({ id: org.id, label: org.name })}>${attvalues(nodeAttributes.declared, org)}${position(org)}</node>`,
  );
  const edges = dataset.ties.map(
    (tie) =>
      `      <edge${xmlAttributes({ id: tie.id, source: tie.source, target: tie.target, weight: String(tie.weight), type: tie.directed ? 'directed' : 'undirected', label: tie.type })}>${attvalues(edgeAttributes.declared, tie)}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>Clusnet Explorer</creator><description>${escapeXml(dataset.name)}</description></meta>`,
    `  <graph mode="static" defaultedgetype="${edgeType(dataset.ties)}">`,
    nodeAttributes.xml,
    edgeAttributes.xml,
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
