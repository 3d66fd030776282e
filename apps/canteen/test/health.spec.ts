/**
 * Canteen staff health (健康证, 晨检): the canteen manager keeps the roster of the canteen's staff (a
 * cook needs no login account), records their health certificates, and checks each of them every
 * working morning. Only people who passed today may go on a duty list; an expired certificate never
 * passes; a morning check is never edited or deleted; the daily job tells the canteen manager, once,
 * which certificates are expiring or expired.
 */
import { graphql } from 'graphql';
import pino from 'pino';
import { Viewer } from '@houqin/auth';
import { shiftDate } from '@houqin/common';
import { envelopeOf, OutboxEvent } from '@houqin/events';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { Scheduler } from '@houqin/scheduler';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import type { CanteenContext } from '../src/context';
import { certificateExpiryJob } from '../src/health/certificate-expiry.job';
import { HealthService } from '../src/health/health.service';
import { createCanteenSubgraph } from '../src/subgraph';
import {
  call,
  canteenOf,
  type CanteenFixture,
  expectBadInput,
  expectCode,
  expectNoWrites,
  SCHOOL_A,
  staffOf,
  startCanteen,
  TEST_NOW,
  TEST_TODAY,
  type TestSubgraph,
  UNKNOWN_ID,
  V,
} from './support';

jest.setTimeout(60000);

let sub: TestSubgraph;
let canteen: CanteenFixture;
/** Roster entries by the test's name for the person. */
const roster: Record<string, { id: string; version: number }> = {};

const COOK = staffOf('A', 'COOK');
const CLEANER = staffOf('A', 'CLEANER');
const STOREKEEPER = staffOf('A', 'STOREKEEPER');
const MANAGER = staffOf('A', 'CANTEEN_MANAGER');
const TEACHER = staffOf('A', 'TEACHER');
const TEACHER_B = staffOf('B', 'TEACHER');

const ADD =
  'mutation($input: AddCanteenStaffInput!) { addCanteenStaff(input: $input) { id canteenId staffId post joinedOn leftOn version } }';
const REMOVE = 'mutation($input: RemoveCanteenStaffInput!) { removeCanteenStaff(input: $input) { id leftOn version } }';
const CERTIFICATE =
  'mutation($input: RecordHealthCertificateInput!) { recordHealthCertificate(input: $input) { id staffId number issuedOn expiresOn state schoolId } }';
const CHECK = `mutation($input: RecordMorningCheckInput!) {
  recordMorningCheck(input: $input) { id staffId checkedOn temperature temperatureTenths symptoms passed failures certificateId } }`;
const ROSTER = `query($canteenId: ID!, $includeLeft: Boolean) { canteenStaff(filter: { canteenId: $canteenId, includeLeft: $includeLeft }) {
  nodes { staffId post leftOn healthCertificate { number state } morningCheckToday { passed temperature } } } }`;
const STAFF_HEALTH = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Staff { id
  canteenHealthCertificate { number expiresOn state } morningCheckToday { passed failures temperature } } } }`;

interface TypeRef {
  name: string | null;
  ofType?: TypeRef | null;
}

interface CheckOut {
  id: string;
  staffId: string;
  checkedOn: string;
  temperature: string;
  temperatureTenths: number;
  symptoms: string[];
  passed: boolean;
  failures: string[];
  certificateId: string | null;
}

const add = (as: typeof V.canteen, input: Record<string, unknown>) => sub.as(as).request(ADD, { input });
const certify = (as: typeof V.canteen, input: Record<string, unknown>) => sub.as(as).request(CERTIFICATE, { input });
const check = (as: typeof V.canteen, input: Record<string, unknown>) => sub.as(as).request(CHECK, { input });
const checkInput = (staffId: string, temperature: string, symptoms: string[] = []) => ({
  canteenId: canteen.id,
  staffId,
  temperature,
  symptoms,
});

beforeAll(async () => {
  sub = await startCanteen();
  canteen = await canteenOf(sub, 'A');
});
afterAll(() => sub?.stop());

describe('the canteen staff roster (食堂从业人员)', () => {
  it('the canteen manager puts the cook (who has no account), the cleaner, the storekeeper and themself on the roster', async () => {
    for (const [name, staffId, post] of [
      ['cook', COOK, 'COOK'],
      ['cleaner', CLEANER, 'CLEANER'],
      ['storekeeper', STOREKEEPER, 'STOREKEEPER'],
      ['manager', MANAGER, 'MANAGER'],
    ]) {
      const { addCanteenStaff } = await call<{ addCanteenStaff: { id: string; version: number; joinedOn: string; leftOn: null } }>(
        sub,
        V.canteen,
        ADD,
        { input: { canteenId: canteen.id, staffId, post } },
      );
      expect(addCanteenStaff).toMatchObject({ joinedOn: TEST_TODAY, leftOn: null });
      roster[name] = addCanteenStaff;
    }
  });

  it('refuses someone of another school and someone already on the roster, naming staffId, writing nothing', async () => {
    expectBadInput(
      await expectNoWrites(sub, () => add(V.canteen, { canteenId: canteen.id, staffId: TEACHER_B, post: 'HELPER' })),
      'staffId',
    );
    expectBadInput(
      await expectNoWrites(sub, () => add(V.canteen, { canteenId: canteen.id, staffId: UNKNOWN_ID, post: 'HELPER' })),
      'staffId',
    );
    expectBadInput(await expectNoWrites(sub, () => add(V.canteen, { canteenId: canteen.id, staffId: COOK, post: 'COOK' })), 'staffId');
  });

  it('the principal may not change the roster (FORBIDDEN before the input is looked at); another school’s manager finds no canteen', async () => {
    expectCode(
      await expectNoWrites(sub, () => add(V.principal, { canteenId: canteen.id, staffId: 'not-an-id', post: 'COOK' })),
      'FORBIDDEN',
    );
    expectCode(await expectNoWrites(sub, () => add(V.canteenB, { canteenId: canteen.id, staffId: TEACHER, post: 'HELPER' })), 'NOT_FOUND');
  });

  it('someone who leaves is taken off from a day on and can be put back; the row stays', async () => {
    const added = await call<{ addCanteenStaff: { id: string; version: number } }>(sub, V.canteen, ADD, {
      input: { canteenId: canteen.id, staffId: TEACHER, post: 'HELPER', joinedOn: shiftDate(TEST_TODAY, -30) },
    });
    const { removeCanteenStaff } = await call<{ removeCanteenStaff: { leftOn: string; version: number } }>(sub, V.canteen, REMOVE, {
      input: { id: added.addCanteenStaff.id, version: added.addCanteenStaff.version, leftOn: shiftDate(TEST_TODAY, -1) },
    });
    expect(removeCanteenStaff).toMatchObject({ leftOn: shiftDate(TEST_TODAY, -1), version: added.addCanteenStaff.version + 1 });
    // A stale version is a CONFLICT (and they have left anyway).
    expectCode(
      await expectNoWrites(sub, () =>
        sub.as(V.canteen).request(REMOVE, { input: { id: added.addCanteenStaff.id, version: added.addCanteenStaff.version } }),
      ),
      'CONFLICT',
    );
    const now = await call<{ canteenStaff: { nodes: { staffId: string }[] } }>(sub, V.canteen, ROSTER, { canteenId: canteen.id });
    expect(now.canteenStaff.nodes.map((n) => n.staffId).sort()).toEqual([COOK, CLEANER, STOREKEEPER, MANAGER].sort());
    const all = await call<{ canteenStaff: { nodes: { staffId: string }[] } }>(sub, V.canteen, ROSTER, {
      canteenId: canteen.id,
      includeLeft: true,
    });
    expect(all.canteenStaff.nodes.map((n) => n.staffId)).toContain(TEACHER);
  });
});

describe('health certificates (健康证)', () => {
  it('records the cook’s (valid), the cleaner’s (expiring in 15 days) and the storekeeper’s (expired two weeks ago)', async () => {
    const recorded = [];
    for (const [staffId, number, issuedOn, expiresOn] of [
      [COOK, 'JK-2026-0001', '2026-09-30', '2027-09-29'],
      [CLEANER, 'JK-2025-0417', '2025-12-02', '2026-12-01'],
      [STOREKEEPER, 'JK-2025-0388', '2025-11-01', '2026-10-31'],
    ])
      recorded.push(
        (
          await call<{ recordHealthCertificate: { state: string; number: string } }>(sub, V.canteen, CERTIFICATE, {
            input: { canteenId: canteen.id, staffId, number, issuedOn, expiresOn },
          })
        ).recordHealthCertificate,
      );
    expect(recorded.map((c) => [c.number, c.state])).toEqual([
      ['JK-2026-0001', 'VALID'],
      ['JK-2025-0417', 'EXPIRING'],
      ['JK-2025-0388', 'EXPIRED'],
    ]);
  });

  it('refuses an expiry before the issue, an issue in the future, someone off the roster and a repeated number, writing nothing', async () => {
    const input = { canteenId: canteen.id, staffId: MANAGER, number: 'JK-2026-0999', issuedOn: '2026-11-01', expiresOn: '2027-10-31' };
    expectBadInput(await expectNoWrites(sub, () => certify(V.canteen, { ...input, expiresOn: '2026-10-31' })), 'expiresOn');
    expectBadInput(await expectNoWrites(sub, () => certify(V.canteen, { ...input, issuedOn: '2026-11-17' })), 'issuedOn');
    expectBadInput(await expectNoWrites(sub, () => certify(V.canteen, { ...input, staffId: TEACHER })), 'staffId');
    expectBadInput(await expectNoWrites(sub, () => certify(V.canteen, { ...input, staffId: COOK, number: 'jk-2026-0001' })), 'number');
    expectCode(await expectNoWrites(sub, () => certify(V.storekeeper, input)), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => certify(V.canteenB, input)), 'NOT_FOUND');
  });
});

describe('morning checks (晨检)', () => {
  it('the cook at 36.5 ℃ with no symptom passes', async () => {
    const { recordMorningCheck } = await call<{ recordMorningCheck: CheckOut }>(sub, V.canteen, CHECK, { input: checkInput(COOK, '36.5') });
    expect(recordMorningCheck).toMatchObject({
      checkedOn: TEST_TODAY,
      temperature: '36.5',
      temperatureTenths: 365,
      passed: true,
      failures: [],
    });
    expect(recordMorningCheck.certificateId).not.toBeNull();
  });

  it('a cleaner at 38.2 ℃ fails; so does the storekeeper, well but with an expired certificate', async () => {
    const fever = await call<{ recordMorningCheck: CheckOut }>(sub, V.canteen, CHECK, { input: checkInput(CLEANER, '38.2', ['FEVER']) });
    expect(fever.recordMorningCheck).toMatchObject({ passed: false, failures: ['TEMPERATURE', 'SYMPTOM'], temperatureTenths: 382 });
    const expired = await call<{ recordMorningCheck: CheckOut }>(sub, V.canteen, CHECK, { input: checkInput(STOREKEEPER, '36.4') });
    expect(expired.recordMorningCheck).toMatchObject({ passed: false, failures: ['CERTIFICATE_EXPIRED'] });
  });

  it('the manager, without any certificate, fails with a hand wound too', async () => {
    const { recordMorningCheck } = await call<{ recordMorningCheck: CheckOut }>(sub, V.canteen, CHECK, {
      input: checkInput(MANAGER, '36.6', ['HAND_WOUND_OR_INFECTION']),
    });
    expect(recordMorningCheck).toMatchObject({ passed: false, failures: ['SYMPTOM', 'NO_CERTIFICATE'], certificateId: null });
  });

  it('only those who passed today may go on a duty list (ctx.health.passedOn)', async () => {
    const health = new HealthService({ dataSource: sub.dataSource, viewer: null } as unknown as CanteenContext);
    const passed = await health.passedOn(sub.dataSource.manager, canteen.id, [COOK, CLEANER, STOREKEEPER, MANAGER, TEACHER], TEST_TODAY);
    expect([...passed]).toEqual([COOK]);
    expect([...(await health.passedOn(sub.dataSource.manager, canteen.id, [COOK], shiftDate(TEST_TODAY, -1)))]).toEqual([]);
  });

  it('refuses a morning check for someone not in the canteen staff (even one who left), naming staffId, writing nothing', async () => {
    expectBadInput(await expectNoWrites(sub, () => check(V.canteen, checkInput(TEACHER, '36.5'))), 'staffId');
    expectBadInput(await expectNoWrites(sub, () => check(V.canteen, checkInput(UNKNOWN_ID, '36.5'))), 'staffId');
  });

  it('refuses an unreadable temperature, naming the field, writing nothing', async () => {
    for (const bad of ['36.55', '365', '50', 'hot'])
      expectBadInput(await expectNoWrites(sub, () => check(V.canteen, checkInput(COOK, bad))), 'temperature');
  });

  it('a check is never edited: a second one for the cook today is a CONFLICT and writes nothing', async () => {
    expectCode(await expectNoWrites(sub, () => check(V.canteen, checkInput(COOK, '38.0'))), 'CONFLICT');
    // And no mutation but recording answers a morning check: none edits or deletes one.
    const { __schema } = await call<{ __schema: { mutationType: { fields: { name: string; type: TypeRef }[] } } }>(
      sub,
      V.canteen,
      '{ __schema { mutationType { fields { name type { name ofType { name ofType { name } } } } } } }',
    );
    const named = (t: TypeRef | null): string | null => (t ? (t.name ?? named(t.ofType ?? null)) : null);
    expect(__schema.mutationType.fields.filter((f) => named(f.type) === 'MorningCheck').map((f) => f.name)).toEqual(['recordMorningCheck']);
  });

  it('the principal may not check (FORBIDDEN before the input is looked at); another school’s manager finds no canteen', async () => {
    expectCode(await expectNoWrites(sub, () => check(V.principal, checkInput(COOK, 'hot'))), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => check(V.canteenB, checkInput(COOK, '36.5'))), 'NOT_FOUND');
    expectCode(await expectNoWrites(sub, () => check(V.canteen, { ...checkInput(COOK, '36.5'), canteenId: UNKNOWN_ID })), 'NOT_FOUND');
  });

  it('leaders read the roster with each person’s certificate and today’s check; a teacher sees none of it', async () => {
    const { canteenStaff } = await call<{
      canteenStaff: {
        nodes: {
          staffId: string;
          healthCertificate: { state: string } | null;
          morningCheckToday: { passed: boolean; temperature: string } | null;
        }[];
      };
    }>(sub, V.principal, ROSTER, { canteenId: canteen.id });
    const byStaff = new Map(canteenStaff.nodes.map((n) => [n.staffId, n]));
    expect(byStaff.get(COOK)).toMatchObject({
      healthCertificate: { state: 'VALID' },
      morningCheckToday: { passed: true, temperature: '36.5' },
    });
    expect(byStaff.get(CLEANER)).toMatchObject({ healthCertificate: { state: 'EXPIRING' }, morningCheckToday: { passed: false } });
    expect(byStaff.get(MANAGER)).toMatchObject({ healthCertificate: null });
    const teacher = await call<{ canteenStaff: { nodes: unknown[] } }>(sub, V.teacher, ROSTER, { canteenId: canteen.id });
    expect(teacher.canteenStaff.nodes).toEqual([]);
  });

  it('Staff.canteenHealthCertificate and Staff.morningCheckToday, batched over a page of staff', async () => {
    const reps = [COOK, STOREKEEPER, TEACHER].map((id) => ({ __typename: 'Staff', id }));
    const { _entities } = await call<{ _entities: { id: string; canteenHealthCertificate: unknown; morningCheckToday: unknown }[] }>(
      sub,
      V.director,
      STAFF_HEALTH,
      { reps },
    );
    expect(_entities).toEqual([
      {
        id: COOK,
        canteenHealthCertificate: { number: 'JK-2026-0001', expiresOn: '2027-09-29', state: 'VALID' },
        morningCheckToday: { passed: true, failures: [], temperature: '36.5' },
      },
      {
        id: STOREKEEPER,
        canteenHealthCertificate: { number: 'JK-2025-0388', expiresOn: '2026-10-31', state: 'EXPIRED' },
        morningCheckToday: { passed: false, failures: ['CERTIFICATE_EXPIRED'], temperature: '36.4' },
      },
      { id: TEACHER, canteenHealthCertificate: null, morningCheckToday: null },
    ]);
    // A teacher of the school reads nothing of it.
    const teacher = await call<{ _entities: { canteenHealthCertificate: unknown; morningCheckToday: unknown }[] }>(
      sub,
      V.teacher,
      STAFF_HEALTH,
      {
        reps,
      },
    );
    expect(teacher._entities.every((s) => s.canteenHealthCertificate === null && s.morningCheckToday === null)).toBe(true);
  });

  it('the Staff fields cost the same few statements for one staff member as for a page of them', async () => {
    const definition = createCanteenSubgraph({ now: TEST_NOW });
    const { schema } = await buildFederatedSchema(definition);
    const statements = (ids: string[]) =>
      withSqlStats(async () => {
        const contextValue = definition.createContext({
          viewer: new Viewer(V.director),
          requestId: 't',
          logger: pino({ level: 'silent' }),
          dataSource: sub.dataSource,
        });
        const result = await graphql({
          schema,
          source: STAFF_HEALTH,
          variableValues: { reps: ids.map((id) => ({ __typename: 'Staff', id })) },
          contextValue,
        });
        expect(result.errors).toBeUndefined();
        return currentSqlStats()!.statements;
      });
    const one = await statements([COOK]);
    expect(await statements([COOK, CLEANER, STOREKEEPER, MANAGER, TEACHER])).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });

  it('lists a canteen’s failed checks of today for the director', async () => {
    const { morningChecks } = await call<{ morningChecks: { nodes: { staffId: string }[] } }>(
      sub,
      V.director,
      'query($f: MorningCheckFilter!) { morningChecks(filter: $f) { nodes { staffId } } }',
      { f: { canteenId: canteen.id, from: TEST_TODAY, to: TEST_TODAY, passed: false } },
    );
    expect(morningChecks.nodes.map((n) => n.staffId).sort()).toEqual([CLEANER, STOREKEEPER, MANAGER].sort());
  });
});

describe('the certificate-expiry job (canteen.certificateExpiry)', () => {
  const silent = pino({ level: 'silent' });
  const morningOf = (day: string) => new Date(`${day}T07:05:00+08:00`);

  async function announced(): Promise<
    { staffId: string; state: string; daysLeft: number; canteenIds: string[]; schoolId: string | null }[]
  > {
    const rows = await sub.dataSource.getRepository(OutboxEvent).find({ where: { type: 'canteen.certificate.expiring' } });
    return rows
      .map(
        (row) =>
          envelopeOf(row) as {
            schoolId: string | null;
            occurredAt: string;
            payload: { staffId: string; state: string; daysLeft: number; canteenIds: string[] };
          },
      )
      .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.payload.staffId.localeCompare(b.payload.staffId))
      .map((e) => ({ ...e.payload, schoolId: e.schoolId }))
      .map(({ staffId, state, daysLeft, canteenIds, schoolId }) => ({ staffId, state, daysLeft, canteenIds, schoolId }));
  }

  it('announces each certificate once per state: the cleaner’s as expiring, the storekeeper’s as expired, then the cleaner’s as expired', async () => {
    const scheduler = new Scheduler({ dataSource: sub.dataSource, jobs: [certificateExpiryJob], logger: silent, replicaId: 'canteen-a' });
    const runs = await scheduler.runDue(morningOf(TEST_TODAY));
    expect(runs.map((r) => [r.job, r.error])).toEqual([['canteen.certificateExpiry', null]]);
    const first = [
      { staffId: CLEANER, state: 'EXPIRING', daysLeft: 15, canteenIds: [canteen.id], schoolId: SCHOOL_A },
      { staffId: STOREKEEPER, state: 'EXPIRED', daysLeft: -16, canteenIds: [canteen.id], schoolId: SCHOOL_A },
    ].sort((a, b) => a.staffId.localeCompare(b.staffId));
    expect(await announced()).toEqual(first);

    // The next mornings announce nothing new, until the cleaner's certificate runs out.
    for (let n = 1; n <= 15; n++) await scheduler.runDue(morningOf(shiftDate(TEST_TODAY, n)));
    expect(await announced()).toEqual(first);
    await scheduler.runDue(morningOf(shiftDate(TEST_TODAY, 16)));
    expect(await announced()).toEqual([
      ...first,
      { staffId: CLEANER, state: 'EXPIRED', daysLeft: -1, canteenIds: [canteen.id], schoolId: SCHOOL_A },
    ]);
    // Run by hand again the same morning: nothing twice.
    await certificateExpiryJob.run({
      manager: sub.dataSource.manager,
      tick: morningOf(shiftDate(TEST_TODAY, 16)),
      now: morningOf(shiftDate(TEST_TODAY, 16)),
      logger: silent,
    });
    expect(await announced()).toHaveLength(3);
  });

  it("follows the district's notice days: a certificate 40 days from expiry is news once the district gives 45 days' notice", async () => {
    const scheduler = new Scheduler({ dataSource: sub.dataSource, jobs: [certificateExpiryJob], logger: silent, replicaId: 'canteen-b' });
    await call(sub, V.canteen, CERTIFICATE, {
      input: {
        canteenId: canteen.id,
        staffId: MANAGER,
        number: 'JK-2025-1226',
        issuedOn: '2025-12-27',
        expiresOn: shiftDate(TEST_TODAY, 57),
      },
    });
    await scheduler.runDue(morningOf(shiftDate(TEST_TODAY, 17)));
    expect((await announced()).filter((a) => a.staffId === MANAGER)).toEqual([]);
    const { canteenSettings } = await call<{ canteenSettings: { version: number } }>(sub, V.admin, '{ canteenSettings { version } }');
    await call(
      sub,
      V.admin,
      'mutation($input: UpdateCanteenSettingsInput!) { updateCanteenSettings(input: $input) { certificateNoticeDays } }',
      {
        input: { version: canteenSettings.version, certificateNoticeDays: 45 },
      },
    );
    await scheduler.runDue(morningOf(shiftDate(TEST_TODAY, 18)));
    expect((await announced()).filter((a) => a.staffId === MANAGER)).toEqual([
      { staffId: MANAGER, state: 'EXPIRING', daysLeft: 39, canteenIds: [canteen.id], schoolId: SCHOOL_A },
    ]);
  });
});
