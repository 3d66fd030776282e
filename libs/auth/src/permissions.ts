import { forbidden } from '@houqin/common';
import { isDistrictRole, Role } from './roles';
import { requireViewer, type Viewer } from './viewer';

/**
 * Who may do one thing. School roles count only where they are held (a director of school A is
 * nobody at school B); district roles are named separately and count in every school of the
 * viewer's district. Neither list implies the other: a district administrator may do only what a
 * rule names DISTRICT_ADMIN for.
 */
export interface PermissionRule {
  /** What is being done, for the FORBIDDEN message, e.g. "Ordering goods". */
  doing: string;
  /** Roles that allow it at a school where the viewer holds them. */
  school?: readonly Role[];
  /** District roles (DISTRICT_ADMIN, DISTRICT_AUDITOR) that allow it anywhere in the district. */
  district?: readonly Role[];
  /** Anyone signed in (or, with `anonymous`, anyone at all): the rule is the record's own, e.g. "your own account". */
  open?: 'signed-in' | 'anonymous';
  /**
   * Other actions of the same table under which a caller may also take this mutation, the service
   * deciding at the record which applies (e.g. a director reviewing the claim of a sole accountant).
   * The mutation gate lets through whoever holds a role of this rule or of these.
   */
  alsoUnder?: readonly string[];
}

/** A rule with the action name it is filed under in its service's table. */
export interface Permission extends PermissionRule {
  action: string;
}

/** A service's permission table: action → who may do it. Built by `definePermissions`. */
export type PermissionTable<A extends string = string> = { readonly [K in A]: Permission };

/**
 * Declares a service's one permission table (`permissions.ts`). Every action a service checks is
 * a key here, so "who may do what" reads in one file, and the role tests can read it.
 */
export function definePermissions<A extends string>(rules: Record<A, PermissionRule>): PermissionTable<A> {
  for (const [action, rule] of Object.entries<PermissionRule>(rules)) {
    const misplaced = (rule.school ?? []).filter(isDistrictRole);
    if (misplaced.length) throw new Error(`Permission ${action}: ${misplaced.join(', ')} is a district role; list it under district.`);
    if (!rule.open && !rule.school?.length && !rule.district?.length) throw new Error(`Permission ${action} allows nobody.`);
    const unknown = (rule.alsoUnder ?? []).filter((other) => !(other in rules));
    if (unknown.length) throw new Error(`Permission ${action}: alsoUnder names ${unknown.join(', ')}, not in the table.`);
  }
  return Object.fromEntries(
    Object.entries<PermissionRule>(rules).map(([action, rule]) => [action, { action, ...rule }]),
  ) as PermissionTable<A>;
}

/**
 * Whether the viewer may act under `permission`: at `schoolId` when the action concerns one school,
 * or (schoolId undefined) at any school of theirs, e.g. registering a district-wide supplier.
 */
export function may(viewer: Viewer | null | undefined, permission: Permission, schoolId?: string): boolean {
  if (permission.open === 'anonymous') return true;
  if (!viewer) return false;
  if (permission.open === 'signed-in') return true;
  if (permission.district?.length && viewer.hasDistrictRole(...permission.district)) return true;
  const schoolRoles = permission.school ?? [];
  return viewer.grants.some(
    (g) => g.schoolId !== null && schoolRoles.includes(g.role) && (schoolId === undefined || g.schoolId === schoolId),
  );
}

/**
 * The signed-in viewer allowed to act under `permission` (see `may`): else UNAUTHENTICATED or
 * FORBIDDEN. Checked before any validation of the input, so a caller without the right learns nothing.
 */
export function requirePermission(viewer: Viewer | null | undefined, permission: Permission, schoolId?: string): Viewer {
  const signedIn = requireViewer(viewer);
  if (!may(signedIn, permission, schoolId)) throw forbidden(`${permission.doing} needs ${describeRoles(permission, schoolId)}.`);
  return signedIn;
}

/**
 * Whether the viewer holds, at some school or district-wide, a role that `permission` (or one of the
 * rules it names in `alsoUnder`) allows: the least a caller needs before a mutation's input is even
 * validated. Whether the role counts at the record's school is the service's check.
 */
export function mayAnywhere(viewer: Viewer | null | undefined, permission: Permission, table: PermissionTable): boolean {
  return may(viewer, permission) || (permission.alsoUnder ?? []).some((other) => may(viewer, table[other]));
}

/**
 * Where the viewer may act under `permission`: 'district' when a district role allows it
 * everywhere, else the schools where they hold one of its school roles (possibly none).
 */
export function schoolsAllowed(viewer: Viewer, permission: Permission): 'district' | string[] {
  if (permission.open || (permission.district?.length && viewer.hasDistrictRole(...permission.district))) return 'district';
  const roles = permission.school ?? [];
  return [...new Set(viewer.grants.filter((g) => g.schoolId !== null && roles.includes(g.role)).map((g) => g.schoolId as string))];
}

function describeRoles(permission: Permission, schoolId?: string): string {
  const parts: string[] = [];
  if (permission.school?.length)
    parts.push(`one of these roles ${schoolId ? 'at the school' : 'at a school'}: ${permission.school.join(', ')}`);
  if (permission.district?.length) parts.push(`one of the district roles: ${permission.district.join(', ')}`);
  return parts.join(', or ');
}

/**
 * Every school role, held at one school: its staff and its parents' committee. For what anyone of a
 * school may read (published menus, the canteen statement 公示); use SCHOOL_STAFF_ROLES for what
 * only the people who work there may do.
 */
export const SCHOOL_ROLES: readonly Role[] = Object.values(Role).filter((role) => !isDistrictRole(role));

/**
 * Every school role but the parents' committee (家长委员会): the people who work at a school, who may
 * file purchase requests and expense claims there, and whatever else is staff business.
 */
export const SCHOOL_STAFF_ROLES: readonly Role[] = SCHOOL_ROLES.filter((role) => role !== Role.PARENT_COMMITTEE);
