import type { AnalysisResults } from '../analysis/types';
import type { Dataset } from '../model/types';
import {
  effectiveType,
  formatCell,
  organisationColumns,
  tieColumns,
  type ExportColumn,
  type ExportType,
} from './columns';
import { escapeXml, xmlAttributes } from './xml';

const GRAPHML_TYPE: Record<ExportType, string> = {
  string: 'string',
  url: 'string',
  number: 'double',
  integer: 'int',
  boolean: 'boolean',
};

interface Keyed<Row> {
  id: string;
  column: ExportColumn<Row>;
}

function keys<Row>(
  kind: 'node' | 'edge',
  columns: ExportColumn<Row>[],
  rows: readonly Row[],
): { xml: string[]; keyed: Keyed<Row>[] } {
  const keyed = columns.map((column, index) => ({ id: `${kind === 'node' ? 'n' : 'e'}${index}`, column }));
  const xml = keyed.map(
    ({ id, column }) =>
      `  <key${xmlAttributes({ id, for: kind, 'attr.name': column.header, 'attr.type': GRAPHML_TYPE[effectiveType(column, rows)] })}/>`,
  );
  return { xml, keyed };
}

/** `<data>` elements of one row; missing values are left out. */
function data<Row>(keyed: Keyed<Row>[], row: Row): string {
  return keyed
    .map(({ id, column }) => ({ id, text: formatCell(column.read(row)) }))
    .filter(({ text }) => text !== '')
    .map(({ id, text }) => `<data key="${id}">${escapeXml(text)}</data>`)
    .join('');
}

/**
 * GraphML (Cytoscape desktop, yEd, networkx): every field, attribute and metric as a typed key;
 * the organisation's name is the `name` key, which Cytoscape shows as the node label.
 */
export function toGraphml(dataset: Dataset, analysis: AnalysisResults | null = null): string {
  const nodeColumns = organisationColumns(dataset, analysis).filter((column) => column.header !== 'id');
  const edgeColumns = tieColumns(dataset).filter((column) => !['source', 'target', 'directed'].includes(column.header));
  const nodeKeys = keys('node', nodeColumns, dataset.organisations);
  const edgeKeys = keys('edge', edgeColumns, dataset.ties);
  const allDirected = dataset.ties.length > 0 && dataset.ties.every((tie) => tie.directed);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.xml,
    ...edgeKeys.xml,
    `  <graph${xmlAttributes({ id: dataset.id, edgedefault: allDirected ? 'directed' : 'undirected' })}>`,
    ...dataset.organisations.map(
      (org) => `    <node${xmlAttributes({ id: org.id })}>${data(nodeKeys.keyed, org)}</node>`,
    ),
    ...dataset.ties.map(
      (tie) =>
        `    <edge${xmlAttributes({ id: tie.id, source: tie.source, target: tie.target, directed: String(tie.directed) })}>${data(edgeKeys.keyed, tie)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
