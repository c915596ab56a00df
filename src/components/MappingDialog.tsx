import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store';
import { cancelMapping, confirmMapping } from '../store/importActions';
import {
  FIELDS_BY_ROLE,
  mappingForRole,
  missingFields,
  type TableMapping,
  type TablePlan,
  type TableRole,
} from '../import/tableMapping';
import type { ColumnField } from '../import/columns';
import { FIELD_LABELS, ROLE_LABELS } from './fieldLabels';
import { ModalSurface } from './ModalSurface';

const ATTRIBUTE = '';

/** One table of the mapping step: what it holds, a select per column over a preview of its rows. */
function TableMappingEditor({
  plan,
  mapping,
  onChange,
}: {
  plan: TablePlan;
  mapping: TableMapping;
  onChange: (mapping: TableMapping) => void;
}) {
  const setField = (index: number, value: string) => {
    const fields = mapping.fields.map((field, column) => {
      if (column === index) return value === ATTRIBUTE ? null : (value as ColumnField);
      return field === value ? null : field; // a field is filled by one column only
    });
    onChange({ ...mapping, fields });
  };
  const missing = missingFields(mapping);
  return (
    <section className="mapping-table" aria-label={plan.file}>
      <h3>{plan.file}</h3>
      {plan.questions.length > 0 && (
        <ul className="mapping-questions">
          {plan.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      )}
      <div className="mapping-options">
        <label>
          This table holds{' '}
          <select
            value={mapping.role}
            onChange={(event) => onChange(mappingForRole(plan.header, event.currentTarget.value as TableRole))}
          >
            {(Object.keys(ROLE_LABELS) as TableRole[]).map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </label>
        {mapping.role === 'membership' && (
          <label>
            Link members{' '}
            <select
              value={mapping.groupMode ?? 'shared'}
              onChange={(event) =>
                onChange({ ...mapping, groupMode: event.currentTarget.value === 'two-mode' ? 'two-mode' : 'shared' })
              }
            >
              <option value="shared">by shared groups (weighted by how many)</option>
              <option value="two-mode">through the groups, shown as nodes (two-mode)</option>
            </select>
          </label>
        )}
      </div>
      <div className="mapping-preview">
        <table>
          <thead>
            <tr>
              {plan.header.map((header, index) => (
                <th key={index} scope="col">
                  <label className="mapping-column">
                    <span>{header || `column ${index + 1}`}</span>
                    <select
                      value={mapping.fields[index] ?? ATTRIBUTE}
                      onChange={(event) => setField(index, event.currentTarget.value)}
                    >
                      <option value={ATTRIBUTE}>Keep as attribute</option>
                      {FIELDS_BY_ROLE[mapping.role].map((field) => (
                        <option key={field} value={field}>
                          {FIELD_LABELS[field]}
                        </option>
                      ))}
                    </select>
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.preview.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {plan.header.map((_, index) => (
                  <td key={index}>{row[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missing.length > 0 && <p className="mapping-missing">Still needed: {missing.join(', ')}.</p>}
    </section>
  );
}

/** The mapping step: opens when a required column is missing or a mapping is ambiguous. */
export function MappingDialog({ plans }: { plans: TablePlan[] }) {
  const [mappings, setMappings] = useState(() => plans.map((plan) => plan.mapping));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const complete = mappings.every((mapping) => missingFields(mapping).length === 0);
  const confirm = () =>
    void confirmMapping(Object.fromEntries(plans.map((plan, index) => [plan.key, mappings[index]!])));
  return (
    <ModalSurface labelledBy="mapping-title" className="dialog mapping-dialog" onClose={cancelMapping}>
      <h2 id="mapping-title" tabIndex={-1} ref={heading}>
        Map columns
      </h2>
      <p className="dialog-intro">
        Check what each column holds. Columns kept as attributes stay in the data, typed as numbers, years, yes/no,
        links, lists or text.
      </p>
      {plans.map((plan, index) => (
        <TableMappingEditor
          key={plan.file + index}
          plan={plan}
          mapping={mappings[index]!}
          onChange={(mapping) => setMappings((all) => all.map((old, i) => (i === index ? mapping : old)))}
        />
      ))}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={cancelMapping}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={!complete} onClick={confirm}>
          Import
        </button>
      </div>
    </ModalSurface>
  );
}

/** Mounts the mapping step while tables wait for it. */
export function PendingMappingDialog() {
  const plans = useAppStore((state) => state.pendingMapping);
  return plans ? <MappingDialog key={plans.map((plan) => plan.key).join('\n')} plans={plans} /> : null;
}
