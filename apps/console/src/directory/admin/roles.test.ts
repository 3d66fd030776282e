// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkGrantRole, isDistrictRole, roleLabel, sortGrants } from './roles';

describe('granting a role (授予角色)', () => {
  it('grants a district role without a school, dropping one the form still held', () => {
    expect(checkGrantRole('a1', { role: 'DISTRICT_AUDITOR', schoolId: 's1' })).toEqual({
      ok: true,
      input: { accountId: 'a1', role: 'DISTRICT_AUDITOR' },
    });
  });

  it('grants a school role at the school chosen', () => {
    expect(checkGrantRole('a1', { role: 'ACCOUNTANT', schoolId: 's1' })).toEqual({
      ok: true,
      input: { accountId: 'a1', role: 'ACCOUNTANT', schoolId: 's1' },
    });
  });

  it('asks for the school of a school role', () => {
    const check = checkGrantRole('a1', { role: 'PRINCIPAL' });
    expect(check).toMatchObject({ ok: false, field: 'schoolId' });
    expect(checkGrantRole('a1', { role: 'PRINCIPAL', schoolId: null })).toMatchObject({ ok: false, field: 'schoolId' });
  });

  it('asks for a role, and refuses one the graph does not have', () => {
    expect(checkGrantRole('a1', {})).toMatchObject({ ok: false, field: 'role' });
    expect(checkGrantRole('a1', { role: 'JANITOR', schoolId: 's1' })).toMatchObject({ ok: false, field: 'role' });
  });

  it('refuses a grant the account already holds, but not the same role at another school', () => {
    const held = [
      { role: 'ACCOUNTANT', schoolId: 's1' },
      { role: 'DISTRICT_ADMIN', schoolId: null },
    ];
    expect(checkGrantRole('a1', { role: 'ACCOUNTANT', schoolId: 's1' }, held)).toMatchObject({ ok: false, field: 'role' });
    expect(checkGrantRole('a1', { role: 'ACCOUNTANT', schoolId: 's2' }, held)).toMatchObject({ ok: true });
    expect(checkGrantRole('a1', { role: 'DISTRICT_ADMIN' }, held)).toMatchObject({ ok: false, field: 'role' });
    expect(checkGrantRole('a1', { role: 'DISTRICT_AUDITOR' }, held)).toMatchObject({ ok: true });
  });
});

describe('roles', () => {
  it('tells district roles from school roles', () => {
    expect(isDistrictRole('DISTRICT_ADMIN')).toBe(true);
    expect(isDistrictRole('DISTRICT_AUDITOR')).toBe(true);
    expect(isDistrictRole('PRINCIPAL')).toBe(false);
    expect(isDistrictRole('STAFF')).toBe(false);
  });

  it('names roles both ways, and an unknown role by its name', () => {
    expect(roleLabel('ACCOUNTANT', 'zh')).toBe('报账员');
    expect(roleLabel('ACCOUNTANT', 'en')).toBe('Accountant');
    expect(roleLabel('NEW_ROLE', 'zh')).toBe('NEW_ROLE');
  });

  it('lists district roles first, then by school, then in the enum order', () => {
    const grants = [
      { role: 'STAFF', schoolId: 's2', school: { name: 'B school' } },
      { role: 'ACCOUNTANT', schoolId: 's1', school: { name: 'A school' } },
      { role: 'DISTRICT_AUDITOR', schoolId: null, school: null },
      { role: 'PRINCIPAL', schoolId: 's2', school: { name: 'B school' } },
    ];
    expect(sortGrants(grants).map((g) => `${g.role}@${g.school?.name ?? '-'}`)).toEqual([
      'DISTRICT_AUDITOR@-',
      'ACCOUNTANT@A school',
      'PRINCIPAL@B school',
      'STAFF@B school',
    ]);
  });
});
