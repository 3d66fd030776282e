import { createContext, useContext, type ReactNode } from 'react';
import { can, type PermittedAction } from '../shared/permissions';

/** What the signed-in viewer holds: their roles and what each service's permission table allows them. */
export interface Access {
  accountId: string;
  roles: readonly { role: string; schoolId?: string | null }[];
  permissions: readonly PermittedAction[];
  /** May the viewer take `action` (a permission-table name) at `schoolId`, or at some school? */
  can(action: string, schoolId?: string | null): boolean;
  /** Does the viewer hold one of these roles (anywhere)? */
  hasRole(...roles: string[]): boolean;
  /** The schools the viewer holds a role at (empty for district roles, which see all). */
  schoolIds: readonly string[];
  isDistrict: boolean;
}

export function buildAccess(
  accountId: string,
  roles: readonly { role: string; schoolId?: string | null }[],
  permissions: readonly PermittedAction[],
): Access {
  const isDistrict = roles.some((r) => r.role.startsWith('DISTRICT_'));
  return {
    accountId,
    roles,
    permissions,
    can: (action, schoolId) => can(permissions, action, schoolId),
    hasRole: (...names) => roles.some((r) => names.includes(r.role)),
    schoolIds: [...new Set(roles.flatMap((r) => (r.schoolId ? [r.schoolId] : [])))],
    isDistrict,
  };
}

const AccessContext = createContext<Access>(buildAccess('', [], []));
export const AccessProvider = AccessContext.Provider;

export function useAccess(): Access {
  return useContext(AccessContext);
}

/**
 * The one way to gate a control on what the viewer may do: renders its children only when the
 * permission table allows `action` (at `schoolId` when given). Hiding is a courtesy; the graph refuses anyway.
 */
export function Can({
  action,
  schoolId,
  children,
  otherwise = null,
}: {
  action: string;
  schoolId?: string | null;
  children: ReactNode;
  otherwise?: ReactNode;
}) {
  return <>{useAccess().can(action, schoolId) ? children : otherwise}</>;
}
