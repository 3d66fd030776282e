import { Role } from '@houqin/auth';
import { checkDeactivate, checkRevoke, grantedAt, loginName, USERNAME } from './account.rules';

/** The field a rule refuses, or null when it allows. */
function refusedField(check: () => unknown): unknown {
  try {
    check();
    return null;
  } catch (error) {
    return (error as { extensions: { field: unknown } }).extensions.field;
  }
}

describe('usernames', () => {
  it('are 3 to 64 lower-case letters, digits, . _ or -, starting with a letter or digit', () => {
    expect(['zheng.hao', 'abc', 'a_b-c.9', 'a'.repeat(64)].every((u) => USERNAME.test(u))).toBe(true);
    expect(['zs', 'Zhang.San', '.dot', 'a'.repeat(65), 'with space'].some((u) => USERNAME.test(u))).toBe(false);
  });

  it('are matched at sign-in whatever the case, spaces around ignored', () => {
    expect(loginName(' Zheng.Hao ')).toBe('zheng.hao');
  });
});

describe('where a role is granted', () => {
  it('a district role district-wide, without a school', () => {
    expect(grantedAt(Role.DISTRICT_AUDITOR, null)).toBeNull();
    expect(grantedAt(Role.DISTRICT_ADMIN, undefined)).toBeNull();
    expect(refusedField(() => grantedAt(Role.DISTRICT_AUDITOR, 'school-1'))).toBe('schoolId');
  });

  it('a school role at the school named', () => {
    expect(grantedAt(Role.ACCOUNTANT, 'school-1')).toBe('school-1');
    expect(refusedField(() => grantedAt(Role.ACCOUNTANT, null))).toBe('schoolId');
  });
});

describe('what an administrator may not do to themselves', () => {
  it("revoke their own administrator role (other roles of theirs, and others' admin roles, are fine)", () => {
    expect(refusedField(() => checkRevoke({ accountId: 'me', role: Role.DISTRICT_ADMIN }, 'me'))).toBe('grantId');
    expect(refusedField(() => checkRevoke({ accountId: 'me', role: Role.STAFF }, 'me'))).toBeNull();
    expect(refusedField(() => checkRevoke({ accountId: 'other', role: Role.DISTRICT_ADMIN }, 'me'))).toBeNull();
  });

  it('deactivate their own account; nor is an account deactivated twice', () => {
    expect(refusedField(() => checkDeactivate({ id: 'me', active: true }, 'me'))).toBe('accountId');
    expect(refusedField(() => checkDeactivate({ id: 'other', active: false }, 'me'))).toBe('accountId');
    expect(refusedField(() => checkDeactivate({ id: 'other', active: true }, 'me'))).toBeNull();
  });
});
