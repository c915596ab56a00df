import { ROLE_LABELS, ROLES, type Role } from '../model/roles';
import type { Dataset } from '../model/types';

export interface GroupingField {
  field: string;
  label: string;
}

const CORE: GroupingField[] = [
  { field: 'city', label: 'City' },
  { field: 'cluster', label: 'Cluster' },
  { field: 'sector', label: 'Sector' },
  { field: 'country', label: 'Country' },
  { field: 'type', label: 'Type' },
];

/** More distinct values than this and an attribute is not offered as a grouping (it is an id or free text). */
const MAX_CATEGORIES = 200;

/** Fields an analysis can group by: core fields with values, role, community, component, and categorical attributes. */
export function groupingFields(dataset: Dataset): GroupingField[] {
  const present = CORE.filter(({ field }) =>
    dataset.organisations.some((organisation) => organisation[field as 'city'] !== undefined),
  );
  const derived: GroupingField[] = [
    { field: 'role', label: 'Role' },
    { field: 'community', label: 'Community' },
    { field: 'component', label: 'Component' },
  ];
  const attributes = dataset.schema.organisation
    .filter(
      (schema) =>
        ['text', 'boolean', 'year', 'list'].includes(schema.type) && !CORE.some((core) => core.field === schema.key),
    )
    .filter(
      (schema) =>
        new Set(dataset.organisations.map((organisation) => String(organisation.attributes[schema.key] ?? ''))).size <=
        MAX_CATEGORIES,
    )
    .map((schema) => ({ field: schema.key, label: schema.label }));
  return [...present, ...derived, ...attributes];
}

/** A group as shown: role ids become their labels. */
export function groupLabel(field: string, group: string): string {
  return field === 'role' && (ROLES as readonly string[]).includes(group) ? ROLE_LABELS[group as Role] : group;
}
