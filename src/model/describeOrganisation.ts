import type { AttributeValue, FieldSchema, Organisation } from './types';
import { ROLE_LABELS, roleOf, type Role } from './roles';

export interface AttributeRow {
  label: string;
  value: string;
  /** Present when the value is an http(s) URL. */
  href?: string;
}

const formatValue = (value: AttributeValue): string => {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
};

/**
 * The rows the inspector shows for an organisation: core fields, then every other attribute, each
 * under the header the data gave it (an attribute kept under a known key, "founded" for a column
 * headed "Gründungsjahr", shows as "Gründungsjahr").
 */
export function describeOrganisation(
  organisation: Organisation,
  safeUrl: (value: unknown) => string | null,
  role: Role = roleOf(organisation.type),
  schema: readonly FieldSchema[] = [],
): AttributeRow[] {
  const labels = new Map(schema.map((field) => [field.key, field.label]));
  const rows: AttributeRow[] = [{ label: 'Role', value: ROLE_LABELS[role] }];
  const core: [string, string | number | undefined][] = [
    ['Type', organisation.type],
    ['City', organisation.city],
    ['Country', organisation.country],
    ['Sector', organisation.sector],
    ['Cluster', organisation.cluster],
  ];
  for (const [label, value] of core) if (value !== undefined) rows.push({ label, value: String(value) });
  for (const [key, value] of Object.entries(organisation.attributes)) {
    const text = formatValue(value);
    if (text === '') continue;
    const href = safeUrl(value);
    rows.push({ label: labels.get(key) ?? key, value: text, ...(href ? { href } : {}) });
  }
  if (organisation.placeholder)
    rows.push({ label: 'Note', value: 'Added from ties: no row describes this organisation.' });
  return rows;
}
