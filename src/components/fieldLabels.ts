import type { ColumnField } from '../import/columns';
import type { TableRole } from '../import/tableMapping';

/** How the mapping step names each core field. */
export const FIELD_LABELS: Record<ColumnField, string> = {
  id: 'Id',
  name: 'Name',
  type: 'Type',
  city: 'City',
  country: 'Country',
  sector: 'Sector',
  cluster: 'Cluster',
  lat: 'Latitude',
  lon: 'Longitude',
  x: 'X position',
  y: 'Y position',
  source: 'Source (from)',
  target: 'Target (to)',
  weight: 'Weight',
  year: 'Year',
  directed: 'Directed',
  group: 'Group (project or cluster)',
};

export const ROLE_LABELS: Record<TableRole, string> = {
  organisations: 'Organisations (one row each)',
  ties: 'Ties (source and target)',
  membership: 'Membership list (organisation and group)',
};

/** Offer a text file for download (the report CSV): a Blob URL, revoked once the click is done. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
