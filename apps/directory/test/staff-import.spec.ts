/**
 * Importing a file of staff (批量导入教职工): the district administrator hands the directory a
 * school's staff list at once; one bad row refuses the whole file and every bad row is reported.
 */
import { DEMO_CAMPUSES } from '@houqin/demo';
import { envelopeOf, OutboxEvent } from '@houqin/events';
import { demoViewer, type TestSubgraph } from '@houqin/testing';
import { LIMITS } from '../src/limits';
import { auditEntries, expectBadInput, expectCode, expectNoWrites, SCHOOL, startDirectory, UNKNOWN_ID } from './support';

const IMPORT = `mutation($input: ImportStaffInput!) {
  importStaff(input: $input) { count staff { id schoolId campusId name employeeNumber phone posts active } }
}`;

let sub: TestSubgraph;
/** A school of this file's own, so the staff imported here change no demo school's list. */
let school: string;
let westCampus: string;

const admin = () => sub.as(demoViewer('admin'));
const importStaff = (as: ReturnType<typeof admin>, input: Record<string, unknown>) => as.request(IMPORT, { input });
const staffCount = () =>
  sub.dataSource.query('SELECT COUNT(*) AS n FROM staff').then((rows: { n: number | string }[]) => Number(rows[0].n));

const row = (employeeNumber: string, overrides: Record<string, unknown> = {}) => ({
  name: `Staff ${employeeNumber}`,
  employeeNumber,
  posts: ['CLEANER'],
  ...overrides,
});

beforeAll(async () => {
  sub = await startDirectory();
  const created = await admin().request(
    `mutation { createSchool(input: { code: "2133000301", name: "Chengxi Primary School (城西小学)", kind: PRIMARY, studentCount: 520 }) { id } }`,
  );
  school = created.data.createSchool.id;
  const campus = await admin().request(`mutation($s: ID!) { createCampus(input: { schoolId: $s, name: "West Campus (西校区)" }) { id } }`, {
    s: school,
  });
  westCampus = campus.data.createCampus.id;
});
afterAll(() => sub?.stop());

describe('the district administrator imports a school’s staff list', () => {
  const file = () => [
    row('cx-1', { name: ' Zhao Lei (赵磊) ', posts: ['COOK', 'COOK'], campusId: westCampus, phone: '0571-88002001' }),
    row('CX-2', { name: 'Sun Li (孙丽)', posts: ['CLEANER', 'GARDENER'] }),
    row('CX-3', { name: 'Zhou Qiang (周强)', posts: ['ELECTRICIAN'] }),
  ];

  it('checks the file first with validateOnly: three would be added, nothing is written', async () => {
    const response = await expectNoWrites(sub, () => importStaff(admin(), { schoolId: school, rows: file(), validateOnly: true }));
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ importStaff: { count: 3, staff: [] } });
  });

  it('then imports the three in one go, each as createStaff adds one: audit entry and staff.created event', async () => {
    const before = new Set((await sub.dataSource.getRepository(OutboxEvent).find()).map((e) => e.id));
    const response = await importStaff(admin(), { schoolId: school, rows: file() });
    expect(response.errors).toBeUndefined();
    const { count, staff } = response.data.importStaff;
    expect(count).toBe(3);
    expect(staff).toEqual([
      {
        id: expect.any(String),
        schoolId: school,
        campusId: westCampus,
        name: 'Zhao Lei (赵磊)',
        employeeNumber: 'CX-1',
        phone: '0571-88002001',
        posts: ['COOK'],
        active: true,
      },
      expect.objectContaining({
        name: 'Sun Li (孙丽)',
        employeeNumber: 'CX-2',
        campusId: null,
        phone: null,
        posts: ['CLEANER', 'GARDENER'],
      }),
      expect.objectContaining({ name: 'Zhou Qiang (周强)', employeeNumber: 'CX-3', posts: ['ELECTRICIAN'] }),
    ]);
    const events = (await sub.dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } }))
      .filter((e) => !before.has(e.id))
      .map(envelopeOf);
    expect(events.map((e) => [e.type, (e.payload as { staffId: string }).staffId])).toEqual(
      staff.map((s: { id: string }) => ['directory.staff.created', s.id]),
    );
    expect((await auditEntries(sub, { action: 'staff.create', schoolId: school })).map((a) => a.entityId)).toEqual(
      staff.map((s: { id: string }) => s.id),
    );
  });
});

describe('a file with bad rows adds nobody and names every bad row', () => {
  it('two bad rows among good ones: both reported with their 0-based row and field, nothing written', async () => {
    const rows = [row('CX-10'), row('CX-11', { name: '   ', phone: 'call the office' }), row('CX-12'), row('cx-10'), row('CX-14')];
    const response = await expectNoWrites(sub, () => importStaff(admin(), { schoolId: school, rows }));
    expectBadInput(response, 'rows.1.name');
    const error = response.errors![0];
    expect(error.message).toMatch(/^2 rows are bad \(3 errors\); nothing was written/);
    expect(error.extensions!.rowErrors).toEqual([
      { row: 1, field: 'name', message: 'name must not be empty' },
      { row: 1, field: 'phone', message: 'phone must be 5 to 20 digits, spaces, + or -' },
      { row: 3, field: 'employeeNumber', message: 'Employee number CX-10 is also in row 0 of this file.' },
    ]);
  });

  it('an employee number the school already uses and a campus of another school are row errors too', async () => {
    const otherSchoolsCampus = Object.values(DEMO_CAMPUSES)[0].id;
    const rows = [row('CX-20'), row('cx-2'), row('CX-22', { campusId: otherSchoolsCampus }), row('CX-23', { campusId: 'not-an-id' })];
    const response = await expectNoWrites(sub, () => importStaff(admin(), { schoolId: school, rows }));
    expectBadInput(response, 'rows.1.employeeNumber');
    expect(response.errors![0].extensions!.rowErrors).toEqual([
      { row: 1, field: 'employeeNumber', message: 'Employee number CX-2 is already used at this school.' },
      { row: 2, field: 'campusId', message: 'campusId does not name a campus of that school.' },
      { row: 3, field: 'campusId', message: 'campusId must be an id' },
    ]);
  });

  it(`more than ${LIMITS.staffImportRows} rows, or none, is refused on rows before any row is read`, async () => {
    expect(LIMITS.staffImportRows).toBe(500);
    const tooMany = Array.from({ length: LIMITS.staffImportRows + 1 }, (_, i) => row(`BIG-${i}`));
    const before = await staffCount();
    expectBadInput(await importStaff(admin(), { schoolId: school, rows: tooMany }), 'rows');
    expectBadInput(await importStaff(admin(), { schoolId: school, rows: [] }), 'rows');
    expect(await staffCount()).toBe(before);
  });

  it('a school that is not in the district is a mistake in the input (BAD_USER_INPUT schoolId)', async () => {
    expectBadInput(await expectNoWrites(sub, () => importStaff(admin(), { schoolId: UNKNOWN_ID, rows: [row('CX-30')] })), 'schoolId');
  });
});

describe('a whole school at once', () => {
  it(`${LIMITS.staffImportRows} rows, the most a file may hold, are added in one go`, async () => {
    const other = await admin().request(
      `mutation { createSchool(input: { code: "2133000302", name: "Chengnan Middle School (城南中学)", kind: JUNIOR_MIDDLE, studentCount: 900 }) { id } }`,
    );
    const schoolId = other.data.createSchool.id;
    const rows = Array.from({ length: LIMITS.staffImportRows }, (_, i) =>
      row(`CN-${i}`, { posts: i % 2 ? ['COOK'] : ['CLEANER', 'GARDENER'] }),
    );
    const response = await importStaff(admin(), { schoolId, rows });
    expect(response.errors).toBeUndefined();
    expect(response.data.importStaff.count).toBe(LIMITS.staffImportRows);
    expect(response.data.importStaff.staff.map((s: { employeeNumber: string }) => s.employeeNumber)).toEqual(
      rows.map((r) => r.employeeNumber),
    );
    // Written a hundred rows per statement, each still with its audit entry and its event.
    const events = await sub.dataSource.getRepository(OutboxEvent).countBy({ schoolId, type: 'directory.staff.created' });
    expect(events).toBe(LIMITS.staffImportRows);
    expect(await auditEntries(sub, { action: 'staff.create', schoolId })).toHaveLength(LIMITS.staffImportRows);
  }, 120000);
});

describe('only whoever may add staff may import them', () => {
  const garbage = [row('!!', { name: '', phone: 'x', campusId: 'nope' }), row('!!')];

  it('a teacher gets FORBIDDEN even for a file full of mistakes: the rules tell them nothing', async () => {
    const teacher = sub.as(demoViewer('teacher'));
    const response = await expectNoWrites(sub, () => importStaff(teacher, { schoolId: 'not-an-id', rows: garbage }));
    expectCode(response, 'FORBIDDEN');
  });

  it("First Primary's general-affairs director importing into Second Junior is FORBIDDEN, as at their own school (staff are the district's to add)", async () => {
    const director = sub.as(demoViewer('director'));
    for (const schoolId of [SCHOOL.secondJunior, SCHOOL.firstPrimary]) {
      const response = await expectNoWrites(sub, () => importStaff(director, { schoolId, rows: [row('FP-900')] }));
      expectCode(response, 'FORBIDDEN');
    }
  });
});
