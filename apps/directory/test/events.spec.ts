/**
 * What the directory publishes (docs/events.md): each change to a school, campus, staff member or
 * account records its event, with the facts other services keep, in the mutation's own transaction;
 * a refused change records none. The outbox is read straight from the directory's database.
 */
import { DEMO_ACCOUNTS, DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_SCHOOL_ORDER, DEMO_SCHOOLS } from '@houqin/demo';
import { envelopeOf, OutboxEvent, type EventEnvelope } from '@houqin/events';
import { demoViewer, type TestSubgraph } from '@houqin/testing';
import pino from 'pino';
import { seedDirectoryDemo } from '../src/demo/seed';
import { demoStaff, expectBadInput, expectCode, expectNoWrites, ok, SCHOOL, startDirectory } from './support';

const admin = demoViewer('admin');
const ACTOR = { accountId: admin.accountId, staffId: null };

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startDirectory();
});
afterAll(() => sub?.stop());

async function outbox(): Promise<EventEnvelope[]> {
  return (await sub.dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } })).map(envelopeOf);
}

/** The events recorded while `act` ran, oldest first. */
async function recordedBy(act: () => Promise<unknown>): Promise<EventEnvelope[]> {
  const before = new Set((await outbox()).map((e) => e.id));
  await act();
  return (await outbox()).filter((e) => !before.has(e.id));
}

const request = (query: string, variables: Record<string, unknown>, viewer = admin) => sub.as(viewer).request(query, variables);
const mutate = async <T = Record<string, { id: string; version: number }>>(query: string, input: Record<string, unknown>, viewer = admin) =>
  ok(await request(query, { input }, viewer)) as T;

const CREATE_SCHOOL = 'mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id version } }';
const UPDATE_SCHOOL = 'mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { id version } }';
const CREATE_CAMPUS = 'mutation($input: CreateCampusInput!) { createCampus(input: $input) { id version } }';
const MOVE_CAMPUS = 'mutation($input: MoveCampusInput!) { moveCampus(input: $input) { id version } }';
const CREATE_STAFF = 'mutation($input: CreateStaffInput!) { createStaff(input: $input) { id version } }';
const UPDATE_STAFF = 'mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id version } }';
const CREATE_ACCOUNT = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }';
const GRANT = 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id roles { id } } }';
const REVOKE = 'mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { id } }';
const DEACTIVATE = 'mutation($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { id } }';

describe('the demo seed publishes what it seeded, in its transaction', () => {
  it('a created event for every school, campus, staff member and account, with the facts as seeded', async () => {
    const seeded = (await outbox()).filter((e) => e.requestId === 'seed-demo');
    const ofType = (type: string) => seeded.filter((e) => e.type === type);
    expect(seeded.every((e) => e.actor === null && e.districtId === DEMO_DISTRICT.id)).toBe(true);
    expect(ofType('directory.school.created').map((e) => e.payload)).toEqual(
      expect.arrayContaining(
        DEMO_SCHOOL_ORDER.map((key) =>
          expect.objectContaining({ schoolId: DEMO_SCHOOLS[key].id, active: DEMO_SCHOOLS[key].active, timeZone: 'Asia/Shanghai' }),
        ),
      ),
    );
    expect(ofType('directory.school.created')).toHaveLength(DEMO_SCHOOL_ORDER.length);
    // The merged campus is created where it belongs now.
    expect(
      ofType('directory.campus.created').find(
        (e) => e.payload && (e.payload as { campusId: string }).campusId === DEMO_CAMPUSES.firstPrimaryWest.id,
      ),
    ).toMatchObject({ schoolId: SCHOOL.firstPrimary, payload: { schoolId: SCHOOL.firstPrimary, active: true } });
    expect(ofType('directory.campus.created')).toHaveLength(Object.keys(DEMO_CAMPUSES).length);
    expect(
      ofType('directory.staff.created').find(
        (e) => (e.payload as { staffId: string }).staffId === demoStaff('firstPrimary', 'SAFETY_OFFICER'),
      ),
    ).toMatchObject({ schoolId: SCHOOL.firstPrimary, payload: { posts: ['SAFETY_OFFICER', 'TEACHER'], active: true } });
    expect(ofType('directory.account.created')).toHaveLength(DEMO_ACCOUNTS.length);
    expect(
      ofType('directory.account.created').find((e) => (e.payload as { accountId: string }).accountId === admin.accountId),
    ).toMatchObject({
      schoolId: null,
      payload: { staffId: null, active: true, grants: [{ role: 'DISTRICT_ADMIN', schoolId: null }] },
    });
  });
});

describe('each directory mutation records its event in its transaction', () => {
  it('a school: created with its facts; a changed name says so; an address alone publishes nothing; a refused one nothing', async () => {
    const input = { code: '2133009901', name: 'Chengbei Primary (城北小学)', kind: 'PRIMARY', address: '1 North Road', studentCount: 300 };
    let school = { id: '', version: 0 };
    const created = await recordedBy(async () => ({ createSchool: school } = await mutate(CREATE_SCHOOL, input)));
    expect(created).toEqual([
      expect.objectContaining({
        type: 'directory.school.created',
        version: 1,
        districtId: DEMO_DISTRICT.id,
        schoolId: school.id,
        actor: ACTOR,
        payload: {
          schoolId: school.id,
          code: '2133009901',
          name: 'Chengbei Primary (城北小学)',
          kind: 'PRIMARY',
          active: true,
          timeZone: 'Asia/Shanghai',
        },
      }),
    ]);

    const renamed = await recordedBy(
      async () => ({ updateSchool: school } = await mutate(UPDATE_SCHOOL, { ...school, name: 'Chengbei Primary School' })),
    );
    expect(renamed.map((e) => [e.type, e.payload])).toEqual([
      ['directory.school.changed', expect.objectContaining({ name: 'Chengbei Primary School', active: true, changedFields: ['name'] })],
    ]);
    expect(
      await recordedBy(async () => ({ updateSchool: school } = await mutate(UPDATE_SCHOOL, { ...school, address: '2 North Road' }))),
    ).toEqual([]);
    const closed = await recordedBy(async () => ({ updateSchool: school } = await mutate(UPDATE_SCHOOL, { ...school, active: false })));
    expect(closed.map((e) => e.payload)).toEqual([expect.objectContaining({ active: false, changedFields: ['active'] })]);

    await expectNoWrites(sub, async () => {
      expectBadInput(await request(CREATE_SCHOOL, { input }), 'code'); // the code is taken
      expectCode(await request(CREATE_SCHOOL, { input: { ...input, code: '2133009902' } }, demoViewer('principal')), 'FORBIDDEN');
      expectCode(await request(UPDATE_SCHOOL, { input: { ...school, version: 1, name: 'Stale' } }), 'CONFLICT');
    });
  });

  it('a campus: created; moved to another school, with its facts after the move; a refused move nothing', async () => {
    let campus = { id: '', version: 0 };
    const created = await recordedBy(
      async () =>
        ({ createCampus: campus } = await mutate(CREATE_CAMPUS, { schoolId: SCHOOL.secondJunior, name: 'North Campus (北校区)' })),
    );
    expect(created.map((e) => [e.type, e.schoolId, e.payload])).toEqual([
      [
        'directory.campus.created',
        SCHOOL.secondJunior,
        { campusId: campus.id, schoolId: SCHOOL.secondJunior, name: 'North Campus (北校区)', active: true },
      ],
    ]);
    const move = {
      campusId: DEMO_CAMPUSES.secondJuniorMain.id,
      toSchoolId: SCHOOL.firstHigh,
      effectiveOn: '2025-09-01',
      reason: 'District decision',
    };
    const moved = await recordedBy(() => mutate(MOVE_CAMPUS, move));
    expect(moved.map((e) => [e.type, e.schoolId, e.payload])).toEqual([
      [
        'directory.campus.moved',
        SCHOOL.firstHigh,
        { fromSchoolId: SCHOOL.secondJunior, name: DEMO_CAMPUSES.secondJuniorMain.name, active: true, ...move },
      ],
    ]);
    await expectNoWrites(sub, async () => {
      expectBadInput(await request(MOVE_CAMPUS, { input: move }), 'toSchoolId'); // it is there already
      expectBadInput(await request(MOVE_CAMPUS, { input: { ...move, toSchoolId: SCHOOL.riversidePrimary } }), 'toSchoolId'); // merged
    });
  });

  it('a staff member: created with sorted posts; a change of posts or of the active flag says which; a phone alone nothing', async () => {
    let staff = { id: '', version: 0 };
    const input = {
      schoolId: SCHOOL.firstPrimary,
      campusId: DEMO_CAMPUSES.firstPrimaryEast.id,
      name: 'Qian Lei (钱磊)',
      employeeNumber: 'E-77',
      posts: ['TEACHER', 'COOK'],
    };
    const created = await recordedBy(async () => ({ createStaff: staff } = await mutate(CREATE_STAFF, input)));
    expect(created.map((e) => [e.type, e.schoolId, e.payload])).toEqual([
      [
        'directory.staff.created',
        SCHOOL.firstPrimary,
        {
          staffId: staff.id,
          schoolId: SCHOOL.firstPrimary,
          campusId: input.campusId,
          name: 'Qian Lei (钱磊)',
          posts: ['COOK', 'TEACHER'],
          active: true,
        },
      ],
    ]);
    const reposted = await recordedBy(
      async () => ({ updateStaff: staff } = await mutate(UPDATE_STAFF, { ...staff, posts: ['COOK'], campusId: null })),
    );
    expect(reposted.map((e) => e.payload)).toEqual([
      expect.objectContaining({ posts: ['COOK'], campusId: null, changedFields: ['campusId', 'posts'] }),
    ]);
    expect(
      await recordedBy(async () => ({ updateStaff: staff } = await mutate(UPDATE_STAFF, { ...staff, phone: '0571-1234567' }))),
    ).toEqual([]);
    const left = await recordedBy(async () => ({ updateStaff: staff } = await mutate(UPDATE_STAFF, { ...staff, active: false })));
    expect(left.map((e) => [e.type, e.payload])).toEqual([
      ['directory.staff.changed', expect.objectContaining({ active: false, changedFields: ['active'] })],
    ]);

    await expectNoWrites(sub, async () => {
      expectBadInput(await request(CREATE_STAFF, { input }), 'employeeNumber');
      expectBadInput(
        await request(CREATE_STAFF, { input: { ...input, employeeNumber: 'E-78', schoolId: SCHOOL.riversidePrimary, campusId: null } }),
        'schoolId',
      );
      expectCode(await request(UPDATE_STAFF, { input: { ...staff, version: 1, name: 'Stale' } }), 'CONFLICT');
    });
  });

  it('an account: created, its grants changed, deactivated; district-wide (no school); a refused one nothing', async () => {
    const staffId = demoStaff('secondJunior', 'STOREKEEPER');
    let account = { id: '' };
    const input = { username: 'events.storekeeper', displayName: 'Storekeeper', password: 'correct-horse-battery', staffId };
    const created = await recordedBy(
      async () => ({ createAccount: account } = await mutate<{ createAccount: { id: string } }>(CREATE_ACCOUNT, input)),
    );
    expect(created.map((e) => [e.type, e.schoolId, e.payload])).toEqual([
      ['directory.account.created', null, { accountId: account.id, staffId, active: true, grants: [] }],
    ]);
    let grantId = '';
    const granted = await recordedBy(async () => {
      const result = await mutate<{ grantRole: { roles: { id: string }[] } }>(GRANT, {
        accountId: account.id,
        role: 'STOREKEEPER',
        schoolId: SCHOOL.secondJunior,
      });
      grantId = result.grantRole.roles[0].id;
    });
    expect(granted.map((e) => [e.type, e.payload])).toEqual([
      [
        'directory.account.changed',
        {
          accountId: account.id,
          staffId,
          active: true,
          grants: [{ role: 'STOREKEEPER', schoolId: SCHOOL.secondJunior }],
          changedFields: ['grants'],
        },
      ],
    ]);
    const revoked = await recordedBy(() => mutate(REVOKE, { grantId }));
    expect(revoked.map((e) => e.payload)).toEqual([expect.objectContaining({ grants: [], changedFields: ['grants'] })]);
    const deactivated = await recordedBy(() => mutate(DEACTIVATE, { accountId: account.id, reason: 'Left the school' }));
    expect(deactivated.map((e) => [e.type, e.schoolId, e.payload])).toEqual([
      ['directory.account.deactivated', null, { accountId: account.id, staffId }],
    ]);

    await expectNoWrites(sub, async () => {
      expectBadInput(await request(CREATE_ACCOUNT, { input }), 'username');
      expectBadInput(
        await request(GRANT, { input: { accountId: account.id, role: 'STOREKEEPER', schoolId: SCHOOL.riversidePrimary } }),
        'schoolId',
      );
      expectCode(await request(DEACTIVATE, { input: { accountId: admin.accountId, reason: 'Oops' } }), 'BAD_USER_INPUT');
    });
  });
});

describe('a directory seeded before it published events', () => {
  it('publishes a created event for everything of the demo district at its next start, once', async () => {
    const seeded = () => outbox().then((events) => events.filter((e) => e.requestId === 'seed-demo'));
    // As before events: an outbox without any of the directory's.
    await sub.dataSource.createQueryBuilder().delete().from(OutboxEvent).execute();
    await seedDirectoryDemo(sub.dataSource, pino({ level: 'silent' }), 4);
    const published = await seeded();
    const count = (table: string) =>
      sub.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`).then((rows: { n: number }[]) => Number(rows[0].n));
    // Everything there now, including what the tests above added, as it is now.
    expect(published.length).toBe(
      (await count('school')) +
        (await count('campus')) +
        (await count('staff')) +
        (await count('user_account')) +
        (await count('school_term')),
    );
    expect(new Set(published.map((e) => e.type))).toEqual(
      new Set([
        'directory.school.created',
        'directory.campus.created',
        'directory.staff.created',
        'directory.account.created',
        'directory.school.termSaved',
      ]),
    );
    await seedDirectoryDemo(sub.dataSource, pino({ level: 'silent' }), 4);
    expect(await seeded()).toHaveLength(published.length);
  });
});
