import { useAppStore } from '../store';
import { selectSortedEntries } from '../store/selectors';
import { acceptMerge, changeImportSettings, reviewMapping } from '../store/importActions';
import { countEntries, reportToCsv, type EntrySortKey } from '../import/reportCsv';
import type { ImportReport as Report } from '../model/types';
import { downloadText } from '../export/download';

const SHOWN_ENTRIES = 500;
const SORTABLE: { key: EntrySortKey; label: string }[] = [
  { key: 'severity', label: 'Severity' },
  { key: 'kind', label: 'Kind' },
  { key: 'file', label: 'File' },
  { key: 'row', label: 'Row' },
];

function FilesTable({ report }: { report: Report }) {
  return (
    <table className="report-table">
      <caption>Files read</caption>
      <thead>
        <tr><th scope="col">File</th><th scope="col">Format</th><th scope="col">Encoding</th><th scope="col">Rows</th></tr>
      </thead>
      <tbody>
        {report.files.map((file) => (
          <tr key={file.name}><td>{file.name}</td><td>{file.format}</td><td>{file.encoding ?? ''}</td><td>{file.rows.toLocaleString('en-GB')}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

function ImportOptions() {
  const settings = useAppStore((state) => state.importSettings);
  return (
    <fieldset className="report-options">
      <legend>Options (the files are read again)</legend>
      <label>
        <input type="checkbox" checked={settings.dropUnknownTies} onChange={(event) => void changeImportSettings({ dropUnknownTies: event.currentTarget.checked })} />
        Drop ties to unknown organisations instead of adding placeholders
      </label>
      <label>
        <input type="checkbox" checked={settings.mergeDuplicateTies} onChange={(event) => void changeImportSettings({ mergeDuplicateTies: event.currentTarget.checked })} />
        Merge duplicate ties (summed weight and a count)
      </label>
      <button type="button" className="button" onClick={() => void reviewMapping()}>Change column mapping</button>
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
            <span>“{fromName}” looks like “{intoName}”</span>
            <button type="button" className="button" aria-label={`Merge ${fromName} into ${intoName}`} onClick={() => void acceptMerge(from, into)}>Merge</button>
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
  const header = (key: EntrySortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort === key ? 'ascending' : 'none'}>
      <button type="button" className="sort-button" onClick={() => setReportSort(key)}>{label}{sort === key ? ' ▲' : ''}</button>
    </th>
  );
  return (
    <table className="report-table report-entries">
      <caption>Problems and notes{entries.length > SHOWN_ENTRIES ? ` (first ${SHOWN_ENTRIES} of ${entries.length.toLocaleString('en-GB')}; the CSV has all)` : ''}</caption>
      <thead>
        <tr>
          {SORTABLE.map(({ key, label }) => header(key, label))}
          <th scope="col">Column</th><th scope="col">Problem</th><th scope="col">What was done</th>
        </tr>
      </thead>
      <tbody>
        {entries.slice(0, SHOWN_ENTRIES).map((entry, index) => (
          <tr key={index} className={`severity-${entry.severity}`}>
            <td>{entry.severity}</td><td>{entry.kind}</td><td>{entry.file}</td><td>{entry.row ?? ''}</td><td>{entry.column ?? ''}</td><td>{entry.problem}</td><td>{entry.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The import report: every file read, every row that did not become part of the graph as written. */
export function ImportReport() {
  const report = useAppStore((state) => state.report);
  const dataset = useAppStore((state) => state.dataset);
  if (!report || !dataset) return <section aria-label="Import report" className="import-report"><p>No import yet.</p></section>;
  const { problems, notes } = countEntries(report);
  return (
    <section aria-label="Import report" className="import-report">
      <div className="report-heading">
        <h2>Import report</h2>
        <button type="button" className="button" onClick={() => downloadText(`${dataset.id}-import-report.csv`, reportToCsv(report))}>Download report (CSV)</button>
      </div>
      <p className="report-summary">{problems === 0 && notes === 0 ? 'Every row was read as written.' : `${problems.toLocaleString('en-GB')} problems and ${notes.toLocaleString('en-GB')} notes.`}</p>
      <FilesTable report={report} />
      <ImportOptions />
      <MergeSuggestions report={report} />
      {report.entries.length > 0 && <EntriesTable report={report} />}
    </section>
  );
}
