/**
 * Finance keeps its own copy of the directory facts it validates against (docs/events.md, "What the
 * directory publishes"): kept by the directory's events, each applied once, the newest state winning
 * whatever the order they arrive in; filled from a replay when finance starts with an empty
 * database. Over internal HTTP the directory runs as its own process, as on `npm start`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pino from 'pino';
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@houqin/auth';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import {
  EventConsumer,
  eventDefinition,
  eventsExtension,
  HandledEvent,
  NatsEvents,
  subscriptionProblems,
  SUBSCRIPTIONS,
  type EventEnvelope,
  type EventPayload,
  type EventType,
} from '@houqin/events';
import {
  createTestDatabase,
  demoViewer,
  freePort,
  graphqlClient,
  REPO_ROOT,
  startServiceProcess,
  startTestSubgraph,
  TEST_INTERNAL_SECRET,
  waitFor,
  type ServiceProcess,
  type TestDatabase,
  type TestSubgraph,
} from '@houqin/testing';
import { KnownCampus, KnownSchool, KnownStaff } from '../src/directory-copy/directory-copy.entity';
import { DirectoryCopy } from '../src/directory-copy/directory-copy.service';
import { financeConsumer } from '../src/events/finance.consumer';
import { createFinanceSubgraph } from '../src/subgraph';

jest.setTimeout(120000);

const NATS_URL = process.env.HOUQIN_TEST_NATS_URL ?? '';
const silent = pino({ level: 'silent' });
const DISTRICT = DEMO_DISTRICT.id;

/** An envelope as the directory publishes it, with a UUIDv7 id made now (so later calls are newer events). */
function directoryEvent<T extends EventType>(type: T, schoolId: string | null, payload: EventPayload<T>, id = newId()): EventEnvelope {
  return {
    id,
    type,
    version: eventDefinition(type)!.version,
    occurredAt: new Date().toISOString(),
    districtId: DISTRICT,
    schoolId,
    actor: null,
    requestId: 'directory-copy-test',
    payload,
  };
}

const school = (schoolId: string, active = true, timeZone = 'Asia/Shanghai') => ({
  schoolId,
  code: '2133009999',
  name: 'A school (学校)',
  kind: 'PRIMARY' as const,
  active,
  timeZone,
});
const staff = (staffId: string, schoolId: string, active = true) => ({
  staffId,
  schoolId,
  campusId: null,
  name: 'Someone (某人)',
  posts: ['TEACHER' as const],
  active,
});

/** Finance's copy, as plain facts in id order, to compare with the directory's. */
async function copyOf(sub: TestSubgraph) {
  const m = sub.dataSource.manager;
  const schools = await m.find(KnownSchool, { order: { schoolId: 'ASC' } });
  const campuses = await m.find(KnownCampus, { order: { campusId: 'ASC' } });
  const staffRows = await m.find(KnownStaff, { order: { staffId: 'ASC' } });
  return {
    schools: schools.map(({ schoolId, districtId, active, timeZone }) => ({ schoolId, districtId, active, timeZone })),
    campuses: campuses.map(({ campusId, districtId, schoolId, active }) => ({ campusId, districtId, schoolId, active })),
    staff: staffRows.map(({ staffId, districtId, schoolId, active }) => ({ staffId, districtId, schoolId, active })),
  };
}

describe('the handlers keep each row at its newest state: idempotent, and an older event never overwrites a newer one', () => {
  let sub: TestSubgraph;
  let consumer: EventConsumer;
  let copy: DirectoryCopy;

  beforeAll(async () => {
    sub = await startTestSubgraph({ ...createFinanceSubgraph(), extensions: [] }, { seed: false });
    consumer = new EventConsumer(financeConsumer, { dataSource: sub.dataSource, logger: silent });
    copy = new DirectoryCopy(sub.dataSource);
  });
  afterAll(() => sub?.stop());

  it('handles exactly the types SUBSCRIPTIONS lists for finance', () => {
    expect(subscriptionProblems([financeConsumer], { finance: SUBSCRIPTIONS.finance })).toEqual([]);
  });

  it('a school: created, then closed; the duplicate and the late created event change nothing', async () => {
    const id = newId();
    const created = directoryEvent('directory.school.created', id, school(id));
    const closed = directoryEvent('directory.school.changed', id, { ...school(id, false), changedFields: ['active'] });
    expect((await consumer.handle(created)).outcome).toBe('handled');
    expect(await copy.schoolIsActive(DISTRICT, id)).toBe(true);
    expect((await consumer.handle(closed)).outcome).toBe('handled');
    expect(await copy.schoolIsActive(DISTRICT, id)).toBe(false);
    expect((await consumer.handle(closed)).outcome).toBe('duplicate');

    // Delivered the other way round: the close first, then the creation it followed.
    const other = newId();
    const first = directoryEvent('directory.school.created', other, school(other, true, 'Asia/Urumqi'));
    const second = directoryEvent('directory.school.changed', other, { ...school(other, false, 'Asia/Urumqi'), changedFields: ['active'] });
    expect((await consumer.handle(second)).outcome).toBe('handled');
    expect((await consumer.handle(first)).outcome).toBe('handled');
    expect(await sub.dataSource.manager.findOneBy(KnownSchool, { schoolId: other })).toMatchObject({
      districtId: DISTRICT,
      active: false,
      timeZone: 'Asia/Urumqi',
      lastEventId: second.id,
    });
    // Only in its own district.
    expect(await copy.schoolIsActive(newId(), id)).toBe(false);
    expect(await copy.school(DISTRICT, newId())).toBeNull();
  });

  it('a staff member: active at their school until they leave, whatever the order the two events come in', async () => {
    const schoolId = newId();
    const staffId = newId();
    const created = directoryEvent('directory.staff.created', schoolId, staff(staffId, schoolId));
    const left = directoryEvent('directory.staff.changed', schoolId, { ...staff(staffId, schoolId, false), changedFields: ['active'] });
    await consumer.handle(created);
    expect(await copy.staffActiveAt(staffId, schoolId)).toBe(true);
    expect(await copy.staffActiveAt(staffId, newId())).toBe(false);
    expect(await copy.staffActiveAt(newId(), schoolId)).toBe(false);
    await consumer.handle(left);
    await consumer.handle(created); // redelivered late
    expect(await copy.staffActiveAt(staffId, schoolId)).toBe(false);
  });

  it('a campus follows its moves; a move delivered before the campus was created still leaves it at its new school', async () => {
    const [from, to, campusId] = [newId(), newId(), newId()];
    const created = directoryEvent('directory.campus.created', from, {
      campusId,
      schoolId: from,
      name: 'East Campus (东校区)',
      active: true,
    });
    const move = {
      fromSchoolId: from,
      toSchoolId: to,
      name: 'East Campus (东校区)',
      active: true,
      effectiveOn: '2025-09-01',
      reason: 'Merger',
    };
    const moved = directoryEvent('directory.campus.moved', to, { campusId, ...move });
    await consumer.handle(moved);
    await consumer.handle(created);
    expect(await copy.schoolOfCampus(DISTRICT, campusId)).toBe(to);
    expect(await copy.schoolOfCampus(newId(), campusId)).toBeNull();
    const back = directoryEvent('directory.campus.moved', from, { campusId, ...move, fromSchoolId: to, toSchoolId: from });
    await consumer.handle(back);
    expect(await copy.schoolOfCampus(DISTRICT, campusId)).toBe(from);
  });
});

/** The directory's facts as its graph shows them to a district admin (every page). */
async function directoryFacts(directory: ServiceProcess) {
  const token = await signGatewayToken({ viewer: demoViewer('admin'), requestId: 'directory-copy-test' }, TEST_INTERNAL_SECRET);
  const client = graphqlClient(`${directory.baseUrl}/graphql`, { [GATEWAY_TOKEN_HEADER]: token });
  async function all<T>(field: string, fields: string): Promise<T[]> {
    const nodes: T[] = [];
    for (let after: string | null = null; ;) {
      const response = await client.request(
        `query($after: String) { ${field}(first: 100, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      const page = response.data[field] as { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }
  const byId =
    <T extends Record<string, unknown>>(key: keyof T) =>
    (a: T, b: T) =>
      (a[key] as string) < (b[key] as string) ? -1 : 1;
  type Row = Record<string, unknown>;
  const schools = await all<{ id: string; districtId: string; active: boolean; timeZone: string }>(
    'schools',
    'id districtId active timeZone',
  );
  const campuses = await all<{ id: string; districtId: string; schoolId: string; active: boolean }>(
    'campuses',
    'id districtId schoolId active',
  );
  const staffRows = await all<{ id: string; districtId: string; schoolId: string; active: boolean }>(
    'staff',
    'id districtId schoolId active',
  );
  return {
    schools: schools
      .map(({ id, districtId, active, timeZone }) => ({ schoolId: id, districtId, active, timeZone }) as Row)
      .sort(byId('schoolId')),
    campuses: campuses
      .map(({ id, districtId, schoolId, active }) => ({ campusId: id, districtId, schoolId, active }) as Row)
      .sort(byId('campusId')),
    staff: staffRows
      .map(({ id, districtId, schoolId, active }) => ({ staffId: id, districtId, schoolId, active }) as Row)
      .sort(byId('staffId')),
    /** Runs a mutation as the district admin. */
    mutate: async (query: string, input: Record<string, unknown>) => {
      const response = await client.request(query, { input });
      expect(response.errors).toBeUndefined();
      return response.data;
    },
  };
}

/** `npm run events:replay -- directory finance`, run as a separate process. */
function runReplayCommand(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join('tools', 'scripts', 'events-replay.ts'), 'directory', 'finance'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env, NATS_URL: '' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * How long a change may take to reach finance over the directory's HTTP relay: the relay now also
 * delivers the directory's events to the canteen (not running here, so those deliveries fail and
 * back off beside finance's), and the machine may be busy.
 */
const HTTP_DELIVERY_MS = 60000;

describe('over internal HTTP: the directory, running as its own process, fills and updates finance’s copy; a replay refills an empty one', () => {
  let directoryDb: TestDatabase;
  let directory: ServiceProcess;
  let financePort: number;
  let finance: TestSubgraph | undefined;

  const startFinanceAt = async () =>
    (finance = await startTestSubgraph(
      { ...createFinanceSubgraph(), extensions: [eventsExtension({ consumer: financeConsumer })] },
      { seed: false, port: financePort },
    ));

  beforeAll(async () => {
    financePort = await freePort();
    await startFinanceAt();
    directoryDb = await createTestDatabase('directory');
    directory = await startServiceProcess('directory', {
      DATABASE_URL: directoryDb.databaseUrl,
      DATA_DIR: directoryDb.dataDir,
      SEED_DEMO: 'true',
      PASSWORD_HASH_COST: '4',
      NATS_URL: '',
      FINANCE_INTERNAL_URL: `http://127.0.0.1:${financePort}`,
    });
  });
  afterAll(async () => {
    await finance?.stop();
    await directory?.stop();
    await directoryDb?.drop();
  });

  it('the seeded district reaches finance, then each change: a new school, a closed one, a new staff member who leaves, a moved campus', async () => {
    const facts = await directoryFacts(directory);
    const expected = () => directoryFacts(directory).then(({ schools, campuses, staff: people }) => ({ schools, campuses, staff: people }));
    let want = await expected();
    expect(want.schools.length).toBeGreaterThan(3);
    await waitFor(
      'finance’s copy to equal the seeded directory',
      async () => JSON.stringify(await copyOf(finance!)) === JSON.stringify(want),
      HTTP_DELIVERY_MS,
    );

    const { createSchool } = (await facts.mutate('mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id version } }', {
      code: '2133007701',
      name: 'Copy Primary (副本小学)',
      kind: 'PRIMARY',
      studentCount: 10,
    })) as { createSchool: { id: string; version: number } };
    const { createStaff } = (await facts.mutate('mutation($input: CreateStaffInput!) { createStaff(input: $input) { id version } }', {
      schoolId: createSchool.id,
      name: 'Copy Person (副本)',
      employeeNumber: 'C-1',
      posts: ['ACCOUNTANT'],
    })) as { createStaff: { id: string; version: number } };
    const copy = new DirectoryCopy(finance!.dataSource);
    await waitFor(
      'the new school and staff member to reach finance',
      () => copy.staffActiveAt(createStaff.id, createSchool.id),
      HTTP_DELIVERY_MS,
    );
    expect(await copy.schoolIsActive(DISTRICT, createSchool.id)).toBe(true);

    await facts.mutate('mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id } }', { ...createStaff, active: false });
    await facts.mutate('mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { id } }', { ...createSchool, active: false });
    const [campus] = want.campuses.filter((c) => c.schoolId !== want.schools[0].schoolId && c.active);
    const target = want.schools.find((s) => s.active && s.schoolId !== campus.schoolId)!;
    await facts.mutate('mutation($input: MoveCampusInput!) { moveCampus(input: $input) { id } }', {
      campusId: campus.campusId,
      toSchoolId: target.schoolId,
      effectiveOn: '2025-09-01',
      reason: 'District decision',
    });
    want = await expected();
    await waitFor(
      'the changes to reach finance',
      async () => JSON.stringify(await copyOf(finance!)) === JSON.stringify(want),
      HTTP_DELIVERY_MS,
    );
    expect(await copy.schoolIsActive(DISTRICT, createSchool.id)).toBe(false);
    expect(await copy.staffActiveAt(createStaff.id, createSchool.id)).toBe(false);
    expect(await copy.schoolOfCampus(DISTRICT, campus.campusId as string)).toBe(target.schoolId);
  });

  it('finance starts again with an empty database: `npm run events:replay -- directory finance` refills its copy; a second replay changes nothing', async () => {
    const want = await directoryFacts(directory).then(({ schools, campuses, staff: people }) => ({ schools, campuses, staff: people }));
    await finance!.stop();
    await startFinanceAt();
    expect(await copyOf(finance!)).toEqual({ schools: [], campuses: [], staff: [] });

    const env = { DIRECTORY_INTERNAL_URL: directory.baseUrl };
    const first = await runReplayCommand(env);
    expect(first).toMatchObject({ code: 0, output: expect.stringMatching(/directory delivers \d+ past events/) });
    await waitFor(
      'the replay to refill finance’s copy',
      async () => JSON.stringify(await copyOf(finance!)) === JSON.stringify(want),
      HTTP_DELIVERY_MS,
    );
    const handled = await finance!.dataSource.getRepository(HandledEvent).count();

    expect((await runReplayCommand(env)).code).toBe(0);
    // Everything is delivered again, each a duplicate: the inbox does not grow and the copy stays. A
    // change made after the replay is delivered after it (deliveries go in order), so its arrival says the replay is through.
    const facts = await directoryFacts(directory);
    const { createSchool } = (await facts.mutate('mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }', {
      code: '2133007702',
      name: 'After Replay Primary (重放后小学)',
      kind: 'PRIMARY',
      studentCount: 10,
    })) as { createSchool: { id: string } };
    const copy = new DirectoryCopy(finance!.dataSource);
    await waitFor(
      'the school created after the replay to reach finance',
      () => copy.schoolIsActive(DISTRICT, createSchool.id),
      HTTP_DELIVERY_MS,
    );
    expect(await finance!.dataSource.getRepository(HandledEvent).count()).toBe(handled + 1);
    const now = await copyOf(finance!);
    expect({ ...now, schools: now.schools.filter((row) => row.schoolId !== createSchool.id) }).toEqual(want);
  });
});

(NATS_URL ? describe : describe.skip)(
  'over NATS: a finance that starts after the directory published reads the stream from its start',
  () => {
    const natsPrefix = `houqin_t${process.pid}_${newId().slice(-6)}`;
    let nats: NatsEvents;
    let finance: TestSubgraph | undefined;

    beforeAll(async () => {
      nats = await NatsEvents.connect({ url: NATS_URL, prefix: natsPrefix, logger: silent });
    });
    afterAll(async () => {
      await finance?.stop();
      await nats?.deleteStreams();
      await nats?.close();
    });

    it('applies the history once each, the newest state winning over a late older event, then follows new events', async () => {
      const [schoolId, staffId] = [newId(), newId()];
      const created = directoryEvent('directory.school.created', schoolId, school(schoolId));
      const closed = directoryEvent('directory.school.changed', schoolId, { ...school(schoolId, false), changedFields: ['active'] });
      const hired = directoryEvent('directory.staff.created', schoolId, staff(staffId, schoolId));
      // Published before finance exists; the close goes out before the creation it followed (a redelivery).
      for (const event of [closed, created, hired]) await nats.publish(event);

      finance = await startTestSubgraph(
        { ...createFinanceSubgraph(), extensions: [eventsExtension({ consumer: financeConsumer, natsUrl: NATS_URL, natsPrefix })] },
        { seed: false },
      );
      const copy = new DirectoryCopy(finance.dataSource);
      await waitFor('the stream’s history to reach finance', () => copy.staffActiveAt(staffId, schoolId));
      await waitFor('all three to be handled', async () => (await finance!.dataSource.getRepository(HandledEvent).count()) === 3);
      expect(await copy.school(DISTRICT, schoolId)).toMatchObject({ active: false, lastEventId: closed.id });

      // The same event again (another id would be another event): NATS drops it; new ones are followed.
      await nats.publish(hired);
      const left = directoryEvent('directory.staff.changed', schoolId, { ...staff(staffId, schoolId, false), changedFields: ['active'] });
      await nats.publish(left);
      await waitFor('the staff member to have left in finance’s copy', async () => !(await copy.staffActiveAt(staffId, schoolId)));
      expect(await finance.dataSource.getRepository(HandledEvent).count()).toBe(4);
    });
  },
);
