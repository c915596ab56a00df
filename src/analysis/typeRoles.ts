import { roleFor, roleOf, type Role, type RoleOverrides } from '../model/roles';
import type { Dataset } from '../model/types';

export interface TypeRole {
  /** The type as written (trimmed). */
  type: string;
  organisations: number;
  defaultRole: Role;
  role: Role;
}

/** Every organisation type in the data set with its default and current role, most common first. */
export function typeRoles(dataset: Dataset, overrides: RoleOverrides): TypeRole[] {
  const counts = new Map<string, number>();
  for (const organisation of dataset.organisations) {
    const type = organisation.type?.trim();
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([type, organisations]) => ({
      type,
      organisations,
      defaultRole: roleOf(type),
      role: roleFor(type, overrides),
    }))
    .sort((a, b) => b.organisations - a.organisations || a.type.localeCompare(b.type));
}
