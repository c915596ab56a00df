import { useAppStore } from '../store';
import { selectSortedEntries } from '../store/selectors';
import { acceptMerge, changeImportSettings, reviewMapping } from '../store/importActions';
import { countEntries, ENTRY_SORT_KEYS, reportToCsv, SEVERITY_ORDER } from '../export/reportCsv';
import type { ImportReport as Report, ReportEntry } from '../model/types';
import { downloadText } from '../export/download';
import { DataTable, type TableColumn } from './table/DataTable';

const SHOWN_ENTRIES = 500;
type FileRead = Report['files'][number];

const FILE_COLUMNS: TableColumn<FileRead>[] = [
  { key: 'name', header: 'File', cell: (file) => file.name },
  { key: 'format', header: 'Format', cell: (file) => file.format },
  { key: 'encoding', header: 'Encoding', cell: (file) => file.encoding },
  { key: 'rows', header: 'Rows', cell: (file) => file.rows.toLocaleString('en-GB') },
];

/** The first four sort (the store keeps the sort, always ascending); the others are plain. */
const ENTRY_COLUMNS: TableColumn<ReportEntry>[] = [
  {
    key: 'severity',
    header: 'Severity',
    sortValue: (entry) => SEVERITY_ORDER[entry.severity],
    cell: (entry) => entry.severity,
  },
  { key: 'kind', header: 'Kind', sortValue: (entry) => entry.kind },
  { key: 'file', header: 'File', sortValue: (entry) => entry.file },
  { key: 'row', header: 'Row', sortValue: (entry) => entry.row },
  { key: 'column', header: 'Column', cell: (entry) => entry.column },
  { key: 'problem', header: 'Problem', cell: (entry) => entry.problem },
  { key: 'action', header: 'What was done', cell: (entry) => entry.action },
];

function FilesTable({ report }: { report: Report }) {
  return (
    <DataTable
      className="report-table"
      caption="Files read"
      columns={FILE_COLUMNS}
      rows={report.files}
      rowKey={(file) => file.name}
    />
  );
}

function ImportOptions() {
  const settings = useAppStore((state) => state.importSettings);
  return (
    <fieldset className="report-options">
      <legend>Options (the files are read again)</legend>
      <label>
        <input
          type="checkbox"
          checked={settings.dropUnknownTies}
          onChange={(event) => void changeImportSettings({ dropUnknownTies: event.currentTarget.checked })}
        />
        Drop ties to unknown organisations instead of adding placeholders
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.mergeDuplicateTies}
          onChange={(event) => void changeImportSettings({ mergeDuplicateTies: event.currentTarget.checked })}
        />
        Merge duplicate ties (summed weight and a count)
      </label>
      <button type="button" className="button" onClick={() => void reviewMapping()}>
        Change column mapping
      </button>
    </fieldset>
  );
}

function MergeSuggestions({ report }: { report: Report }) {
  if (!report.suggestions?.length) return null;
  return (
    <section aria-labelledby="merge-title" className="report-suggestions">
      <h3 id="merge-title">Possible duplicates ({report.suggestions.length})</h3>
      <ul>
        {report.suggestions.slice(0, 100).map(({ from, fromName, into, intoName }) => (
          <li key={`${from}\n${into}`}>
            <span>
              “{fromName}” looks like “{intoName}”
            </span>
            <button
              type="button"
              className="button"
              aria-label={`Merge ${fromName} into ${intoName}`}
              onClick={() => void acceptMerge(from, into)}
            >
              Merge
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EntriesTable({ report }: { report: Report }) {
  const sort = useAppStore((state) => state.reportSort);
  const setReportSort = useAppStore((state) => state.setReportSort);
  const entries = selectSortedEntries(report, sort);
  const onSortChange = ({ key }: { key: string }) => {
    const sortKey = ENTRY_SORT_KEYS.find((candidate) => candidate === key);
    if (sortKey) setReportSort(sortKey);
  };
  return (
    <DataTable
      className="report-table report-entries"
      caption={`Problems and notes${entries.length > SHOWN_ENTRIES ? ` (first ${SHOWN_ENTRIES} of ${entries.length.toLocaleString('en-GB')}; the CSV has all)` : ''}`}
      columns={ENTRY_COLUMNS}
      rows={entries.slice(0, SHOWN_ENTRIES)}
      rowKey={(_entry, index) => index}
      rowClassName={(entry) => `severity-${entry.severity}`}
      externalSort={{ sort: { key: sort, direction: 'ascending' }, onSortChange }}
      sortMarkInName
    />
  );
}

/** The import report: every file read, every row that did not become part of the graph as written. */
export function ImportReport() {
  const report = useAppStore((state) => state.report);
  const dataset = useAppStore((state) => state.dataset);
  if (!report || !dataset)
    return (
      <section aria-label="Import report" className="import-report">
        <p>No import yet.</p>
      </section>
    );
  const { problems, notes } = countEntries(report);
  return (
    <section aria-label="Import report" className="import-report">
      <div className="report-heading">
        <h2>Import report</h2>
        <button
          type="button"
          className="button"
          onClick={() => downloadText(`${dataset.id}-import-report.csv`, reportToCsv(report))}
        >
          Download report (CSV)
        </button>
      </div>
      <p className="report-summary">
        {problems === 0 && notes === 0
          ? 'Every row was read as written.'
          : `${problems.toLocaleString('en-GB')} problems and ${notes.toLocaleString('en-GB')} notes.`}
      </p>
      <FilesTable report={report} />
      <ImportOptions />
      <MergeSuggestions report={report} />
      {report.entries.length > 0 && <EntriesTable report={report} />}
    </section>
  );
}
