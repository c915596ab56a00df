import type { StateCreator } from 'zustand';
import type { Role, RoleOverrides } from '../model/roles';
import { NO_ROLE_OVERRIDES } from '../model/roles';

/**
 * The user's corrections of the type -> role mapping. Kept when another data set loads, since
 * the same type words recur across a user's files.
 */
export interface RolesState {
  roleOverrides: RoleOverrides;
}

export interface RolesSlice extends RolesState {
  /** Map an organisation type (as written) to a role; null goes back to the default. */
  setRoleOverride: (type: string, role: Role | null) => void;
}

export const getEmptyRolesState = (): RolesState => ({ roleOverrides: NO_ROLE_OVERRIDES });

export const createRolesSlice: StateCreator<RolesSlice> = (set) => ({
  ...getEmptyRolesState(),
  setRoleOverride: (type, role) =>
    set((state) => {
      const key = type.trim();
      const { [key]: _previous, ...rest } = state.roleOverrides;
      return { roleOverrides: role === null ? rest : { ...rest, [key]: role } };
    }),
});
