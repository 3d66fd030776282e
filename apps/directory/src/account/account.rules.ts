import { badInput } from '@houqin/common';
import { isDistrictRole, Role } from '@houqin/auth';

/** Login name: 3 to 64 lower-case letters, digits, . _ or -, starting with a letter or digit. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** The username a sign-in names: matched case-insensitively, spaces around it ignored. */
export const loginName = (typed: string): string => typed.trim().toLowerCase();

/**
 * Where a grant applies: a district role district-wide (no school), a school role at the school the
 * input names. Returns that school's id (still to be checked), or null for a district role.
 */
export function grantedAt(role: Role, schoolId: string | null | undefined): string | null {
  if (isDistrictRole(role)) {
    if (schoolId) throw badInput('schoolId', `${role} is a district role: omit schoolId.`);
    return null;
  }
  if (!schoolId) throw badInput('schoolId', `${role} is a school role: give the schoolId.`);
  return schoolId;
}

/** An administrator cannot revoke their own administrator role, so a district never locks itself out by mistake. */
export function checkRevoke(grant: { accountId: string; role: Role }, viewerAccountId: string): void {
  if (grant.accountId === viewerAccountId && grant.role === Role.DISTRICT_ADMIN) {
    throw badInput('grantId', 'You cannot revoke your own district administrator role; ask another administrator.');
  }
}

/** Only another, still active account can be deactivated. */
export function checkDeactivate(account: { id: string; active: boolean }, viewerAccountId: string): void {
  if (account.id === viewerAccountId) throw badInput('accountId', 'You cannot deactivate your own account.');
  if (!account.active) throw badInput('accountId', 'The account is already deactivated.');
}
