import type { AnalysisResults } from '../analysis/types';
import type { Dataset } from '../model/types';
import { organisationsCsv, tiesCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { clusnetJson } from './json';

export type DataExportKind = 'organisations-csv' | 'ties-csv' | 'json' | 'gexf' | 'graphml';

export interface DataExportFile {
  fileName: string;
  type: string;
  text: string;
}

export interface DataExportFormat {
  kind: DataExportKind;
  /** The button's text. */
  label: string;
  /** One line under the button: what the file is for. */
  description: string;
  build: (dataset: Dataset, analysis: AnalysisResults | null, options: { bom: boolean }) => DataExportFile;
}

const CSV = 'text/csv;charset=utf-8';
const XML = 'application/xml;charset=utf-8';

/** Every data export the app offers, in the order the Export dialog lists them. */
export const DATA_EXPORT_FORMATS: DataExportFormat[] = [
  {
    kind: 'organisations-csv',
    label: 'Organisations (CSV)',
    description: 'One row per organisation, with its attributes and computed metrics.',
    build: (dataset, analysis, { bom }) => ({
      fileName: `${dataset.id}-organisations.csv`,
      type: CSV,
      text: organisationsCsv(dataset, analysis, { bom }),
    }),
  },
  {
    kind: 'ties-csv',
    label: 'Ties (CSV)',
    description: 'One row per tie: source and target ids, type, weight, year and attributes.',
    build: (dataset, _analysis, { bom }) => ({
      fileName: `${dataset.id}-ties.csv`,
      type: CSV,
      text: tiesCsv(dataset, { bom }),
    }),
  },
  {
    kind: 'json',
    label: 'Clusnet JSON',
    description: 'Organisations and ties in one file that Clusnet Explorer reads back.',
    build: (dataset, analysis) => ({
      fileName: `${dataset.id}.json`,
      type: 'application/json',
      text: clusnetJson(dataset, analysis),
    }),
  },
  {
    kind: 'gexf',
    label: 'GEXF (Gephi)',
    description: 'GEXF 1.3 with typed attributes, for Gephi and Gephi Lite.',
    build: (dataset, analysis) => ({ fileName: `${dataset.id}.gexf`, type: XML, text: toGexf(dataset, analysis) }),
  },
  {
    kind: 'graphml',
    label: 'GraphML (Cytoscape)',
    description: 'GraphML with typed keys, for Cytoscape desktop, yEd and networkx.',
    build: (dataset, analysis) => ({
      fileName: `${dataset.id}.graphml`,
      type: XML,
      text: toGraphml(dataset, analysis),
    }),
  },
];
