import type { TypeRole } from '../../analysis/typeRoles';
import { ROLES, ROLE_LABELS, type Role } from '../../model/roles';
import { useAppStore } from '../../store';
import { changeRoleOverride } from '../../store/analysisActions';
import { selectTypeRoles } from '../../store/analysisSelectors';
import { DataTable, type TableColumn } from '../table/DataTable';

function RoleSelect({ row }: { row: TypeRole }) {
  return (
    <select
      aria-label={`Role of ${row.type}`}
      value={row.role}
      onChange={(event) =>
        void changeRoleOverride(row.type, event.target.value === row.defaultRole ? null : (event.target.value as Role))
      }
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
          {role === row.defaultRole ? ' (default)' : ''}
        </option>
      ))}
    </select>
  );
}

const COLUMNS: TableColumn<TypeRole>[] = [
  { key: 'type', header: 'Type', rowHeader: true, cell: (row) => row.type },
  { key: 'organisations', header: 'Organisations', numeric: true, cell: (row) => row.organisations },
  { key: 'role', header: 'Role', cell: (row) => <RoleSelect row={row} /> },
];

/** Which role each organisation type plays in the cluster system; the user corrects the defaults here. */
export function RoleMappingEditor() {
  const dataset = useAppStore((state) => state.dataset);
  const roleOverrides = useAppStore((state) => state.roleOverrides);
  if (!dataset) return null;
  const rows = selectTypeRoles(dataset, roleOverrides);
  if (rows.length === 0)
    return <p className="hint">The organisations have no type, so every one has the role “Other”.</p>;
  return (
    <details className="role-mapping">
      <summary>Roles of the cluster system: which role each type plays ({rows.length} types)</summary>
      <p className="analysis-lead">
        The defaults recognise common words in English and the partner cities’ languages. A change re-runs the
        role-based measures (coverage, brokerage by role, intermediaries).
      </p>
      <div className="table-scroll">
        <DataTable
          caption="Organisation types and their roles"
          columns={COLUMNS}
          rows={rows}
          rowKey={(row) => row.type}
        />
      </div>
    </details>
  );
}
