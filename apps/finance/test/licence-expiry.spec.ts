/**
 * The licence-expiry job (docs/scheduler.md): every morning at 07:00 in Asia/Shanghai finance tells
 * the district which food licences (食品经营许可证) expire within 30 days and which have expired,
 * once per supplier, licence and state. The test moves the scheduler's clock day by day; two replicas
 * race for every morning's tick.
 */
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { shiftDate } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { envelopeOf, type EventEnvelope, financeEvents, OutboxEvent } from '@houqin/events';
import { createDataSource } from '@houqin/persistence';
import { JobRun, Scheduler } from '@houqin/scheduler';
import { ok, testStorage, type TestSubgraph } from '@houqin/testing';
import { financeMigrations } from '../src/migrations';
import { financeEntities } from '../src/subgraph';
import { licenceExpiryJob } from '../src/supplier/licence-expiry.job';
import { Finance, startFinance, V } from './support';

const silent = pino({ level: 'silent' });
const DAY0 = '2026-03-02';
const day = (n: number) => shiftDate(DAY0, n);
/** A few minutes past the job's 07:00 tick (Asia/Shanghai) on day n. */
const morningOf = (n: number) => new Date(`${day(n)}T07:05:00+08:00`);

interface Announced {
  day: number;
  supplier: string;
  state: string;
  daysLeft: number;
}

let sub: TestSubgraph;
let f: Finance;
let otherReplicaDataSource: DataSource;
let replicas: Scheduler[];
/** Supplier ids by the name the test gives them. */
const S: Record<string, string> = {};

/** The licence events of the test's suppliers, oldest first. */
async function licenceEvents(): Promise<EventEnvelope<{ supplierId: string; state: string; daysLeft: number }>[]> {
  const rows = await sub.dataSource.getRepository(OutboxEvent).find({ where: { type: financeEvents.supplierLicenceExpiring.type } });
  const ours = new Set(Object.values(S));
  return rows
    .map((row) => envelopeOf(row) as EventEnvelope<{ supplierId: string; state: string; daysLeft: number }>)
    .filter((e) => ours.has(e.payload.supplierId))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
}

/** What was announced, as (day of the tick, supplier name, state, days left), in that order. */
async function announced(): Promise<Announced[]> {
  const names = new Map(Object.entries(S).map(([name, id]) => [id, name]));
  const byDay = (occurredAt: string) => Math.round((Date.parse(occurredAt) - Date.parse(`${DAY0}T07:00:00+08:00`)) / 86_400_000);
  return (await licenceEvents())
    .map((e) => ({
      day: byDay(e.occurredAt),
      supplier: names.get(e.payload.supplierId)!,
      state: e.payload.state,
      daysLeft: e.payload.daysLeft,
    }))
    .sort((a, b) => a.day - b.day || a.supplier.localeCompare(b.supplier));
}

/** Both replicas wake on the morning of day n at once; then one wakes again (the tick is taken: nothing runs). */
async function morning(n: number): Promise<void> {
  const runs = (await Promise.all(replicas.map((r) => r.runDue(morningOf(n))))).flat();
  expect(runs.map((r) => [r.job, r.error])).toEqual([['finance.licenceExpiry', null]]);
  expect(await replicas[1].runDue(morningOf(n))).toEqual([]);
}

async function updateSupplier(id: string, changes: Record<string, unknown>): Promise<void> {
  const { supplier } = await f.ok<{ supplier: { version: number } }>(V.admin, 'query($id: ID!) { supplier(id: $id) { version } }', { id });
  ok(
    await f.request(V.admin, 'mutation($input: UpdateSupplierInput!) { updateSupplier(input: $input) { id } }', {
      input: { id, version: supplier.version, ...changes },
    }),
  );
}

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  // A second replica: its own connection pool on MariaDB; the one data source of the process on the embedded database.
  otherReplicaDataSource =
    testStorage().kind === 'mysql'
      ? await (
          await createDataSource({
            service: 'finance',
            databaseUrl: sub.database.databaseUrl,
            dataDir: sub.database.dataDir,
            entities: financeEntities,
            migrations: financeMigrations,
            logger: silent,
          })
        ).initialize()
      : sub.dataSource;
  replicas = [
    new Scheduler({ dataSource: sub.dataSource, jobs: [licenceExpiryJob], logger: silent, replicaId: 'finance-a' }),
    new Scheduler({ dataSource: otherReplicaDataSource, jobs: [licenceExpiryJob], logger: silent, replicaId: 'finance-b' }),
  ];
  S.in40 = await f.supplier({ food: true, licenceExpiresOn: day(40), name: 'In forty days' });
  S.in30 = await f.supplier({ food: true, licenceExpiresOn: day(30), name: 'In thirty days' });
  S.in5 = await f.supplier({ food: true, licenceExpiresOn: day(5), name: 'In five days' });
  S.expired = await f.supplier({ food: true, licenceExpiresOn: day(-1), name: 'Expired yesterday' });
  S.suspended = await f.supplier({ food: true, licenceExpiresOn: day(10), name: 'Suspended' });
  S.notFood = await f.supplier({ name: 'Office supplies' });
  await updateSupplier(S.suspended, { status: 'SUSPENDED' });
});

afterAll(async () => {
  if (otherReplicaDataSource && otherReplicaDataSource !== sub?.dataSource) await otherReplicaDataSource.destroy();
  await sub?.stop();
});

describe('finance.licenceExpiry', () => {
  it('announces each food licence once as expiring (30 days ahead) and once as expired, on the right morning, whichever replica runs it', async () => {
    for (let n = 0; n <= 45; n++) await morning(n);

    expect(await announced()).toEqual([
      { day: 0, supplier: 'expired', state: 'EXPIRED', daysLeft: -1 },
      { day: 0, supplier: 'in30', state: 'EXPIRING', daysLeft: 30 },
      { day: 0, supplier: 'in5', state: 'EXPIRING', daysLeft: 5 },
      { day: 6, supplier: 'in5', state: 'EXPIRED', daysLeft: -1 },
      { day: 10, supplier: 'in40', state: 'EXPIRING', daysLeft: 30 },
      { day: 31, supplier: 'in30', state: 'EXPIRED', daysLeft: -1 },
      { day: 41, supplier: 'in40', state: 'EXPIRED', daysLeft: -1 },
    ]);
    // One lease per morning, each held by one of the two replicas.
    const runs = await sub.dataSource.getRepository(JobRun).find({ where: { jobName: 'finance.licenceExpiry' } });
    expect(runs).toHaveLength(46);
    expect(runs.every((r) => ['finance-a', 'finance-b'].includes(r.replicaId) && r.finishedAt && r.error === null)).toBe(true);

    const expired = (await licenceEvents()).find((e) => e.payload.supplierId === S.expired);
    expect(expired).toMatchObject({
      type: 'finance.supplier.licenceExpiring',
      version: 1,
      districtId: DEMO_DISTRICT.id,
      // A district-wide fact about the register, told by the system.
      schoolId: null,
      actor: null,
      occurredAt: new Date(`${DAY0}T07:00:00+08:00`).toISOString(),
      payload: {
        supplierId: S.expired,
        name: 'Expired yesterday',
        foodLicenceNumber: expect.stringMatching(/^JY\d{12}$/),
        expiresOn: day(-1),
      },
    });
  });

  it('announces nothing again when a morning is run by hand once more (a rerun) or caught up late', async () => {
    const before = await announced();
    const tick = new Date(`${day(41)}T07:00:00+08:00`);
    await sub.dataSource.transaction((manager) => licenceExpiryJob.run({ manager, tick, now: tick, logger: silent }));
    // Both replicas down for a week: the morning they come back runs once, and finds nothing new.
    await morning(52);
    expect(await announced()).toEqual(before);
  });

  it('announces a renewed licence again when it nears its new expiry, and a reinstated supplier on the next morning', async () => {
    const before = (await announced()).length;
    // Day 53: the supplier whose licence ran out on day 5 shows a renewed one, valid for a year.
    await updateSupplier(S.in5, { foodLicenceExpiresOn: day(53 + 365) });
    // The suspended supplier is reinstated: its licence ran out on day 10.
    await updateSupplier(S.suspended, { status: 'ACTIVE' });
    await morning(54);
    await morning(53 + 334);
    await morning(53 + 335);
    await morning(53 + 336);
    expect((await announced()).slice(before)).toEqual([
      { day: 54, supplier: 'suspended', state: 'EXPIRED', daysLeft: -44 },
      { day: 53 + 335, supplier: 'in5', state: 'EXPIRING', daysLeft: 30 },
    ]);
  });

  // Two transactions at once need two connections: MariaDB only (the embedded database has one).
  (testStorage().kind === 'mysql' ? it : it.skip)(
    'announces once when a run by hand overlaps the scheduled one: the unique key decides',
    async () => {
      S.racing = await f.supplier({ food: true, licenceExpiresOn: day(400), name: 'Racing' });
      const before = (await announced()).length;
      const tick = new Date(`${day(390)}T07:00:00+08:00`);
      await Promise.all(
        [sub.dataSource, otherReplicaDataSource].map((source) =>
          source.transaction((manager) => licenceExpiryJob.run({ manager, tick, now: tick, logger: silent })),
        ),
      );
      expect((await announced()).slice(before)).toEqual([{ day: 390, supplier: 'racing', state: 'EXPIRING', daysLeft: 10 }]);
    },
  );
});
