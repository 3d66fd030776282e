import { definePermissions, may, ownPermittedActions, permittedActions, Role, Viewer } from '../src';

const viewer = (grants: { role: Role; schoolId: string | null }[], accountId = 'me') =>
  new Viewer({ accountId, username: 'u', staffId: null, districtId: 'd1', grants });

const P = definePermissions({
  login: { doing: 'Signing in', open: 'anonymous' },
  changeOwnPassword: { doing: 'Changing your password', open: 'signed-in' },
  orderGoods: { doing: 'Ordering goods', school: [Role.ACCOUNTANT, Role.GENERAL_AFFAIRS_DIRECTOR] },
  setBudget: { doing: 'Allocating budgets', district: [Role.DISTRICT_ADMIN] },
  readBooks: { doing: 'Reading the books', school: [Role.ACCOUNTANT], district: [Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR] },
  review: { doing: 'Reviewing', school: [Role.ACCOUNTANT], alsoUnder: ['standIn'] },
  standIn: { doing: 'Standing in', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
});

describe('what a viewer may do (the console gates its buttons on it)', () => {
  it('lists, in table order, each action allowed somewhere: open rules and district roles everywhere, school roles where held', () => {
    const accountantHere = viewer([
      { role: Role.ACCOUNTANT, schoolId: 'B' },
      { role: Role.GENERAL_AFFAIRS_DIRECTOR, schoolId: 'A' },
      { role: Role.ACCOUNTANT, schoolId: 'A' },
    ]);
    expect(permittedActions(accountantHere, P)).toEqual([
      { action: 'login', everywhere: true, schoolIds: [] },
      { action: 'changeOwnPassword', everywhere: true, schoolIds: [] },
      { action: 'orderGoods', everywhere: false, schoolIds: ['A', 'B'] },
      { action: 'readBooks', everywhere: false, schoolIds: ['A', 'B'] },
      { action: 'review', everywhere: false, schoolIds: ['A', 'B'] },
      { action: 'standIn', everywhere: false, schoolIds: ['A'] },
    ]);
    expect(permittedActions(viewer([{ role: Role.DISTRICT_AUDITOR, schoolId: null }]), P).map((a) => [a.action, a.everywhere])).toEqual([
      ['login', true],
      ['changeOwnPassword', true],
      ['readBooks', true],
    ]);
    expect(permittedActions(null, P)).toEqual([{ action: 'login', everywhere: true, schoolIds: [] }]);
  });

  it('agrees with may for every action, viewer and school', () => {
    const viewers = [
      viewer([{ role: Role.DISTRICT_ADMIN, schoolId: null }]),
      viewer([{ role: Role.STAFF, schoolId: 'A' }]),
      viewer([
        { role: Role.GENERAL_AFFAIRS_DIRECTOR, schoolId: 'B' },
        { role: Role.DISTRICT_AUDITOR, schoolId: null },
      ]),
      // A district role held at a school counts nowhere, as in may.
      viewer([{ role: Role.DISTRICT_ADMIN, schoolId: 'A' }]),
    ];
    for (const v of viewers) {
      const listed = new Map(permittedActions(v, P).map((a) => [a.action, a]));
      for (const rule of Object.values(P)) {
        for (const school of ['A', 'B']) {
          const entry = listed.get(rule.action);
          const allowed = !!entry && (entry.everywhere || entry.schoolIds.includes(school));
          expect({ action: rule.action, school, allowed }).toEqual({ action: rule.action, school, allowed: may(v, rule, school) });
        }
      }
    }
  });

  it("answers only for the viewer's own account: anyone else's is an empty list", () => {
    const admin = viewer([{ role: Role.DISTRICT_ADMIN, schoolId: null }], 'admin-account');
    expect(ownPermittedActions(admin, 'admin-account', P)).toEqual(permittedActions(admin, P));
    expect(ownPermittedActions(admin, 'teacher-account', P)).toEqual([]);
    expect(ownPermittedActions(null, 'teacher-account', P)).toEqual([]);
  });
});
