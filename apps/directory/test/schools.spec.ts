import { codes, demoViewer, type TestSubgraph } from '@houqin/testing';
import { DEMO_ACCOUNTS, DEMO_DISTRICT, DEMO_SCHOOLS } from '@houqin/demo';
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

const SCHOOL_FIELDS = 'id code name kind address studentCount active timeZone version';
const CREATE = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { ${SCHOOL_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { ${SCHOOL_FIELDS} } }`;
const ONE = `query($id: ID!) { school(id: $id) { ${SCHOOL_FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: SchoolFilter) {
  schools(first: $first, after: $after, filter: $filter) { nodes { id name } edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;

const adminId = DEMO_ACCOUNTS.find((a) => a.username === 'admin')!.id;
const ALL_DEMO_SCHOOLS = Object.values(SCHOOL).sort();

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(async () => {
  await sub?.stop();
});

/** A valid createSchool input; each test gives its own code so tests do not depend on each other. */
const newSchool = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  name: 'Chengnan Primary School (城南小学)',
  kind: 'PRIMARY',
  address: '9 Chengnan Road',
  studentCount: 900,
  ...overrides,
});

describe('a district administrator adds and corrects a school', () => {
  it('creates it with trimmed text and the district time zone, and records who did it', async () => {
    const admin = sub.as(demoViewer('admin'));
    const created = await admin.request(CREATE, { input: newSchool('2133000101', { name: '  Chengnan Primary School (城南小学)  ' }) });
    expect(created.errors).toBeUndefined();
    const school = created.data.createSchool;
    expect(school).toEqual({
      id: expect.any(String),
      code: '2133000101',
      name: 'Chengnan Primary School (城南小学)',
      kind: 'PRIMARY',
      address: '9 Chengnan Road',
      studentCount: 900,
      active: true,
      timeZone: 'Asia/Shanghai',
      version: 1,
    });

    // The district auditor sees it at once; the audit trail says who created it, in the same transaction.
    expect((await sub.as(demoViewer('auditor')).request(ONE, { id: school.id })).data.school).toEqual(school);
    const audit = await auditEntries(sub, { entityType: 'School', entityId: school.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'school.create', actorAccountId: adminId, schoolId: school.id, districtId: DEMO_DISTRICT.id });
    expect(JSON.parse(audit[0].changes)).toMatchObject({ code: '2133000101', studentCount: 900 });
  });

  it('keeps a school-specific time zone when one is given', async () => {
    const created = await sub.as(demoViewer('admin')).request(CREATE, { input: newSchool('2133000102', { timeZone: 'Asia/Urumqi' }) });
    expect(created.errors).toBeUndefined();
    expect(created.data.createSchool.timeZone).toBe('Asia/Urumqi');
  });

  it('updates with the version read, bumping it; a stale version is a CONFLICT that writes nothing', async () => {
    const admin = sub.as(demoViewer('admin'));
    const { id } = (await admin.request(CREATE, { input: newSchool('2133000103') })).data.createSchool;

    const updated = await admin.request(UPDATE, { input: { id, version: 1, studentCount: 950, name: 'Chengnan Primary (城南小学)' } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateSchool).toMatchObject({
      id,
      version: 2,
      studentCount: 950,
      name: 'Chengnan Primary (城南小学)',
      code: '2133000103',
      address: '9 Chengnan Road',
    });

    // A second clerk still holding version 1 must not overwrite the first one's change.
    const stale = await expectNoWrites(sub, () => admin.request(UPDATE, { input: { id, version: 1, studentCount: 10 } }));
    expectCode(stale, 'CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 2 });
    expect((await admin.request(ONE, { id })).data.school).toMatchObject({ version: 2, studentCount: 950 });

    // Closing the school (merger) is an update too; its history stays readable.
    const closed = await admin.request(UPDATE, { input: { id, version: 2, active: false } });
    expect(closed.data.updateSchool).toMatchObject({ active: false, version: 3, studentCount: 950 });

    const actions = (await auditEntries(sub, { entityType: 'School', entityId: id })).map((a) => a.action);
    expect(actions).toEqual(['school.create', 'school.update', 'school.update']);
  });
});

describe('createSchool refuses bad input, naming the field, and writes nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a name of 121 characters', { name: OVERSIZED_NAME }, 'name'],
    ['a code that is not 10 digits', { code: '213300010' }, 'code'],
    ['a code with letters', { code: '21330001AB' }, 'code'],
    ['the code of an existing school', { code: DEMO_SCHOOLS.secondJunior.code }, 'code'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['a negative student count', { studentCount: -1 }, 'studentCount'],
    ['an address of 256 characters', { address: 'A'.repeat(256) }, 'address'],
  ];
  it.each(cases)('%s', async (_label, overrides, field) => {
    const response = await expectNoWrites(sub, () =>
      sub.as(demoViewer('admin')).request(CREATE, { input: newSchool('2133000199', overrides) }),
    );
    expectBadInput(response, field);
  });
});

describe('updateSchool refuses bad input', () => {
  const target = SCHOOL.yucaiNineYear;
  const cases: [string, Record<string, unknown>, string][] = [
    ['a malformed id', { id: 'not-an-id' }, 'id'],
    ['an empty name', { name: ' ' }, 'name'],
    ['a name of 121 characters', { name: OVERSIZED_NAME }, 'name'],
    ['a negative student count', { studentCount: -5 }, 'studentCount'],
  ];
  it.each(cases)('%s', async (_label, overrides, field) => {
    const response = await expectNoWrites(sub, () =>
      sub.as(demoViewer('admin')).request(UPDATE, { input: { id: target, version: 1, ...overrides } }),
    );
    expectBadInput(response, field);
  });

  it('answers NOT_FOUND for a well-formed id that names no school', async () => {
    const response = await expectNoWrites(sub, () =>
      sub.as(demoViewer('admin')).request(UPDATE, { input: { id: UNKNOWN_ID, version: 1, studentCount: 1 } }),
    );
    expectCode(response, 'NOT_FOUND');
  });
});

describe('who may change schools', () => {
  it.each(['principal', 'accountant', 'auditor', 'teacher'] as const)(
    '%s gets FORBIDDEN on createSchool and updateSchool, and nothing is written',
    async (username) => {
      const client = sub.as(demoViewer(username));
      await expectNoWrites(sub, async () => {
        expectCode(await client.request(CREATE, { input: newSchool('2133000198') }), 'FORBIDDEN');
        expectCode(await client.request(UPDATE, { input: { id: SCHOOL.firstPrimary, version: 1, studentCount: 1 } }), 'FORBIDDEN');
      });
    },
  );

  it('an anonymous caller is UNAUTHENTICATED, for writes and reads', async () => {
    const anonymous = sub.as(null);
    await expectNoWrites(sub, async () => {
      expectCode(await anonymous.request(CREATE, { input: newSchool('2133000197') }), 'UNAUTHENTICATED');
    });
    expectCode(await anonymous.request(LIST, {}), 'UNAUTHENTICATED');
    expectCode(await anonymous.request(ONE, { id: SCHOOL.firstPrimary }), 'UNAUTHENTICATED');
  });
});

describe('which schools a viewer sees', () => {
  const idsOf = async (username: Parameters<typeof demoViewer>[0]) => {
    const response = await sub.as(demoViewer(username)).request(LIST, { first: 100 });
    expect(response.errors).toBeUndefined();
    return (response.data.schools.nodes as { id: string }[]).map((s) => s.id);
  };

  it('a school accountant sees only their own school', async () => {
    expect(await idsOf('accountant')).toEqual([SCHOOL.firstPrimary]);
    expect(await idsOf('accountant2')).toEqual([SCHOOL.secondJunior]);
  });

  it('a school accountant asking for another school by id gets NOT_FOUND, exactly as for a school that does not exist', async () => {
    const accountant = sub.as(demoViewer('accountant'));
    const other = await accountant.request(ONE, { id: SCHOOL.secondJunior });
    const missing = await accountant.request(ONE, { id: UNKNOWN_ID });
    expectCode(other, 'NOT_FOUND');
    expectCode(missing, 'NOT_FOUND');
    expect(other.errors![0].message).toBe(missing.errors![0].message.replace(UNKNOWN_ID, SCHOOL.secondJunior));
    expect((await accountant.request(ONE, { id: SCHOOL.firstPrimary })).data.school.code).toBe(DEMO_SCHOOLS.firstPrimary.code);
  });

  it('district administrators and auditors see every school, closed ones included', async () => {
    for (const username of ['admin', 'auditor'] as const) {
      expect(await idsOf(username)).toEqual(expect.arrayContaining(ALL_DEMO_SCHOOLS));
    }
    const closed = await sub.as(demoViewer('auditor')).request(LIST, { filter: { active: false } });
    expect(closed.data.schools.nodes.map((s: { id: string }) => s.id)).toContain(SCHOOL.riversidePrimary);
    expect(closed.data.schools.nodes.map((s: { id: string }) => s.id)).not.toContain(SCHOOL.firstPrimary);
  });

  it('filters by kind and by part of the name or the exact code', async () => {
    const auditor = sub.as(demoViewer('auditor'));
    const high = await auditor.request(LIST, { filter: { kind: 'HIGH' } });
    expect(high.data.schools.nodes.map((s: { id: string }) => s.id)).toEqual([SCHOOL.firstHigh]);
    const byCode = await auditor.request(LIST, { filter: { search: DEMO_SCHOOLS.yucaiNineYear.code } });
    expect(byCode.data.schools.nodes.map((s: { id: string }) => s.id)).toEqual([SCHOOL.yucaiNineYear]);
    const byName = await auditor.request(LIST, { filter: { search: '育才' } });
    expect(byName.data.schools.nodes.map((s: { id: string }) => s.id)).toEqual([SCHOOL.yucaiNineYear]);
    // LIKE wildcards in the search are plain text, not "match everything".
    const wildcard = await auditor.request(LIST, { filter: { search: '%' } });
    expect(wildcard.data.schools.nodes).toEqual([]);
  });
});

describe('paging through schools', () => {
  it('walks every school two at a time, without duplicates, ending with hasNextPage false', async () => {
    const auditor = sub.as(demoViewer('auditor'));
    const all = (await auditor.request(LIST, { first: 100 })).data.schools;
    expect(all.pageInfo.hasNextPage).toBe(false);
    const expected = all.nodes.map((s: { id: string }) => s.id);
    expect(expected.length).toBeGreaterThanOrEqual(5);

    const { ids, pages } = await walk(
      (after) => auditor.request(LIST, { first: 2, after }),
      (data) => data.schools,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 2));
  });

  it('gives each edge a cursor that continues right after it', async () => {
    const auditor = sub.as(demoViewer('auditor'));
    const first = (await auditor.request(LIST, { first: 3 })).data.schools;
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(first.nodes.map((n: { id: string }) => n.id));
    expect(first.pageInfo.endCursor).toBe(first.edges[2].cursor);
    const next = (await auditor.request(LIST, { first: 1, after: first.edges[0].cursor })).data.schools;
    expect(next.nodes[0].id).toBe(first.nodes[1].id);
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 101', { first: 101 }, 'first'],
    ['first: -1', { first: -1 }, 'first'],
    ['a garbage after cursor', { after: 'garbage!' }, 'after'],
    ['a cursor that does not encode an id', { after: Buffer.from('2133000001').toString('base64url') }, 'after'],
  ])('refuses %s naming the argument', async (_label, args, field) => {
    expectBadInput(await sub.as(demoViewer('auditor')).request(LIST, args), field);
  });

  it('refuses a malformed id naming it', async () => {
    const response = await sub.as(demoViewer('auditor')).request(ONE, { id: 'not-an-id' });
    expectBadInput(response, 'id');
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  });
});
