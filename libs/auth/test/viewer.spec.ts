import { requireDistrictRole, requireViewer, Role, Viewer } from '../src';

const make = (grants: { role: Role; schoolId: string | null }[]) =>
  new Viewer({ accountId: 'a', username: 'u', staffId: null, districtId: 'd1', grants });

describe('the scoping rule', () => {
  it('gives district roles the whole district', () => {
    expect(make([{ role: Role.DISTRICT_AUDITOR, schoolId: null }]).schoolScope()).toEqual({ kind: 'district', districtId: 'd1' });
  });

  it('gives school roles exactly their schools, once each', () => {
    const v = make([
      { role: Role.ACCOUNTANT, schoolId: 's1' },
      { role: Role.STAFF, schoolId: 's1' },
      { role: Role.STAFF, schoolId: 's2' },
    ]);
    expect(v.schoolScope()).toEqual({ kind: 'schools', districtId: 'd1', schoolIds: ['s1', 's2'] });
    expect(v.canSeeSchool('s2', 'd1')).toBe(true);
    expect(v.canSeeSchool('s3', 'd1')).toBe(false);
    expect(v.canSeeSchool('s1', 'another-district')).toBe(false);
  });

  it('gives an account without grants no school at all', () => {
    expect(make([]).schoolScope()).toEqual({ kind: 'schools', districtId: 'd1', schoolIds: [] });
  });

  it('checks roles per school', () => {
    const v = make([{ role: Role.ACCOUNTANT, schoolId: 's1' }]);
    expect(v.hasRoleAt('s1', Role.ACCOUNTANT)).toBe(true);
    expect(v.hasRoleAt('s2', Role.ACCOUNTANT)).toBe(false);
    expect(v.hasRoleAt('s1', Role.PRINCIPAL)).toBe(false);
  });

  it('answers UNAUTHENTICATED without a viewer and FORBIDDEN without the district role', () => {
    expect(() => requireViewer(null)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
    expect(() => requireDistrictRole(make([{ role: Role.PRINCIPAL, schoolId: 's1' }]), Role.DISTRICT_ADMIN)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
    // An admin role "granted" at a school is not a district role.
    expect(make([{ role: Role.DISTRICT_ADMIN, schoolId: 's1' }]).hasDistrictRole(Role.DISTRICT_ADMIN)).toBe(false);
  });
});
