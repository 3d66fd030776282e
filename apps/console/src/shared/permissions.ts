/**
 * What the viewer may do, as each service's permission table answers it for the signed-in account
 * (`me { directoryPermissions financePermissions }`). The console only hides what the graph would
 * refuse; the graph still refuses it.
 */
export interface PermittedAction {
  /** The service table's action name, e.g. "approvePurchaseRequest". */
  action: string;
  /** Allowed at every school of the district (a district role or an open rule). */
  everywhere: boolean;
  /** Schools where a school role allows it. */
  schoolIds: readonly string[];
}

/**
 * Whether `action` is allowed at `schoolId`, or (without a school) at some school of the viewer:
 * enough to show a menu entry or a "new" button whose form then asks for the school.
 */
export function can(permissions: readonly PermittedAction[], action: string, schoolId?: string | null): boolean {
  return permissions.some(
    (p) => p.action === action && (p.everywhere || (schoolId ? p.schoolIds.includes(schoolId) : p.schoolIds.length > 0)),
  );
}

/** The schools where `action` is allowed, for a form's school picker; 'all' when it is allowed everywhere. */
export function schoolsWhere(permissions: readonly PermittedAction[], action: string): 'all' | string[] {
  const granted = permissions.filter((p) => p.action === action);
  if (granted.some((p) => p.everywhere)) return 'all';
  return [...new Set(granted.flatMap((p) => p.schoolIds))];
}
