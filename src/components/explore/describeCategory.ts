import { ROLE_LABELS, ROLES, type Role } from '../../model/roles';

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** How a category value reads on screen: role ids become role names, '' becomes "(none)". */
export function describeCategory(field: string, value: string): string {
  if (value === '') return '(none)';
  return field === 'role' && isRole(value) ? ROLE_LABELS[value] : value;
}
