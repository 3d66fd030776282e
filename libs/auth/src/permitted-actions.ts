import type { PermissionTable } from './permissions';
import type { Viewer } from './viewer';

/** One action of a service's permission table the viewer may take, and where (see `permittedActions`). */
export interface PermittedAction {
  /** The table key, e.g. `approvePurchaseRequest`. */
  action: string;
  /** Allowed at every school of the viewer's district: by one of the rule's district roles, or an open rule. */
  everywhere: boolean;
  /** Schools (sorted ids) where the viewer holds one of the rule's school roles. */
  schoolIds: string[];
}

/**
 * What the viewer may do under a service's permission table, by the same reading of a rule as
 * `may`: every action allowed somewhere, in the table's order, with `everywhere` for open rules and
 * district roles and the schools where a school role counts. A rule's `alsoUnder` is not folded in:
 * those actions are rows of their own (e.g. `approveAtDirectorLevel`), decided at the record.
 * Without a viewer only the anonymous rules are listed.
 */
export function permittedActions(viewer: Viewer | null | undefined, table: PermissionTable): PermittedAction[] {
  return Object.values(table).flatMap((rule) => {
    const everywhere =
      rule.open === 'anonymous' ||
      (!!viewer && (rule.open === 'signed-in' || (!!rule.district?.length && viewer.hasDistrictRole(...rule.district))));
    const roles = rule.school ?? [];
    const schoolIds = viewer
      ? [...new Set(viewer.grants.filter((g) => g.schoolId !== null && roles.includes(g.role)).map((g) => g.schoolId as string))].sort()
      : [];
    return everywhere || schoolIds.length ? [{ action: rule.action, everywhere, schoolIds }] : [];
  });
}

/**
 * `permittedActions` for the account a field is asked of: the signed-in viewer's own account only.
 * Anyone else's (a district administrator browsing accounts included) answers an empty list, so no
 * one learns another account's permissions from it; their role grants say as much to those who may
 * read them.
 */
export function ownPermittedActions(viewer: Viewer | null | undefined, accountId: string, table: PermissionTable): PermittedAction[] {
  return viewer && viewer.accountId === accountId ? permittedActions(viewer, table) : [];
}
