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
  latlon: 'Latitude, longitude (one cell)',
  linked: 'Lists linked organisations',
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
