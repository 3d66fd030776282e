import { Role } from '@houqin/auth';
import { DEMO_CAMPUSES } from '@houqin/demo';
import { demoViewer, type TestSubgraph } from '@houqin/testing';
import {
  auditEntries,
  demoStaff,
  expectBadInput,
  expectCode,
  expectNoWrites,
  OVERSIZED_NAME,
  SCHOOL,
  startDirectory,
  UNKNOWN_ID,
  walk,
} from './support';

const STAFF_FIELDS = 'id schoolId campusId name employeeNumber phone active version posts school { id } campus { id }';
const CREATE = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { ${STAFF_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { ${STAFF_FIELDS} } }`;
const ONE = `query($id: ID!) { staffMember(id: $id) { ${STAFF_FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: StaffFilter) {
  staff(first: $first, after: $after, filter: $filter) { nodes { id schoolId name posts } pageInfo { hasNextPage endCursor } }
}`;

let sub: TestSubgraph;
/** A school of this file's own, so staff created here never change what the demo schools list. */
let school: string;
let northCampus: string;

beforeAll(async () => {
  sub = await startDirectory();
  const admin = sub.as(demoViewer('admin'));
  const created = await admin.request(
    `mutation { createSchool(input: { code: "2133000201", name: "Chengbei Primary School (城北小学)", kind: PRIMARY, studentCount: 640 }) { id } }`,
  );
  school = created.data.createSchool.id;
  const campus = await admin.request(`mutation($s: ID!) { createCampus(input: { schoolId: $s, name: "North Campus (北校区)" }) { id } }`, {
    s: school,
  });
  northCampus = campus.data.createCampus.id;
});
afterAll(async () => {
  await sub?.stop();
});

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);
let numbers = 0;
/** A valid createStaff input at this file's school with a fresh employee number. */
const newStaff = (overrides: Record<string, unknown> = {}) => ({
  schoolId: school,
  name: 'Qian Hong (钱红)',
  employeeNumber: `CB-${++numbers}`,
  posts: ['CLEANER'],
  ...overrides,
});

describe('a district administrator adds a staff member', () => {
  it("with two posts and a campus; the employee number of another school's staff member is fine", async () => {
    const admin = sub.as(demoViewer('admin'));
    // S1001 is First Primary's principal: employee numbers are unique per school only.
    const response = await admin.request(CREATE, {
      input: {
        schoolId: school,
        campusId: northCampus,
        name: ' Wu Di (吴迪) ',
        employeeNumber: 'S1001',
        posts: ['GARDENER', 'COOK', 'COOK'],
        phone: '0571-88001234',
      },
    });
    expect(response.errors).toBeUndefined();
    const staff = response.data.createStaff;
    expect(staff).toEqual({
      id: expect.any(String),
      schoolId: school,
      campusId: northCampus,
      name: 'Wu Di (吴迪)',
      employeeNumber: 'S1001',
      phone: '0571-88001234',
      active: true,
      version: 1,
      posts: ['COOK', 'GARDENER'],
      school: { id: school },
      campus: { id: northCampus },
    });
    expect((await admin.request(ONE, { id: staff.id })).data.staffMember).toEqual(staff);

    const audit = await auditEntries(sub, { entityType: 'Staff', entityId: staff.id });
    expect(audit.map((a) => a.action)).toEqual(['staff.create']);
    expect(audit[0].schoolId).toBe(school);
    expect(JSON.parse(audit[0].changes)).toMatchObject({ employeeNumber: 'S1001', posts: ['GARDENER', 'COOK', 'COOK'] });
  });

  it('refuses a second staff member with the same employee number at the same school, writing nothing', async () => {
    const response = await expectNoWrites(sub, () =>
      sub.as(demoViewer('admin')).request(CREATE, { input: newStaff({ schoolId: SCHOOL.firstPrimary, employeeNumber: 'S1001' }) }),
    );
    expectBadInput(response, 'employeeNumber');
  });

  const cases: [string, () => Record<string, unknown>, string][] = [
    ['an empty name', () => ({ name: '' }), 'name'],
    ['a blank name', () => ({ name: '   ' }), 'name'],
    ['a name of 121 characters', () => ({ name: OVERSIZED_NAME }), 'name'],
    ['a school that does not exist', () => ({ schoolId: UNKNOWN_ID }), 'schoolId'],
    ['a malformed school id', () => ({ schoolId: 'not-an-id' }), 'schoolId'],
    ['an empty posts list', () => ({ posts: [] }), 'posts'],
    ['a phone with letters', () => ({ phone: 'call the office' }), 'phone'],
    ['a phone that is too short', () => ({ phone: '123' }), 'phone'],
    ['an employee number with spaces', () => ({ employeeNumber: 'CB 7' }), 'employeeNumber'],
    ['an employee number of 33 characters', () => ({ employeeNumber: 'E'.repeat(33) }), 'employeeNumber'],
    ['a campus of another school', () => ({ campusId: DEMO_CAMPUSES.secondJuniorMain.id }), 'campusId'],
    ['a campus that does not exist', () => ({ campusId: UNKNOWN_ID }), 'campusId'],
    ['a malformed campus id', () => ({ campusId: 'not-an-id' }), 'campusId'],
  ];
  it.each(cases)('refuses %s naming the field, writing nothing', async (_label, overrides, field) => {
    const response = await expectNoWrites(sub, () => sub.as(demoViewer('admin')).request(CREATE, { input: newStaff(overrides()) }));
    expectBadInput(response, field);
  });
});

describe('correcting a staff member', () => {
  it('with the version read: changes are saved, posts replaced, version bumped; a stale version is a CONFLICT that writes nothing', async () => {
    const admin = sub.as(demoViewer('admin'));
    const created = (await admin.request(CREATE, { input: newStaff({ campusId: northCampus, posts: ['CLEANER'] }) })).data.createStaff;

    const updated = await admin.request(UPDATE, {
      input: { id: created.id, version: 1, name: 'Qian Hongmei (钱红梅)', posts: ['DORMITORY_MANAGER', 'CLEANER'], phone: '13800001111' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateStaff).toMatchObject({
      id: created.id,
      version: 2,
      name: 'Qian Hongmei (钱红梅)',
      posts: ['CLEANER', 'DORMITORY_MANAGER'],
      phone: '13800001111',
      campusId: northCampus,
    });

    // Someone still holding version 1 tries to make her a cook: refused, and neither name nor posts change.
    const stale = await expectNoWrites(sub, () =>
      admin.request(UPDATE, { input: { id: created.id, version: 1, name: 'Someone else', posts: ['COOK'] } }),
    );
    expectCode(stale, 'CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 2 });
    expect((await admin.request(ONE, { id: created.id })).data.staffMember).toMatchObject({
      version: 2,
      name: 'Qian Hongmei (钱红梅)',
      posts: ['CLEANER', 'DORMITORY_MANAGER'],
    });

    // She leaves the campus assignment and later the school; her record stays.
    const moved = await admin.request(UPDATE, { input: { id: created.id, version: 2, campusId: null } });
    expect(moved.data.updateStaff).toMatchObject({ campusId: null, campus: null, version: 3 });
    const left = await admin.request(UPDATE, { input: { id: created.id, version: 3, active: false } });
    expect(left.data.updateStaff).toMatchObject({ active: false, version: 4, posts: ['CLEANER', 'DORMITORY_MANAGER'] });

    expect((await auditEntries(sub, { entityType: 'Staff', entityId: created.id })).map((a) => a.action)).toEqual([
      'staff.create',
      'staff.update',
      'staff.update',
      'staff.update',
    ]);
  });

  const target = demoStaff('firstPrimary', 'COOK');
  const cases: [string, Record<string, unknown>, string][] = [
    ['a malformed id', { id: 'not-an-id' }, 'id'],
    ['an empty name', { name: '' }, 'name'],
    ['a name of 121 characters', { name: OVERSIZED_NAME }, 'name'],
    ['an empty posts list', { posts: [] }, 'posts'],
    ['a bad phone', { phone: 'x' }, 'phone'],
    ['a campus of another school', { campusId: DEMO_CAMPUSES.secondJuniorMain.id }, 'campusId'],
    ['a malformed campus id', { campusId: 'nope' }, 'campusId'],
  ];
  it.each(cases)('refuses %s naming the field, writing nothing', async (_label, overrides, field) => {
    const response = await expectNoWrites(sub, () =>
      sub.as(demoViewer('admin')).request(UPDATE, { input: { id: target, version: 1, ...overrides } }),
    );
    expectBadInput(response, field);
  });

  it('answers NOT_FOUND for a staff member that does not exist', async () => {
    const response = await expectNoWrites(sub, () =>
      sub.as(demoViewer('admin')).request(UPDATE, { input: { id: UNKNOWN_ID, version: 1, name: 'Ghost' } }),
    );
    expectCode(response, 'NOT_FOUND');
  });
});

describe('who may change staff', () => {
  it.each(['principal', 'accountant', 'auditor'] as const)(
    '%s gets FORBIDDEN on createStaff and updateStaff, and nothing is written',
    async (username) => {
      const client = sub.as(demoViewer(username));
      await expectNoWrites(sub, async () => {
        expectCode(await client.request(CREATE, { input: newStaff({ schoolId: SCHOOL.firstPrimary }) }), 'FORBIDDEN');
        expectCode(
          await client.request(UPDATE, { input: { id: demoStaff('firstPrimary', 'COOK'), version: 1, name: 'Renamed' } }),
          'FORBIDDEN',
        );
      });
    },
  );

  it('an anonymous caller is UNAUTHENTICATED on reads and writes', async () => {
    const anonymous = sub.as(null);
    expectCode(await anonymous.request(LIST, {}), 'UNAUTHENTICATED');
    expectCode(await anonymous.request(ONE, { id: demoStaff('firstPrimary', 'COOK') }), 'UNAUTHENTICATED');
    await expectNoWrites(sub, async () => {
      expectCode(await anonymous.request(CREATE, { input: newStaff() }), 'UNAUTHENTICATED');
    });
  });
});

describe('which staff a viewer sees', () => {
  it("a school accountant lists only their own school's staff", async () => {
    const accountant = sub.as(demoViewer('accountant'));
    const own = await accountant.request(LIST, { first: 100 });
    expect(own.errors).toBeUndefined();
    expect(own.data.staff.nodes).toHaveLength(14);
    expect(new Set(own.data.staff.nodes.map((s: { schoolId: string }) => s.schoolId))).toEqual(new Set([SCHOOL.firstPrimary]));
    // Asking for another school's staff by filter returns nothing rather than leaking them.
    const other = await accountant.request(LIST, { filter: { schoolId: SCHOOL.secondJunior } });
    expect(other.data.staff.nodes).toEqual([]);
  });

  it("a school accountant asking for another school's staff member by id gets NOT_FOUND", async () => {
    const accountant = sub.as(demoViewer('accountant'));
    expectCode(await accountant.request(ONE, { id: demoStaff('secondJunior', 'TEACHER') }), 'NOT_FOUND');
    expect((await accountant.request(ONE, { id: demoStaff('firstPrimary', 'TEACHER') })).data.staffMember.schoolId).toBe(
      SCHOOL.firstPrimary,
    );
    expect(
      (await sub.as(demoViewer('accountant2')).request(ONE, { id: demoStaff('secondJunior', 'TEACHER') })).data.staffMember.schoolId,
    ).toBe(SCHOOL.secondJunior);
  });

  it("a parents' committee member (家长委员会) is not staff: no staff list, NOT_FOUND by id, even at their own school", async () => {
    const parent = sub.as(demoViewer('parent'));
    const list = await parent.request(LIST, { first: 100, filter: { schoolId: SCHOOL.firstPrimary } });
    expect(list.errors).toBeUndefined();
    expect(list.data.staff.nodes).toEqual([]);
    expectCode(await parent.request(ONE, { id: demoStaff('firstPrimary', 'TEACHER') }), 'NOT_FOUND');
    // A teacher who also sits on the committee is staff at that school.
    const both = sub.as({
      ...demoViewer('parent'),
      grants: [
        { role: Role.PARENT_COMMITTEE, schoolId: SCHOOL.firstPrimary },
        { role: Role.STAFF, schoolId: SCHOOL.firstPrimary },
      ],
    });
    expect((await both.request(LIST, { first: 100 })).data.staff.nodes).toHaveLength(14);
  });

  it('district roles see staff of every school', async () => {
    const all = await sub.as(demoViewer('auditor')).request(LIST, { first: 100, filter: { nameContains: '周静' } });
    expect(ids(all.data.staff.nodes)).toEqual([
      demoStaff('firstPrimary', 'TEACHER'),
      demoStaff('secondJunior', 'TEACHER'),
      demoStaff('yucaiNineYear', 'TEACHER'),
      demoStaff('firstHigh', 'TEACHER'),
    ]);
  });
});

describe('finding staff', () => {
  it('by post: the safety officer who also teaches is among the teachers', async () => {
    const teachers = await sub.as(demoViewer('principal')).request(LIST, { filter: { post: 'TEACHER' } });
    expect(ids(teachers.data.staff.nodes)).toEqual([demoStaff('firstPrimary', 'SAFETY_OFFICER'), demoStaff('firstPrimary', 'TEACHER')]);
    expect(teachers.data.staff.nodes[0].posts).toEqual(['SAFETY_OFFICER', 'TEACHER']);
    const cooks = await sub.as(demoViewer('auditor')).request(LIST, { filter: { post: 'COOK', schoolId: SCHOOL.secondJunior } });
    expect(ids(cooks.data.staff.nodes)).toEqual([demoStaff('secondJunior', 'COOK')]);
  });

  it('by campus', async () => {
    const admin = sub.as(demoViewer('admin'));
    const onCampus = (
      await admin.request(CREATE, { input: newStaff({ campusId: northCampus, name: 'Feng Lei (冯雷)', posts: ['SECURITY_GUARD'] }) })
    ).data.createStaff;
    const offCampus = (await admin.request(CREATE, { input: newStaff({ name: 'Feng Yu (冯雨)', posts: ['SECURITY_GUARD'] }) })).data
      .createStaff;
    const found = await admin.request(LIST, { first: 100, filter: { campusId: northCampus } });
    expect(ids(found.data.staff.nodes)).toContain(onCampus.id);
    expect(ids(found.data.staff.nodes)).not.toContain(offCampus.id);
    expect(found.data.staff.nodes.every((s: { schoolId: string }) => s.schoolId === school)).toBe(true);
    // Seeded First Primary staff all work on the East campus; nobody is listed on West.
    const east = await sub
      .as(demoViewer('principal'))
      .request(LIST, { first: 100, filter: { campusId: DEMO_CAMPUSES.firstPrimaryEast.id } });
    expect(east.data.staff.nodes).toHaveLength(14);
    const west = await sub.as(demoViewer('principal')).request(LIST, { filter: { campusId: DEMO_CAMPUSES.firstPrimaryWest.id } });
    expect(west.data.staff.nodes).toEqual([]);
  });

  it('by part of the name, combined with a post; LIKE wildcards match only themselves', async () => {
    const principal = sub.as(demoViewer('principal'));
    const byName = await principal.request(LIST, { filter: { nameContains: 'Zhang' } });
    expect(ids(byName.data.staff.nodes)).toEqual([demoStaff('firstPrimary', 'ACCOUNTANT')]);
    const both = await principal.request(LIST, { filter: { nameContains: 'Liu', post: 'TEACHER' } });
    expect(ids(both.data.staff.nodes)).toEqual([demoStaff('firstPrimary', 'SAFETY_OFFICER')]);
    const none = await principal.request(LIST, { filter: { nameContains: 'Zhang', post: 'COOK' } });
    expect(none.data.staff.nodes).toEqual([]);
    expect((await principal.request(LIST, { filter: { nameContains: '%' } })).data.staff.nodes).toEqual([]);
    expect((await principal.request(LIST, { filter: { nameContains: '_' } })).data.staff.nodes).toEqual([]);
  });

  it('a page at a time, without duplicates', async () => {
    const principal = sub.as(demoViewer('principal'));
    const { ids: walked, pages } = await walk(
      (after) => principal.request(LIST, { first: 5, after }),
      (data) => data.staff,
    );
    expect(walked).toHaveLength(14);
    expect(new Set(walked).size).toBe(14);
    expect(pages).toBe(3);
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['a garbage after cursor', { after: 'not a cursor' }, 'after'],
    ['a malformed campus filter', { filter: { campusId: 'not-an-id' } }, 'campusId'],
    ['a malformed school filter', { filter: { schoolId: 'not-an-id' } }, 'schoolId'],
    ['a name filter of 121 characters', { filter: { nameContains: OVERSIZED_NAME } }, 'nameContains'],
  ])('refuses %s naming it', async (_label, args, field) => {
    expectBadInput(await sub.as(demoViewer('principal')).request(LIST, args), field);
  });

  it('refuses a malformed staff id naming it', async () => {
    expectBadInput(await sub.as(demoViewer('principal')).request(ONE, { id: 'not-an-id' }), 'id');
  });
});
