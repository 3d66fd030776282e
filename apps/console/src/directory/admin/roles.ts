/** The roles of the directory's Role enum, as the console names them (角色). */
export const ROLES = [
  'DISTRICT_ADMIN',
  'DISTRICT_AUDITOR',
  'PRINCIPAL',
  'GENERAL_AFFAIRS_DIRECTOR',
  'ACCOUNTANT',
  'CANTEEN_MANAGER',
  'STOREKEEPER',
  'SAFETY_OFFICER',
  'MAINTENANCE',
  'STAFF',
  'PARENT_COMMITTEE',
] as const;

export type RoleName = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleName, { zh: string; en: string }> = {
  DISTRICT_ADMIN: { zh: '区级管理员', en: 'District administrator' },
  DISTRICT_AUDITOR: { zh: '区级审计', en: 'District auditor' },
  PRINCIPAL: { zh: '校长', en: 'Principal' },
  GENERAL_AFFAIRS_DIRECTOR: { zh: '总务主任', en: 'General-affairs director' },
  ACCOUNTANT: { zh: '报账员', en: 'Accountant' },
  CANTEEN_MANAGER: { zh: '食堂管理员', en: 'Canteen manager' },
  STOREKEEPER: { zh: '保管员', en: 'Storekeeper' },
  SAFETY_OFFICER: { zh: '安全员', en: 'Safety officer' },
  MAINTENANCE: { zh: '水电工', en: 'Maintenance worker' },
  STAFF: { zh: '教职工', en: 'Staff member' },
  PARENT_COMMITTEE: { zh: '家长委员会', en: "Parents' committee member" },
};

/** The label of a role in the viewer's language; an unknown role (a newer graph) shows as its name. */
export function roleLabel(role: string, language: 'zh' | 'en'): string {
  const label = (ROLE_LABELS as Record<string, { zh: string; en: string } | undefined>)[role];
  return label ? label[language] : role;
}

/** District roles (区级角色) hold for the whole district and are granted without a school; every other role is held at one school. */
export function isDistrictRole(role: string): boolean {
  return role.startsWith('DISTRICT_');
}

/** What the grant form holds: the role picked and, for a school role, the school. */
export interface GrantRoleValues {
  role?: string | null;
  schoolId?: string | null;
}

/** A grant as the account's roles list it, enough to tell whether the form asks for one already held. */
export interface HeldGrant {
  role: string;
  schoolId?: string | null;
}

export type GrantRoleCheck =
  | { ok: true; input: { accountId: string; role: RoleName; schoolId?: string } }
  | { ok: false; field: 'role' | 'schoolId'; zh: string; en: string };

/**
 * The grant form's rule, as grantRole checks it: a role is required; a district role is granted without a
 * school (the school is dropped, not sent); a school role needs the school; and a grant the account
 * already holds is refused before it is sent.
 */
export function checkGrantRole(accountId: string, values: GrantRoleValues, held: readonly HeldGrant[] = []): GrantRoleCheck {
  const role = values.role ?? '';
  if (!(ROLES as readonly string[]).includes(role)) return { ok: false, field: 'role', zh: '请选择角色', en: 'Choose a role' };
  if (isDistrictRole(role)) {
    if (held.some((g) => g.role === role && !g.schoolId))
      return { ok: false, field: 'role', zh: '该账号已有此角色', en: 'The account already holds this role' };
    return { ok: true, input: { accountId, role: role as RoleName } };
  }
  const schoolId = values.schoolId ?? '';
  if (!schoolId) return { ok: false, field: 'schoolId', zh: '学校角色须选择学校', en: 'A school role needs a school' };
  if (held.some((g) => g.role === role && g.schoolId === schoolId))
    return { ok: false, field: 'role', zh: '该账号在此学校已有此角色', en: 'The account already holds this role at that school' };
  return { ok: true, input: { accountId, role: role as RoleName, schoolId } };
}

/** Grants in a stable order for tags: district roles first, then by school, then by the enum's order. */
export function sortGrants<G extends HeldGrant & { school?: { name: string } | null }>(grants: readonly G[]): G[] {
  const rank = (g: G) => (ROLES as readonly string[]).indexOf(g.role);
  return [...grants].sort((a, b) => {
    const districtA = isDistrictRole(a.role) ? 0 : 1;
    const districtB = isDistrictRole(b.role) ? 0 : 1;
    if (districtA !== districtB) return districtA - districtB;
    const schoolA = a.school?.name ?? a.schoolId ?? '';
    const schoolB = b.school?.name ?? b.schoolId ?? '';
    if (schoolA !== schoolB) return schoolA.localeCompare(schoolB);
    return rank(a) - rank(b);
  });
}
