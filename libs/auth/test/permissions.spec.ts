import {
  definePermissions,
  may,
  mayAnywhere,
  requirePermission,
  Role,
  SCHOOL_ROLES,
  SCHOOL_STAFF_ROLES,
  schoolsAllowed,
  Viewer,
} from '../src';

const viewer = (grants: { role: Role; schoolId: string | null }[]) =>
  new Viewer({ accountId: 'a', username: 'u', staffId: null, districtId: 'd1', grants });
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'none';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

const P = definePermissions({
  orderGoods: { doing: 'Ordering goods', school: [Role.ACCOUNTANT, Role.GENERAL_AFFAIRS_DIRECTOR] },
  setBudget: { doing: 'Allocating budgets', district: [Role.DISTRICT_ADMIN] },
  readBooks: { doing: 'Reading the books', school: [Role.ACCOUNTANT], district: [Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR] },
  changeOwnPassword: { doing: 'Changing your password', open: 'signed-in' },
});

describe('a permission table', () => {
  it('files every rule under its action name', () => {
    expect(P.orderGoods.action).toBe('orderGoods');
    expect(Object.keys(P)).toEqual(['orderGoods', 'setBudget', 'readBooks', 'changeOwnPassword']);
  });

  it('refuses a district role listed among school roles, and a rule that allows nobody', () => {
    expect(() => definePermissions({ x: { doing: 'X', school: [Role.DISTRICT_ADMIN] } })).toThrow(/district role/);
    expect(() => definePermissions({ x: { doing: 'X' } })).toThrow(/allows nobody/);
    expect(() => definePermissions({ x: { doing: 'X', school: [Role.STAFF], alsoUnder: ['y'] } })).toThrow(/alsoUnder names y/);
  });
});

describe('mayAnywhere (what the mutation gate asks before validation)', () => {
  const T = definePermissions({
    review: { doing: 'Reviewing', school: [Role.ACCOUNTANT], alsoUnder: ['standIn'] },
    standIn: { doing: 'Standing in', school: [Role.GENERAL_AFFAIRS_DIRECTOR] },
  });
  it('is a role of the rule, or of a rule it names in alsoUnder, held at any school', () => {
    expect(mayAnywhere(viewer([{ role: Role.ACCOUNTANT, schoolId: 'B' }]), T.review, T)).toBe(true);
    expect(mayAnywhere(viewer([{ role: Role.GENERAL_AFFAIRS_DIRECTOR, schoolId: 'B' }]), T.review, T)).toBe(true);
    expect(mayAnywhere(viewer([{ role: Role.PRINCIPAL, schoolId: 'B' }]), T.review, T)).toBe(false);
    expect(mayAnywhere(viewer([{ role: Role.DISTRICT_AUDITOR, schoolId: null }]), T.review, T)).toBe(false);
  });
});

describe('may and requirePermission', () => {
  const accountantA = viewer([{ role: Role.ACCOUNTANT, schoolId: 'A' }]);
  const admin = viewer([{ role: Role.DISTRICT_ADMIN, schoolId: null }]);
  const auditor = viewer([{ role: Role.DISTRICT_AUDITOR, schoolId: null }]);

  it('counts a school role only at the school where it is held', () => {
    expect(may(accountantA, P.orderGoods, 'A')).toBe(true);
    expect(may(accountantA, P.orderGoods, 'B')).toBe(false);
    expect(code(() => requirePermission(accountantA, P.orderGoods, 'B'))).toBe('FORBIDDEN');
    expect(requirePermission(accountantA, P.orderGoods, 'A')).toBe(accountantA);
  });

  it('counts a school role at any school when the action names none', () => {
    expect(may(accountantA, P.orderGoods)).toBe(true);
    expect(may(viewer([{ role: Role.STAFF, schoolId: 'A' }]), P.orderGoods)).toBe(false);
  });

  it('counts district roles only where the rule names them', () => {
    expect(may(admin, P.setBudget, 'A')).toBe(true);
    expect(may(admin, P.orderGoods, 'A')).toBe(false);
    expect(may(auditor, P.setBudget)).toBe(false);
    expect(may(auditor, P.readBooks, 'A')).toBe(true);
    // An administrator role "granted" at a school is not a district role.
    expect(may(viewer([{ role: Role.DISTRICT_ADMIN, schoolId: 'A' }]), P.setBudget, 'A')).toBe(false);
  });

  it('answers UNAUTHENTICATED without a viewer, even for open rules', () => {
    expect(code(() => requirePermission(null, P.changeOwnPassword))).toBe('UNAUTHENTICATED');
    expect(code(() => requirePermission(null, P.orderGoods, 'A'))).toBe('UNAUTHENTICATED');
    expect(code(() => requirePermission(accountantA, P.changeOwnPassword))).toBe('none');
  });

  it('says what was refused and who may do it', () => {
    expect(() => requirePermission(accountantA, P.setBudget)).toThrow(
      'Allocating budgets needs one of the district roles: DISTRICT_ADMIN.',
    );
  });
});

describe('schoolsAllowed', () => {
  it('is the district for a district role the rule names, else the schools holding its roles', () => {
    expect(schoolsAllowed(viewer([{ role: Role.DISTRICT_AUDITOR, schoolId: null }]), P.readBooks)).toBe('district');
    const v = viewer([
      { role: Role.ACCOUNTANT, schoolId: 'A' },
      { role: Role.ACCOUNTANT, schoolId: 'A' },
      { role: Role.STAFF, schoolId: 'B' },
    ]);
    expect(schoolsAllowed(v, P.readBooks)).toEqual(['A']);
    expect(schoolsAllowed(viewer([{ role: Role.DISTRICT_AUDITOR, schoolId: null }]), P.orderGoods)).toEqual([]);
  });
});

describe('school roles and school staff roles', () => {
  it("every school role is held at one school; staff roles are all of them but the parents' committee (家长委员会)", () => {
    expect([...SCHOOL_ROLES].sort()).toEqual(
      [
        Role.PRINCIPAL,
        Role.GENERAL_AFFAIRS_DIRECTOR,
        Role.ACCOUNTANT,
        Role.CANTEEN_MANAGER,
        Role.STOREKEEPER,
        Role.SAFETY_OFFICER,
        Role.MAINTENANCE,
        Role.STAFF,
        Role.PARENT_COMMITTEE,
      ].sort(),
    );
    expect([...SCHOOL_STAFF_ROLES].sort()).toEqual(SCHOOL_ROLES.filter((role) => role !== Role.PARENT_COMMITTEE).sort());
    const T = definePermissions({
      file: { doing: 'Filing', school: SCHOOL_STAFF_ROLES },
      read: { doing: 'Reading the notice', school: SCHOOL_ROLES },
    });
    const parent = viewer([{ role: Role.PARENT_COMMITTEE, schoolId: 'A' }]);
    expect(code(() => requirePermission(parent, T.file, 'A'))).toBe('FORBIDDEN');
    expect(may(parent, T.read, 'A')).toBe(true);
    expect(may(viewer([{ role: Role.STAFF, schoolId: 'A' }]), T.file, 'A')).toBe(true);
  });
});
