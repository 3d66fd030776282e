import { todayIn } from '@houqin/common';
import { DEMO_CAMPUSES } from '@houqin/demo';
import { demoViewer, type TestSubgraph } from '@houqin/testing';
import {
  auditEntries,
  expectBadInput,
  expectCode,
  expectNoWrites,
  OVERSIZED_NAME,
  SCHOOL,
  startDirectory,
  UNKNOWN_ID,
  walk,
} from './support';

const CAMPUS_FIELDS = 'id schoolId name address active version school { id } history { schoolId fromDate toDate reason school { id } }';
const CREATE = `mutation($input: CreateCampusInput!) { createCampus(input: $input) { ${CAMPUS_FIELDS} } }`;
const MOVE = `mutation($input: MoveCampusInput!) { moveCampus(input: $input) { ${CAMPUS_FIELDS} } }`;
const ONE = `query($id: ID!) { campus(id: $id) { ${CAMPUS_FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: CampusFilter) {
  campuses(first: $first, after: $after, filter: $filter) { nodes { id schoolId } pageInfo { hasNextPage endCursor } }
}`;
const SCHOOL_CAMPUSES = `query($id: ID!) { school(id: $id) { campuses { id name } } }`;

const CAMPUS = {
  firstPrimaryEast: DEMO_CAMPUSES.firstPrimaryEast.id,
  firstPrimaryWest: DEMO_CAMPUSES.firstPrimaryWest.id,
  secondJuniorMain: DEMO_CAMPUSES.secondJuniorMain.id,
  yucaiMain: DEMO_CAMPUSES.yucaiMain.id,
  firstHighMain: DEMO_CAMPUSES.firstHighMain.id,
};

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(async () => {
  await sub?.stop();
});

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

describe('a district administrator adds a campus', () => {
  it("opens its history at today in the school's time zone, and audits the creation", async () => {
    const before = todayIn('Asia/Shanghai');
    const response = await sub
      .as(demoViewer('admin'))
      .request(CREATE, { input: { schoolId: SCHOOL.yucaiNineYear, name: '  North Campus (北校区)  ', address: '12 Beihuan Road' } });
    const after = todayIn('Asia/Shanghai');
    expect(response.errors).toBeUndefined();
    const campus = response.data.createCampus;
    expect(campus).toMatchObject({
      schoolId: SCHOOL.yucaiNineYear,
      name: 'North Campus (北校区)',
      address: '12 Beihuan Road',
      active: true,
      version: 1,
      school: { id: SCHOOL.yucaiNineYear },
    });
    expect(campus.history).toHaveLength(1);
    expect(campus.history[0]).toMatchObject({
      schoolId: SCHOOL.yucaiNineYear,
      toDate: null,
      reason: 'Campus created',
      school: { id: SCHOOL.yucaiNineYear },
    });
    expect([before, after]).toContain(campus.history[0].fromDate);

    // The school lists it among its campuses; the audit trail has the creation.
    const school = await sub.as(demoViewer('auditor')).request(SCHOOL_CAMPUSES, { id: SCHOOL.yucaiNineYear });
    expect(ids(school.data.school.campuses)).toContain(campus.id);
    const audit = await auditEntries(sub, { entityType: 'Campus', entityId: campus.id });
    expect(audit.map((a) => a.action)).toEqual(['campus.create']);
    expect(audit[0].schoolId).toBe(SCHOOL.yucaiNineYear);
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: ' \t ' }, 'name'],
    ['a name of 121 characters', { name: OVERSIZED_NAME }, 'name'],
    ['an address of 256 characters', { address: 'A'.repeat(256) }, 'address'],
    ['a school that does not exist', { schoolId: UNKNOWN_ID }, 'schoolId'],
    ['a malformed school id', { schoolId: 'not-an-id' }, 'schoolId'],
  ];
  it.each(cases)('refuses %s naming the field, writing nothing', async (_label, overrides, field) => {
    const response = await expectNoWrites(sub, () =>
      sub.as(demoViewer('admin')).request(CREATE, { input: { schoolId: SCHOOL.firstHigh, name: 'South Campus', ...overrides } }),
    );
    expectBadInput(response, field);
  });
});

describe('moving a campus to another school after a merger (校区划转)', () => {
  it('closes the old period the day before and opens the new one, so earlier months stay with the old school', async () => {
    const admin = sub.as(demoViewer('admin'));
    const response = await admin.request(MOVE, {
      input: {
        campusId: CAMPUS.yucaiMain,
        toSchoolId: SCHOOL.firstHigh,
        effectiveOn: '2025-09-01',
        reason: 'District decision 2025-06: Yucai main campus joins No. 1 High',
      },
    });
    expect(response.errors).toBeUndefined();
    const campus = response.data.moveCampus;
    expect(campus).toMatchObject({ id: CAMPUS.yucaiMain, schoolId: SCHOOL.firstHigh, version: 2, school: { id: SCHOOL.firstHigh } });
    expect(campus.history).toEqual([
      {
        schoolId: SCHOOL.yucaiNineYear,
        fromDate: '2010-09-01',
        toDate: '2025-08-31',
        reason: 'Campus created',
        school: { id: SCHOOL.yucaiNineYear },
      },
      {
        schoolId: SCHOOL.firstHigh,
        fromDate: '2025-09-01',
        toDate: null,
        reason: 'District decision 2025-06: Yucai main campus joins No. 1 High',
        school: { id: SCHOOL.firstHigh },
      },
    ]);

    // Re-read: the move is stored, audited with both schools, and a second move must start after 2025-09-01.
    expect((await admin.request(ONE, { id: CAMPUS.yucaiMain })).data.campus).toEqual(campus);
    const audit = await auditEntries(sub, { entityType: 'Campus', entityId: CAMPUS.yucaiMain, action: 'campus.move' });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].changes)).toMatchObject({
      fromSchoolId: SCHOOL.yucaiNineYear,
      toSchoolId: SCHOOL.firstHigh,
      effectiveOn: '2025-09-01',
    });
    const again = await expectNoWrites(sub, () =>
      admin.request(MOVE, {
        input: { campusId: CAMPUS.yucaiMain, toSchoolId: SCHOOL.yucaiNineYear, effectiveOn: '2025-09-01', reason: 'Undo' },
      }),
    );
    expectBadInput(again, 'effectiveOn');
  });

  it('keeps the seeded merger history, and hides a school the viewer may not see', async () => {
    const west = await sub.as(demoViewer('auditor')).request(ONE, { id: CAMPUS.firstPrimaryWest });
    expect(
      west.data.campus.history.map((h: { schoolId: string; fromDate: string; toDate: string | null }) => [
        h.schoolId,
        h.fromDate,
        h.toDate,
      ]),
    ).toEqual([
      [SCHOOL.riversidePrimary, '2010-09-01', '2024-08-31'],
      [SCHOOL.firstPrimary, '2024-09-01', null],
    ]);
    // The principal of First Primary sees the period under Riverside, but not Riverside itself.
    const principal = await sub.as(demoViewer('principal')).request(ONE, { id: CAMPUS.firstPrimaryWest });
    expect(principal.errors).toBeUndefined();
    expect(principal.data.campus.history.map((h: { school: { id: string } | null }) => h.school)).toEqual([
      null,
      { id: SCHOOL.firstPrimary },
    ]);
  });

  const base = { campusId: CAMPUS.firstPrimaryWest, toSchoolId: SCHOOL.secondJunior, effectiveOn: '2026-09-01', reason: 'Reorganisation' };
  const cases: [string, Record<string, unknown>, string][] = [
    ['to the school it already belongs to', { toSchoolId: SCHOOL.firstPrimary }, 'toSchoolId'],
    ['on the day the current assignment began', { effectiveOn: '2024-09-01' }, 'effectiveOn'],
    ['before the current assignment began', { effectiveOn: '2023-01-15' }, 'effectiveOn'],
    ['to a closed (merged) school', { toSchoolId: SCHOOL.riversidePrimary }, 'toSchoolId'],
    ['to a school that does not exist', { toSchoolId: UNKNOWN_ID }, 'toSchoolId'],
    ['to a malformed school id', { toSchoolId: 'not-an-id' }, 'toSchoolId'],
    ['a campus that does not exist', { campusId: UNKNOWN_ID }, 'campusId'],
    ['a malformed campus id', { campusId: 'not-an-id' }, 'campusId'],
    ['a date that does not exist', { effectiveOn: '2026-02-30' }, 'effectiveOn'],
    ['a date in another format', { effectiveOn: '01/09/2026' }, 'effectiveOn'],
    ['an empty reason', { reason: '  ' }, 'reason'],
  ];
  it.each(cases)('refuses a move %s naming the field, writing nothing', async (_label, overrides, field) => {
    const response = await expectNoWrites(sub, () => sub.as(demoViewer('admin')).request(MOVE, { input: { ...base, ...overrides } }));
    expectBadInput(response, field);
  });
});

describe('who may add and move campuses', () => {
  it.each(['principal', 'accountant', 'auditor'] as const)('%s gets FORBIDDEN and nothing is written', async (username) => {
    const client = sub.as(demoViewer(username));
    await expectNoWrites(sub, async () => {
      expectCode(await client.request(CREATE, { input: { schoolId: SCHOOL.firstPrimary, name: 'Annex' } }), 'FORBIDDEN');
      expectCode(
        await client.request(MOVE, {
          input: { campusId: CAMPUS.firstPrimaryEast, toSchoolId: SCHOOL.secondJunior, effectiveOn: '2026-09-01', reason: 'x' },
        }),
        'FORBIDDEN',
      );
    });
  });

  it('an anonymous caller is UNAUTHENTICATED on reads and writes', async () => {
    const anonymous = sub.as(null);
    expectCode(await anonymous.request(LIST, {}), 'UNAUTHENTICATED');
    expectCode(await anonymous.request(ONE, { id: CAMPUS.firstPrimaryEast }), 'UNAUTHENTICATED');
    await expectNoWrites(sub, async () => {
      expectCode(await anonymous.request(CREATE, { input: { schoolId: SCHOOL.firstPrimary, name: 'Annex' } }), 'UNAUTHENTICATED');
    });
  });
});

describe('which campuses a viewer sees', () => {
  it("a school accountant lists only their school's campuses, even when filtering for another school", async () => {
    const accountant = sub.as(demoViewer('accountant'));
    const own = await accountant.request(LIST, { first: 100 });
    expect(ids(own.data.campuses.nodes).sort()).toEqual([CAMPUS.firstPrimaryEast, CAMPUS.firstPrimaryWest].sort());
    const other = await accountant.request(LIST, { filter: { schoolId: SCHOOL.secondJunior } });
    expect(other.errors).toBeUndefined();
    expect(other.data.campuses.nodes).toEqual([]);
  });

  it("a school accountant asking for another school's campus by id gets NOT_FOUND", async () => {
    expectCode(await sub.as(demoViewer('accountant')).request(ONE, { id: CAMPUS.secondJuniorMain }), 'NOT_FOUND');
    expectCode(await sub.as(demoViewer('accountant')).request(ONE, { id: UNKNOWN_ID }), 'NOT_FOUND');
    expect((await sub.as(demoViewer('accountant2')).request(ONE, { id: CAMPUS.secondJuniorMain })).data.campus.id).toBe(
      CAMPUS.secondJuniorMain,
    );
  });

  it('the district auditor sees every campus and filters by school', async () => {
    const auditor = sub.as(demoViewer('auditor'));
    const all = await auditor.request(LIST, { first: 100 });
    expect(ids(all.data.campuses.nodes)).toEqual(expect.arrayContaining(Object.values(CAMPUS)));
    const second = await auditor.request(LIST, { filter: { schoolId: SCHOOL.secondJunior } });
    expect(ids(second.data.campuses.nodes)).toEqual([CAMPUS.secondJuniorMain]);
  });

  it('pages two at a time without duplicates', async () => {
    const auditor = sub.as(demoViewer('auditor'));
    const expected = ids((await auditor.request(LIST, { first: 100 })).data.campuses.nodes);
    const { ids: walked } = await walk(
      (after) => auditor.request(LIST, { first: 2, after }),
      (data) => data.campuses,
    );
    expect(walked).toEqual(expected);
    expect(new Set(walked).size).toBe(walked.length);
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['a garbage after cursor', { after: '%%%' }, 'after'],
    ['a malformed school filter', { filter: { schoolId: 'not-an-id' } }, 'schoolId'],
  ])('refuses %s naming it', async (_label, args, field) => {
    expectBadInput(await sub.as(demoViewer('auditor')).request(LIST, args), field);
  });

  it('refuses a malformed campus id naming it', async () => {
    expectBadInput(await sub.as(demoViewer('auditor')).request(ONE, { id: 'not-an-id' }), 'id');
  });
});
