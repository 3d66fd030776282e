/**
 * Preventive maintenance (预防性维护): the director puts the lift on the statutory 15-day schedule; the
 * hourly job opens its work order two days ahead, once; the electrician records the checklist and
 * finishes it; the final account closes it and the due day is done on time. A water tank cleaned every
 * six months from its last cleaning gets its next due day from the completion. The standby generator,
 * serviced every 250 running hours, opens when its hour meter comes near and counts on from the
 * service's reading. Bad schedules are refused on their field and write nothing.
 */
import pino from 'pino';
import { envelopeOf, EventConsumer, OutboxEvent } from '@houqin/events';
import { expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { facilitiesConsumer } from '../src/events/facilities.consumer';
import { MaintenanceOccurrence, MaintenanceSchedule } from '../src/maintenance/maintenance.entity';
import { maintenanceOpeningJob } from '../src/maintenance/maintenance.job';
import { placeOf, type PlaceFixture } from './place-fixtures';
import { SCHOOL_A, startFacilities, TEST_NOW, TEST_TODAY, V } from './support';
import { shiftDate } from '@houqin/common';

jest.setTimeout(60_000);

let clock = TEST_NOW();
let sub: TestSubgraph;
let placeA: PlaceFixture;
let placeB: PlaceFixture;
beforeAll(async () => {
  sub = await startFacilities({ now: () => clock });
  placeA = await placeOf(sub, 'A');
  placeB = await placeOf(sub, 'B');
}, 60_000);
afterAll(() => sub?.stop());

type Who = keyof typeof V;
const request = (who: Who, query: string, variables?: Record<string, unknown>) => sub.as(V[who]).request(query, variables);
const CREATE = `mutation($input: CreateMaintenanceScheduleInput!) { createMaintenanceSchedule(input: $input) {
  id title templateCode frequency interval basis rule startsOn leadDays nextDueOn lastCompletedOn active version checklist { label kind } } }`;
const ORDER = 'id status source sourceRef dueAt version priority';
const step = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { ${ORDER} } }`;
const openAt = (iso: string) =>
  sub.dataSource.transaction((manager) =>
    maintenanceOpeningJob.run({ manager, tick: new Date(iso), now: new Date(iso), logger: pino({ level: 'silent' }) }),
  );
const deliverClosed = async () => {
  const consumer = new EventConsumer(facilitiesConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) });
  for (const row of await sub.dataSource.getRepository(OutboxEvent).find({ where: { type: 'facilities.workOrder.closed' } }))
    await consumer.handle(envelopeOf(row));
};
const pmOrdersOf = async (scheduleId: string) => {
  const occurrences = await sub.dataSource.getRepository(MaintenanceOccurrence).findBy({ scheduleId });
  return occurrences;
};

describe('the lift, every 15 days (电梯半月维保)', () => {
  it('opens its work order two days ahead, once; finished with its checklist and accounted, the due day is done on time', async () => {
    const lift = ok<{ createMaintenanceSchedule: { id: string; nextDueOn: string; rule: string; checklist: unknown[] } }>(
      await request('director', CREATE, {
        input: {
          schoolId: SCHOOL_A,
          templateCode: 'LIFT_15_DAYS',
          title: '1号电梯维护保养',
          roomId: placeA.rooms.OFFICE,
          startsOn: '2026-11-20',
        },
      }),
    ).createMaintenanceSchedule;
    expect(lift).toMatchObject({ nextDueOn: '2026-11-20', rule: 'FREQ=DAILY;INTERVAL=15' });
    expect(lift.checklist).toHaveLength(5);

    await openAt('2026-11-17T09:00:00+08:00'); // three days ahead: not yet
    expect(await pmOrdersOf(lift.id)).toEqual([]);
    await openAt('2026-11-18T09:00:00+08:00');
    await openAt('2026-11-18T10:00:00+08:00'); // the next hour, or another replica: nothing twice
    const [occurrence] = await pmOrdersOf(lift.id);
    expect(await pmOrdersOf(lift.id)).toHaveLength(1);
    expect(occurrence.dueOn).toBe('2026-11-20');
    expect((await sub.dataSource.getRepository(MaintenanceSchedule).findOneByOrFail({ id: lift.id })).nextDueOn).toBe('2026-12-05');

    let order = ok<{ workOrder: { id: string; status: string; source: string; dueAt: string; version: number } }>(
      await request('director', `query($id: ID!) { workOrder(id: $id) { ${ORDER} } }`, { id: occurrence.workOrderId }),
    ).workOrder;
    expect(order).toMatchObject({ status: 'APPROVED', source: 'PM', dueAt: '2026-11-20T16:00:00.000Z' });
    const link = ok<{ workOrder: { maintenanceOccurrence: { dueOn: string; schedule: { id: string; checklist: unknown[] } } } }>(
      await request(
        'maintenance',
        `query($id: ID!) { workOrder(id: $id) { maintenanceOccurrence { dueOn schedule { id checklist { label } } } } }`,
        {
          id: order.id,
        },
      ),
    ).workOrder.maintenanceOccurrence;
    expect(link).toMatchObject({ dueOn: '2026-11-20', schedule: { id: lift.id } });
    expect(link.schedule.checklist).toHaveLength(5);
    const run = async (who: Who, name: string, type: string, input: Record<string, unknown> = {}) =>
      (order = ok<Record<string, typeof order>>(
        await request(who, step(name, type), { input: { id: order.id, version: order.version, ...input } }),
      )[name]);
    await run('director', 'assignWorkOrder', 'AssignWorkOrderInput', { staffIds: [V.maintenance.staffId] });
    await run('maintenance', 'startWorkOrder', 'WorkOrderStepInput');
    // Not finished without its checklist; a checklist answered short or wrongly is refused on its item.
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('maintenance', step('finishWorkOrder', 'WorkOrderStepInput'), { input: { id: order.id, version: order.version } }),
      ),
      'id',
    );
    const CHECKLIST = `mutation($input: RecordMaintenanceChecklistInput!) { recordMaintenanceChecklist(input: $input) { dueOn checklistAnswers { item passed value } } }`;
    const good = [{ passed: true }, { passed: true }, { passed: true }, { passed: true }, { value: '4' }];
    expectBadInput(
      await expectNoWrites(sub, () => request('maintenance', CHECKLIST, { input: { workOrderId: order.id, answers: good.slice(0, 4) } })),
      'answers',
    );
    expectBadInput(
      await expectNoWrites(sub, () =>
        request('maintenance', CHECKLIST, { input: { workOrderId: order.id, answers: [...good.slice(0, 4), { value: 'level' }] } }),
      ),
      'answers.4.value',
    );
    expectCode(
      await expectNoWrites(sub, () => request('teacher', CHECKLIST, { input: { workOrderId: order.id, answers: good } })),
      'FORBIDDEN',
    );
    const recorded = ok<{ recordMaintenanceChecklist: { checklistAnswers: { passed: boolean }[] } }>(
      await request('maintenance', CHECKLIST, { input: { workOrderId: order.id, answers: [...good.slice(0, 4), { value: '22' }] } }),
    ).recordMaintenanceChecklist;
    expect(recorded.checklistAnswers.map((a) => a.passed)).toEqual([true, true, true, true, false]); // levelling 22 mm: out of ±15

    clock = new Date('2026-11-19T15:00:00+08:00');
    await run('maintenance', 'finishWorkOrder', 'WorkOrderStepInput');
    await run('director', 'accountWorkOrder', 'AccountWorkOrderInput', { labour: '200.00', materials: '0', contractor: '0' });
    expect(order.status).toBe('CLOSED'); // nobody reported it to rate it
    await deliverClosed();
    const [done] = await pmOrdersOf(lift.id);
    expect(done.completedOn).toBe('2026-11-19');
    const COMPLIANCE = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { maintenanceCompliance(from: "2026-11-01", to: "2026-11-30") { due onTime late open compliancePercent } } } }`;
    const compliance = ok<{ _entities: { maintenanceCompliance: Record<string, number> }[] }>(
      await request('auditor', COMPLIANCE, { reps: [{ __typename: 'School', id: SCHOOL_A }] }),
    )._entities[0].maintenanceCompliance;
    expect(compliance).toEqual({ due: 1, onTime: 1, late: 0, open: 0, compliancePercent: 100 });
    clock = TEST_NOW();
  });
});

describe('a water tank cleaned every six months from its last cleaning (二次供水水箱)', () => {
  it('gets its next due day from the completion, not from the plan', async () => {
    const tank = ok<{ createMaintenanceSchedule: { id: string; basis: string } }>(
      await request('director', CREATE, {
        input: { schoolId: SCHOOL_A, templateCode: 'WATER_TANK_HALF_YEARLY', buildingId: placeA.buildingId, startsOn: '2026-11-16' },
      }),
    ).createMaintenanceSchedule;
    expect(tank.basis).toBe('LAST_COMPLETION');
    await openAt('2026-11-16T09:00:00+08:00');
    expect((await sub.dataSource.getRepository(MaintenanceSchedule).findOneByOrFail({ id: tank.id })).nextDueOn).toBeNull();
    const [occurrence] = await pmOrdersOf(tank.id);
    let order = ok<{ workOrder: { id: string; version: number; status: string } }>(
      await request('director', `query($id: ID!) { workOrder(id: $id) { id version status } }`, { id: occurrence.workOrderId }),
    ).workOrder;
    const run = async (who: Who, name: string, type: string, input: Record<string, unknown> = {}) =>
      (order = ok<Record<string, typeof order>>(
        await request(who, `mutation($input: ${type}!) { ${name}(input: $input) { id version status } }`, {
          input: { id: order.id, version: order.version, ...input },
        }),
      )[name]);
    await run('director', 'assignWorkOrder', 'AssignWorkOrderInput', { staffIds: [V.maintenance.staffId] });
    await run('maintenance', 'startWorkOrder', 'WorkOrderStepInput');
    ok(
      await request(
        'maintenance',
        `mutation($input: RecordMaintenanceChecklistInput!) { recordMaintenanceChecklist(input: $input) { id } }`,
        {
          input: {
            workOrderId: order.id,
            answers: [{ passed: true }, { passed: true }, { value: '0.30' }, { photoRef: 'tank-report.jpg' }],
          },
        },
      ),
    );
    await run('maintenance', 'finishWorkOrder', 'WorkOrderStepInput');
    await run('director', 'accountWorkOrder', 'AccountWorkOrderInput', { labour: '300.00', materials: '50.00', contractor: '0' });
    await deliverClosed();
    expect((await sub.dataSource.getRepository(MaintenanceSchedule).findOneByOrFail({ id: tank.id })).nextDueOn).toBe('2027-05-16');
  });
});

describe('the standby generator, every 250 running hours (备用发电机, 按运行小时)', () => {
  const READING = `mutation($input: RecordMaintenanceMeterReadingInput!) { recordMaintenanceMeterReading(input: $input) {
    id meterReading nextDueReading meterReadAt } }`;
  const read = (who: Who, scheduleId: string, reading: string) => request(who, READING, { input: { scheduleId, reading } });

  it('opens once its hour meter comes within 10 hours of the due reading; the reading at the service sets the next', async () => {
    const generator = ok<{ createMaintenanceSchedule: Record<string, unknown> & { id: string } }>(
      await request(
        'director',
        CREATE.replace('checklist {', 'meterUnit meterInterval meterLead meterReading nextDueReading checklist {'),
        {
          input: {
            schoolId: SCHOOL_A,
            templateCode: 'GENERATOR_250_HOURS',
            buildingId: placeA.buildingId,
            startsOn: TEST_TODAY,
            meterReading: '1002',
          },
        },
      ),
    ).createMaintenanceSchedule;
    expect(generator).toMatchObject({
      basis: 'METER',
      frequency: null,
      interval: null,
      rule: null,
      nextDueOn: null,
      meterUnit: 'h',
      meterInterval: '250',
      meterLead: '10',
      meterReading: '1002',
      nextDueReading: '1252',
      leadDays: 7,
    });

    // The electrician reads the hour meter on his rounds; a reading below the last is refused and writes nothing.
    expect(
      ok<{ recordMaintenanceMeterReading: { meterReading: string } }>(await read('maintenance', generator.id, '1200'))
        .recordMaintenanceMeterReading,
    ).toMatchObject({ meterReading: '1200', nextDueReading: '1252' });
    expectBadInput(await expectNoWrites(sub, () => read('maintenance', generator.id, '1100')), 'reading');
    expectBadInput(await expectNoWrites(sub, () => read('maintenance', generator.id, '12 hours')), 'reading');
    expectCode(await expectNoWrites(sub, () => read('teacher', generator.id, '1300')), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => read('directorB', generator.id, '1300')), 'NOT_FOUND');
    await openAt(`${TEST_TODAY}T11:00:00+08:00`);
    expect(await pmOrdersOf(generator.id)).toEqual([]); // 1200 h: not within 10 h of 1252

    ok(await read('director', generator.id, '1243.5'));
    await openAt(`${TEST_TODAY}T12:00:00+08:00`);
    await openAt(`${TEST_TODAY}T13:00:00+08:00`); // the next hour, or another replica: nothing twice
    const occurrences = await pmOrdersOf(generator.id);
    expect(occurrences).toHaveLength(1);
    const [occurrence] = occurrences;
    expect(occurrence).toMatchObject({ dueOn: shiftDate(TEST_TODAY, 7), dueReadingThousandths: 1_252_000 });
    expect(
      (await sub.dataSource.getRepository(MaintenanceSchedule).findOneByOrFail({ id: generator.id })).nextDueReadingThousandths,
    ).toBeNull();

    let order = ok<{ workOrder: { id: string; version: number; status: string; title: string } }>(
      await request('director', `query($id: ID!) { workOrder(id: $id) { id version status title maintenanceOccurrence { dueReading } } }`, {
        id: occurrence.workOrderId,
      }),
    ).workOrder;
    expect(order).toMatchObject({
      status: 'APPROVED',
      title: expect.stringContaining('1252 h'),
      maintenanceOccurrence: { dueReading: '1252' },
    });
    const run = async (who: Who, name: string, type: string, input: Record<string, unknown> = {}) =>
      (order = ok<Record<string, typeof order>>(
        await request(who, `mutation($input: ${type}!) { ${name}(input: $input) { id version status title } }`, {
          input: { id: order.id, version: order.version, ...input },
        }),
      )[name]);
    await run('director', 'assignWorkOrder', 'AssignWorkOrderInput', { staffIds: [V.maintenance.staffId] });
    await run('maintenance', 'startWorkOrder', 'WorkOrderStepInput');
    const CHECKLIST = `mutation($input: RecordMaintenanceChecklistInput!) { recordMaintenanceChecklist(input: $input) { dueReading serviceReading } }`;
    const answers = [{ passed: true }, { passed: true }, { passed: true }, { value: '26.2' }, { passed: true }];
    const checklist = (meterReading?: string) =>
      request('maintenance', CHECKLIST, { input: { workOrderId: order.id, answers, meterReading } });
    expectBadInput(await expectNoWrites(sub, () => checklist()), 'meterReading'); // the hour meter is read at the service
    expectBadInput(await expectNoWrites(sub, () => checklist('1240')), 'meterReading'); // below the last reading
    expect(ok<{ recordMaintenanceChecklist: unknown }>(await checklist('1248.5')).recordMaintenanceChecklist).toEqual({
      dueReading: '1252',
      serviceReading: '1248.5',
    });
    await run('maintenance', 'finishWorkOrder', 'WorkOrderStepInput');
    await run('director', 'accountWorkOrder', 'AccountWorkOrderInput', { labour: '400.00', materials: '680.00', contractor: '0' });
    await deliverClosed();
    const after = ok<{ maintenanceSchedule: Record<string, string> }>(
      await request('maintenance', `query($id: ID!) { maintenanceSchedule(id: $id) { meterReading nextDueReading lastCompletedOn } }`, {
        id: generator.id,
      }),
    ).maintenanceSchedule;
    expect(after).toEqual({ meterReading: '1248.5', nextDueReading: '1498.5', lastCompletedOn: TEST_TODAY });
  });

  it('takes no meter reading on a calendar schedule', async () => {
    const lift = ok<{ createMaintenanceSchedule: { id: string } }>(
      await request('director', CREATE, {
        input: {
          schoolId: SCHOOL_A,
          templateCode: 'LIFT_15_DAYS',
          title: '2号电梯',
          buildingId: placeA.buildingId,
          startsOn: '2027-01-04',
        },
      }),
    ).createMaintenanceSchedule;
    expectBadInput(await expectNoWrites(sub, () => read('maintenance', lift.id, '10')), 'scheduleId');
  });
});

describe('bad schedules', () => {
  it('are refused on their field and write nothing; a teacher is FORBIDDEN before anything is looked at', async () => {
    const base = {
      schoolId: SCHOOL_A,
      title: '空调清洗',
      category: 'EQUIPMENT',
      frequency: 'MONTHLY',
      interval: 3,
      roomId: placeA.rooms.LAB,
      startsOn: '2026-12-01',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ interval: 0 }, 'interval'],
      [{ interval: null, frequency: null }, 'frequency'],
      [{ leadDays: 90 }, 'leadDays'],
      [{ templateCode: 'NO_SUCH' }, 'templateCode'],
      [{ roomId: placeB.rooms.LAB }, 'roomId'],
      [{ roomId: null }, 'assetId'],
      [{ checklist: [] }, 'checklist'],
      [{ checklist: [{ label: '压力', kind: 'NUMBER', min: '2', max: '1' }] }, 'checklist.0.max'],
      [{ startsOn: '2026-13-01' }, 'startsOn'],
      // By meter (METER): no calendar interval, a unit, an interval above 0, a lead below it and the reading now.
      [{ meterInterval: '250' }, 'meterInterval'],
      [{ basis: 'METER', meterUnit: 'h', meterInterval: '250', meterReading: '0' }, 'frequency'],
      [{ basis: 'METER', frequency: null, interval: null, meterUnit: 'h', meterReading: '0' }, 'meterInterval'],
      [{ basis: 'METER', frequency: null, interval: null, meterUnit: 'h', meterInterval: '-5', meterReading: '0' }, 'meterInterval'],
      [{ basis: 'METER', frequency: null, interval: null, meterInterval: '250', meterReading: '0' }, 'meterUnit'],
      [
        { basis: 'METER', frequency: null, interval: null, meterUnit: 'h', meterInterval: '250', meterLead: '250', meterReading: '0' },
        'meterLead',
      ],
      [{ basis: 'METER', frequency: null, interval: null, meterUnit: 'h', meterInterval: '250' }, 'meterReading'],
      [{ templateCode: 'GENERATOR_250_HOURS', frequency: null, interval: null, meterReading: 'lots' }, 'meterReading'],
    ];
    for (const [changes, field] of cases)
      expectBadInput(
        await expectNoWrites(sub, () =>
          request('director', CREATE, { input: { ...base, checklist: [{ label: '滤网', kind: 'PASS_FAIL' }], ...changes } }),
        ),
        field,
      );
    expectCode(await expectNoWrites(sub, () => request('teacher', CREATE, { input: { ...base, interval: 0 } })), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => request('directorB', CREATE, { input: base })), 'FORBIDDEN');
  });

  it('lists the statutory templates', async () => {
    const templates = ok<{ maintenanceTemplates: { code: string; rule: string }[] }>(
      await request('teacher', '{ maintenanceTemplates { code rule } }'),
    ).maintenanceTemplates;
    expect(templates).toEqual(
      expect.arrayContaining([
        { code: 'LIFT_15_DAYS', rule: 'FREQ=DAILY;INTERVAL=15' },
        { code: 'FIRE_SYSTEM_YEARLY', rule: 'FREQ=YEARLY;INTERVAL=1' },
        { code: 'GENERATOR_250_HOURS', rule: null },
      ]),
    );
  });
});
