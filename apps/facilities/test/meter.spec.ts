/**
 * Utility meters (水电表): the director registers the east campus's water meter and a building's
 * electricity meter, the storekeeper records readings; a leaking night raises NIGHT_USE once, a lower
 * reading READING_DECREASED with no negative consumption; a year of daily readings is imported; the
 * monthly consumption, cost and school report are exact; refusals write nothing.
 */
import { graphql } from 'graphql';
import pino from 'pino';
import { Viewer } from '@houqin/auth';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import {
  envelopeOf,
  EventConsumer,
  eventDefinition,
  facilitiesEvents,
  OutboxEvent,
  type EventEnvelope,
  type EventPayload,
} from '@houqin/events';
import { MeterAnomaly } from '../src/meter/meter.entity';
import { newId, shiftDate } from '@houqin/common';
import { DEMO_CAMPUSES, DEMO_DISTRICT, DEMO_SCHOOLS } from '@houqin/demo';
import { createFacilitiesSubgraph } from '../src/subgraph';
import { facilitiesConsumer } from '../src/events/facilities.consumer';
import { expectBadInput, expectCode, expectNoWrites, ok, type AnyData, type TestSubgraph } from '@houqin/testing';
import type { ViewerClaims } from '@houqin/auth';
import { CAMPUS_A, CAMPUS_A_WEST, CAMPUS_B, SCHOOL_A, SCHOOL_B, startFacilities, TEST_NOW, UNKNOWN_ID, V } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
});
afterAll(() => sub?.stop());

const METER = 'id schoolId campusId buildingId utility unit name serialNumber multiplier active installedOn lastValue lastReadAt version';
const ANOMALY = 'id meterId schoolId campusId buildingId utility kind fromAt toAt consumption baseline suspectedLeak readingId';
const REGISTER = `mutation($input: RegisterUtilityMeterInput!) { registerUtilityMeter(input: $input) { ${METER} } }`;
const RECORD = `mutation($input: RecordMeterReadingInput!) { recordMeterReading(input: $input) {
  reading { id meterId readAt value source recordedByAccountId } meter { ${METER} } anomalies { ${ANOMALY} } } }`;
const IMPORT = `mutation($input: ImportMeterReadingsInput!) { importMeterReadings(input: $input) { count meterCount anomalies { ${ANOMALY} } } }`;
const CONSUMPTION = `query($meterId: ID!, $from: String!, $to: String!, $granularity: ConsumptionGranularity!) {
  meterConsumption(meterId: $meterId, from: $from, to: $to, granularity: $granularity) {
    unit unitPriceYuan total cost { yuan fen } periods { period consumption complete cost { yuan fen } } } }`;
const REPORT = `query($schoolId: ID!, $month: String!) { schoolMeterReport(schoolId: $schoolId, month: $month) {
  schoolId month studentCount cost { yuan fen }
  lines { meterId utility unit consumption complete cost { fen } meter { name } }
  totals { utility unit consumption meterCount cost { yuan fen } consumptionPerStudent costPerStudent { fen } } } }`;
const ANOMALIES = `query($filter: MeterAnomalyFilter) { meterAnomalies(first: 50, filter: $filter) { edges { node { ${ANOMALY} meter { name } } } } }`;
const SET_TARIFF = `mutation($input: SetUtilityTariffInput!) { setUtilityTariff(input: $input) { utility unit unitPriceYuan version } }`;
const CREATE_BUILDING = `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }`;

const call = async (as: ViewerClaims, query: string, variables: Record<string, unknown> = {}): Promise<AnyData> =>
  ok(await sub.as(as).request(query, variables));
const at = (local: string) => new Date(`${local}+08:00`).toISOString();

let water: AnyData;
let electricity: AnyData;
let buildingId: string;

/** Water history: read at 07:00 and 19:00 from 1 to 14 November, 2 m³ by day and 0.3 m³ by night. */
function waterHistory(meterId: string): { meterId: string; readAt: string; value: string }[] {
  const rows = [];
  let value = 1_000_000; // thousandths: 1000 m³
  for (let day = '2026-11-01'; day <= '2026-11-14'; day = shiftDate(day, 1)) {
    rows.push({ meterId, readAt: `${day}T07:00:00+08:00`, value: (value / 1000).toFixed(3) });
    value += 2_000;
    rows.push({ meterId, readAt: `${day}T19:00:00+08:00`, value: (value / 1000).toFixed(3) });
    value += 300;
  }
  return rows;
}

describe('registering meters', () => {
  it('the director registers the east campus water meter and an electricity meter (CT ratio 40) on a building', async () => {
    buildingId = (
      await call(V.director, CREATE_BUILDING, {
        input: { schoolId: SCHOOL_A, campusId: CAMPUS_A, name: 'Meter Test Block (测试楼)', floorsAbove: 3 },
      })
    ).createBuilding.id;
    water = (
      await call(V.director, REGISTER, {
        input: {
          schoolId: SCHOOL_A,
          utility: 'WATER',
          name: 'East Campus main water meter (东校区总水表)',
          serialNumber: 'W-0001',
          campusId: CAMPUS_A,
          installedOn: '2026-01-05',
        },
      })
    ).registerUtilityMeter;
    expect(water).toMatchObject({
      schoolId: SCHOOL_A,
      campusId: CAMPUS_A,
      buildingId: null,
      utility: 'WATER',
      unit: 'm³',
      multiplier: 1,
      active: true,
      lastValue: null,
    });
    electricity = (
      await call(V.director, REGISTER, {
        input: {
          schoolId: SCHOOL_A,
          utility: 'ELECTRICITY',
          name: 'Test Block electricity (测试楼电表)',
          serialNumber: 'E-0001',
          buildingId,
          multiplier: 40,
          installedOn: '2025-09-01',
        },
      })
    ).registerUtilityMeter;
    expect(electricity).toMatchObject({ campusId: CAMPUS_A, buildingId, unit: 'kWh', multiplier: 40 });
  });

  it('refuses a storekeeper (FORBIDDEN), another school’s campus, both or neither place, a future installation; writing nothing', async () => {
    const input = {
      schoolId: SCHOOL_A,
      utility: 'GAS',
      name: 'Kitchen gas',
      serialNumber: 'G-1',
      campusId: CAMPUS_A,
      installedOn: '2026-01-05',
    };
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.storekeeper).request(REGISTER, { input: { ...input, serialNumber: '' } }), 'FORBIDDEN');
      expectCode(await sub.as(V.directorB).request(REGISTER, { input }), 'FORBIDDEN');
      expectBadInput(await sub.as(V.director).request(REGISTER, { input: { ...input, campusId: CAMPUS_B } }), 'campusId');
      expectBadInput(await sub.as(V.director).request(REGISTER, { input: { ...input, buildingId } }), 'buildingId');
      expectBadInput(await sub.as(V.director).request(REGISTER, { input: { ...input, campusId: null } }), 'buildingId');
      expectBadInput(await sub.as(V.director).request(REGISTER, { input: { ...input, installedOn: '2026-11-17' } }), 'installedOn');
    });
  });
});

describe('readings and a leaking night (漏水)', () => {
  it('the storekeeper imports two weeks of twice-daily readings: nothing unusual', async () => {
    const result = (await call(V.storekeeper, IMPORT, { input: { rows: waterHistory(water.id) } })).importMeterReadings;
    expect(result).toEqual({ count: 28, meterCount: 1, anomalies: [] });
  });

  it('a night with 5× the usual flow raises NIGHT_USE once, a suspected leak, with its event in the outbox', async () => {
    // 14 Nov 19:00 was 1031.900 m³ … the night to the 15th as usual (0.3), the day 2 m³, then a night of 1.5 m³.
    const first = (await call(V.storekeeper, RECORD, { input: { meterId: water.id, readAt: at('2026-11-15T07:00:00'), value: '1032.2' } }))
      .recordMeterReading;
    expect(first.anomalies).toEqual([]);
    expect(first.reading).toMatchObject({ value: '1032.200', source: 'MANUAL', recordedByAccountId: V.storekeeper.accountId });
    await call(V.storekeeper, RECORD, { input: { meterId: water.id, readAt: at('2026-11-15T19:00:00'), value: '1034.200' } });
    const leak = (await call(V.storekeeper, RECORD, { input: { meterId: water.id, readAt: at('2026-11-16T07:00:00'), value: '1035.700' } }))
      .recordMeterReading;
    expect(leak.anomalies).toEqual([
      expect.objectContaining({
        meterId: water.id,
        schoolId: SCHOOL_A,
        campusId: CAMPUS_A,
        utility: 'WATER',
        kind: 'NIGHT_USE',
        fromAt: at('2026-11-15T19:00:00'),
        toAt: at('2026-11-16T07:00:00'),
        consumption: '1.500',
        baseline: '0.025', // the median night: 0.3 m³ over 12 hours, per hour
        suspectedLeak: true,
        readingId: leak.reading.id,
      }),
    ]);
    const events = await sub.dataSource.getRepository(OutboxEvent).find({ where: { type: facilitiesEvents.meterAnomaly.type } });
    expect(events.map((e) => JSON.parse(e.payload))).toEqual([
      {
        anomalyId: leak.anomalies[0].id,
        meterId: water.id,
        schoolId: SCHOOL_A,
        campusId: CAMPUS_A,
        buildingId: null,
        utility: 'WATER',
        kind: 'NIGHT_USE',
        from: at('2026-11-15T19:00:00'),
        to: at('2026-11-16T07:00:00'),
        consumption: '1.500',
        baseline: '0.025',
        suspectedLeak: true,
      },
    ]);
    const listed = (await call(V.director, ANOMALIES, { filter: { meterId: water.id } })).meterAnomalies.edges;
    expect(listed.map((e: AnyData) => [e.node.kind, e.node.meter.name])).toEqual([
      ['NIGHT_USE', 'East Campus main water meter (东校区总水表)'],
    ]);
  });

  it('the suspected leak opens an urgent plumbing work order once; its final account closes it and marks the anomaly resolved', async () => {
    const consumer = new EventConsumer(facilitiesConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) });
    const deliver = async (type: string) => {
      for (const row of await sub.dataSource.getRepository(OutboxEvent).find({ where: { type } })) {
        const result = await consumer.handle(envelopeOf(row));
        expect(['handled', 'duplicate']).toContain(result.outcome);
      }
    };
    await deliver(facilitiesEvents.meterAnomaly.type);
    await deliver(facilitiesEvents.meterAnomaly.type); // redelivered: still one work order
    const ORDER = `id status priority category source sourceRef dueAt version title`;
    const opened = (
      await call(V.director, `{ workOrders(filter: { category: PLUMBING }, first: 50) { nodes { ${ORDER} } } }`)
    ).workOrders.nodes.filter((o: AnyData) => o.source === 'METER');
    const anomaly = (await call(V.director, ANOMALIES, { filter: { meterId: water.id } })).meterAnomalies.edges[0].node;
    expect(opened).toEqual([expect.objectContaining({ status: 'REPORTED', priority: 'URGENT', sourceRef: anomaly.id })]);
    expect(opened[0].title).toContain('东校区总水表');

    // The electrician finds the leaking valve; the director accounts it: nobody reported it to rate it, so it closes.
    let order = opened[0];
    const step = async (who: keyof typeof V, name: string, type: string, input: AnyData) =>
      (order = (
        await call(V[who], `mutation($input: ${type}!) { ${name}(input: $input) { ${ORDER} } }`, {
          input: { id: order.id, version: order.version, ...input },
        })
      )[name]);
    await step('maintenance', 'costWorkOrder', 'CostWorkOrderInput', { labour: '80.00', materials: '45.00' });
    await step('director', 'reviewWorkOrder', 'ReviewWorkOrderInput', { decision: 'IN_HOUSE' });
    await step('director', 'assignWorkOrder', 'AssignWorkOrderInput', { staffIds: [V.maintenance.staffId] });
    await step('maintenance', 'startWorkOrder', 'WorkOrderStepInput', {});
    await step('maintenance', 'finishWorkOrder', 'WorkOrderStepInput', { comment: 'A toilet cistern valve ran all night.' });
    await step('director', 'accountWorkOrder', 'AccountWorkOrderInput', { labour: '80.00', materials: '45.00', contractor: '0' });
    expect(order.status).toBe('CLOSED');
    await deliver(facilitiesEvents.workOrderClosed.type);
    const resolved = await sub.dataSource.getRepository(MeterAnomaly).findOneByOrFail({ id: anomaly.id });
    expect({ workOrderId: resolved.workOrderId, resolved: resolved.resolvedAt !== null }).toEqual({
      workOrderId: order.id,
      resolved: true,
    });
  });

  it('a lower reading raises READING_DECREASED and counts no negative consumption', async () => {
    const lower = (await call(V.storekeeper, RECORD, { input: { meterId: water.id, readAt: at('2026-11-16T09:00:00'), value: '1035.2' } }))
      .recordMeterReading;
    expect(lower.anomalies).toEqual([
      expect.objectContaining({ kind: 'READING_DECREASED', consumption: '0.500', baseline: null, suspectedLeak: false }),
    ]);
    expect(lower.meter.lastValue).toBe('1035.200');
    const days = (await call(V.director, CONSUMPTION, { meterId: water.id, from: '2026-11-15', to: '2026-11-16', granularity: 'DAY' }))
      .meterConsumption;
    // The 15th: 7 h of the usual night (0.175), the day (2.000), 5 h of the leaking night (0.625). The 16th: 7 h of it (0.875), then 0.
    expect(days.periods).toEqual([
      { period: '2026-11-15', consumption: '2.800', complete: true, cost: { yuan: '11.48', fen: 1148 } },
      { period: '2026-11-16', consumption: '0.875', complete: false, cost: { yuan: '3.59', fen: 359 } },
    ]);
    const events = await sub.dataSource.getRepository(OutboxEvent).find({ where: { type: facilitiesEvents.meterAnomaly.type } });
    expect(events.map((e) => JSON.parse(e.payload).kind).sort()).toEqual(['NIGHT_USE', 'READING_DECREASED']);
  });

  it('refuses a reading at or before the last one, negative, or too precise (BAD_USER_INPUT), a teacher or an accountant (FORBIDDEN, before any check), another school’s meter (NOT_FOUND); writing nothing', async () => {
    const input = { meterId: water.id, readAt: at('2026-11-16T09:30:00'), value: '1035.3' };
    await expectNoWrites(sub, async () => {
      expectBadInput(await sub.as(V.storekeeper).request(RECORD, { input: { ...input, readAt: at('2026-11-16T09:00:00') } }), 'readAt');
      const earlier = await sub.as(V.storekeeper).request(RECORD, { input: { ...input, readAt: at('2026-11-10T09:00:00') } });
      expectBadInput(earlier, 'readAt');
      expect(earlier.errors?.[0].message).toMatch(/earlier than the last one's date/);
      expectBadInput(await sub.as(V.storekeeper).request(RECORD, { input: { ...input, readAt: at('2026-11-16T11:00:00') } }), 'readAt');
      expectBadInput(await sub.as(V.storekeeper).request(RECORD, { input: { ...input, value: '-3' } }), 'value');
      expectBadInput(await sub.as(V.storekeeper).request(RECORD, { input: { ...input, value: '1035.3001' } }), 'value');
      expectCode(await sub.as(V.teacher).request(RECORD, { input: { ...input, value: '-3' } }), 'FORBIDDEN');
      expectCode(await sub.as(V.accountant).request(RECORD, { input: { ...input, value: 'x' } }), 'FORBIDDEN');
      expectCode(await sub.as(V.storekeeperB).request(RECORD, { input }), 'NOT_FOUND');
      expectCode(
        await sub.as(V.directorB).request(CONSUMPTION, { meterId: water.id, from: '2026-11-01', to: '2026-11-02', granularity: 'DAY' }),
        'NOT_FOUND',
      );
    });
  });

  it('maintenance (水电工) records readings too', async () => {
    const done = (await call(V.maintenance, RECORD, { input: { meterId: water.id, readAt: at('2026-11-16T09:30:00'), value: '1035.3' } }))
      .recordMeterReading;
    expect(done.reading.value).toBe('1035.300');
  });
});

describe('a year of daily readings, imported', () => {
  /** The electricity meter read at 08:00 each day from 16 November 2025 to 15 November 2026: 100.25 kWh on the register a day (× 40). */
  const year = () => {
    const rows = [];
    let day = '2025-11-16';
    for (let i = 0; i < 365; i++, day = shiftDate(day, 1))
      rows.push({ meterId: electricity.id, readAt: `${day}T08:00:00+08:00`, value: ((5_000_000 + i * 100_250) / 1000).toFixed(2) });
    return rows;
  };

  it('a bad file answers every bad row with its number and writes nothing', async () => {
    const rows = year();
    rows[10] = { ...rows[10], value: '5001.255' }; // 3 decimals on an electricity meter
    rows[20] = { ...rows[20], value: '-1' };
    rows[30] = { ...rows[30], readAt: rows[29].readAt };
    rows[40] = { ...rows[40], readAt: '2026-02-01 08:00' };
    rows[50] = { ...rows[50], meterId: '01900000-0000-7000-8000-999999999999' };
    const response = await expectNoWrites(sub, () => sub.as(V.storekeeper).request(IMPORT, { input: { rows } }));
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((response.errors?.[0].extensions?.rowErrors as AnyData[]).map((e) => [e.row, e.field])).toEqual([
      [10, 'value'],
      [20, 'value'],
      [30, 'readAt'],
      [40, 'readAt'],
      [50, 'meterId'],
    ]);
    expectCode(await expectNoWrites(sub, () => sub.as(V.teacher).request(IMPORT, { input: { rows } })), 'FORBIDDEN');
    expect(codesOf(await expectNoWrites(sub, () => sub.as(V.storekeeperB).request(IMPORT, { input: { rows: rows.slice(0, 2) } })))).toEqual(
      ['BAD_USER_INPUT'],
    );
  });

  it('validateOnly checks the file and writes nothing; then the import writes 365 readings', async () => {
    const check = await expectNoWrites(sub, () => call(V.storekeeper, IMPORT, { input: { rows: year(), validateOnly: true } }));
    expect(check.importMeterReadings).toEqual({ count: 365, meterCount: 1, anomalies: [] });
    const done = (await call(V.storekeeper, IMPORT, { input: { rows: year() } })).importMeterReadings;
    expect(done).toMatchObject({ count: 365, meterCount: 1 });
    expect(done.anomalies).toEqual([]);
  });

  it('October’s consumption and cost are exact: 31 days × 100.25 kWh × 40 at ¥0.75', async () => {
    const october = (
      await call(V.accountant, CONSUMPTION, { meterId: electricity.id, from: '2026-10-01', to: '2026-10-31', granularity: 'MONTH' })
    ).meterConsumption;
    expect(october).toEqual({
      unit: 'kWh',
      unitPriceYuan: '0.7500',
      total: '124310.000',
      cost: { yuan: '93232.50', fen: 9_323_250 },
      periods: [{ period: '2026-10', consumption: '124310.000', complete: true, cost: { yuan: '93232.50', fen: 9_323_250 } }],
    });
    const days = (
      await call(V.director, CONSUMPTION, { meterId: electricity.id, from: '2026-10-30', to: '2026-11-16', granularity: 'DAY' })
    ).meterConsumption;
    expect(days.periods[0]).toEqual({
      period: '2026-10-30',
      consumption: '4010.000',
      complete: true,
      cost: { yuan: '3007.50', fen: 300_750 },
    });
    // The 15th has its reading at 08:00 and none after: 8 hours' share, partial; the 16th nothing yet.
    expect(days.periods.slice(-2)).toEqual([
      { period: '2026-11-15', consumption: '1336.667', complete: false, cost: { yuan: '1002.50', fen: 100_250 } },
      { period: '2026-11-16', consumption: '0.000', complete: false, cost: { yuan: '0.00', fen: 0 } },
    ]);
  });

  it('the school’s monthly report lists every meter with its cost; a district admin’s tariff changes it', async () => {
    const report = (await call(V.director, REPORT, { schoolId: SCHOOL_A, month: '2026-10' })).schoolMeterReport;
    expect(report).toMatchObject({ schoolId: SCHOOL_A, month: '2026-10', studentCount: null, cost: { fen: 9_323_250 } });
    expect(report.lines).toEqual([
      {
        meterId: electricity.id,
        utility: 'ELECTRICITY',
        unit: 'kWh',
        consumption: '124310.000',
        complete: true,
        cost: { fen: 9_323_250 },
        meter: { name: 'Test Block electricity (测试楼电表)' },
      },
      {
        meterId: water.id,
        utility: 'WATER',
        unit: 'm³',
        consumption: '0.000',
        complete: false,
        cost: { fen: 0 },
        meter: { name: 'East Campus main water meter (东校区总水表)' },
      },
    ]);
    expect(report.totals.map((t: AnyData) => [t.utility, t.consumption, t.meterCount, t.consumptionPerStudent])).toEqual([
      ['WATER', '0.000', 1, null],
      ['ELECTRICITY', '124310.000', 1, null],
    ]);

    await expectNoWrites(sub, async () => {
      expectCode(
        await sub.as(V.director).request(SET_TARIFF, { input: { utility: 'ELECTRICITY', unitPriceYuan: '0.80', version: 0 } }),
        'FORBIDDEN',
      );
      expectBadInput(
        await sub.as(V.admin).request(SET_TARIFF, { input: { utility: 'ELECTRICITY', unitPriceYuan: '0.80001', version: 0 } }),
        'unitPriceYuan',
      );
      expectCode(
        await sub.as(V.admin).request(SET_TARIFF, { input: { utility: 'ELECTRICITY', unitPriceYuan: '0.80', version: 3 } }),
        'CONFLICT',
      );
    });
    expect(
      (await call(V.admin, SET_TARIFF, { input: { utility: 'ELECTRICITY', unitPriceYuan: '0.80', version: 0 } })).setUtilityTariff,
    ).toEqual({
      utility: 'ELECTRICITY',
      unit: 'kWh',
      unitPriceYuan: '0.8000',
      version: 1,
    });
    const after = (await call(V.auditor, REPORT, { schoolId: SCHOOL_A, month: '2026-10' })).schoolMeterReport;
    expect(after.cost).toEqual({ yuan: '99448.00', fen: 9_944_800 });
    expectCode(await sub.as(V.directorB).request(REPORT, { schoolId: SCHOOL_A, month: '2026-10' }), 'FORBIDDEN');
    expectCode(await sub.as(V.admin).request(REPORT, { schoolId: UNKNOWN_ID, month: '2026-10' }), 'NOT_FOUND');
    expectBadInput(await sub.as(V.director).request(REPORT, { schoolId: SCHOOL_A, month: '2026-13' }), 'month');
  });
});

describe('per student, a meter swap and a campus moving', () => {
  it('School.meterReport divides by the directory’s studentCount (@requires), for the schools the viewer reads', async () => {
    const entities = (
      await call(
        V.director,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on School { id meterReport(month: "2026-10") {
        studentCount cost { fen } totals { utility consumption consumptionPerStudent costPerStudent { fen } } } } } }`,
        {
          r: [
            { __typename: 'School', id: SCHOOL_A, studentCount: 1000 },
            { __typename: 'School', id: SCHOOL_B, studentCount: 800 },
          ],
        },
      )
    )._entities;
    expect(entities[0].meterReport).toEqual({
      studentCount: 1000,
      cost: { fen: 9_944_800 },
      totals: [
        { utility: 'WATER', consumption: '0.000', consumptionPerStudent: '0.000', costPerStudent: { fen: 0 } },
        // 124310 kWh and ¥99448.00 over 1000 students: 124.310 kWh and ¥99.45 (9944.8 fen, half up) each.
        { utility: 'ELECTRICITY', consumption: '124310.000', consumptionPerStudent: '124.310', costPerStudent: { fen: 9_945 } },
      ],
    });
    expect(entities[1]).toEqual({ id: SCHOOL_B, meterReport: null });
  });

  it('a page of schools’ reports costs four statements, however many schools and meters', async () => {
    const definition = createFacilitiesSubgraph({ now: TEST_NOW });
    const { schema } = await buildFederatedSchema(definition);
    const reps = Object.values(DEMO_SCHOOLS).map((school, i) => ({ __typename: 'School', id: school.id, studentCount: 500 + i }));
    const { result, statements } = await withSqlStats(async () => {
      const contextValue = definition.createContext({
        viewer: new Viewer(V.auditor),
        requestId: 't',
        logger: pino({ level: 'silent' }),
        dataSource: sub.dataSource,
      });
      const source = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id meterReport(month: "2026-10") {
        lines { consumption meter { name } } totals { consumptionPerStudent } } } } }`;
      const result = await graphql({ schema, source, variableValues: { reps }, contextValue });
      return { result, statements: currentSqlStats()!.statements };
    });
    expect(result.errors).toBeUndefined();
    expect((result.data as AnyData)._entities[0].meterReport.lines).toHaveLength(2);
    expect(statements).toBe(4);
  });

  it('the director swaps the water meter: the old one closes with its final reading, the new one starts from its own', async () => {
    const REPLACE = `mutation($input: ReplaceUtilityMeterInput!) { replaceUtilityMeter(input: $input) {
      replaced { ${METER} } meter { ${METER} replacesMeterId } } }`;
    const input = {
      meterId: water.id,
      replacedAt: at('2026-11-16T09:45:00'),
      finalValue: '1035.35',
      serialNumber: 'W-0002',
      initialValue: '0',
    };
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.storekeeper).request(REPLACE, { input }), 'FORBIDDEN');
      expectCode(await sub.as(V.directorB).request(REPLACE, { input }), 'NOT_FOUND');
      expectBadInput(
        await sub.as(V.director).request(REPLACE, { input: { ...input, replacedAt: at('2026-11-16T09:00:00') } }),
        'replacedAt',
      );
      expectBadInput(await sub.as(V.director).request(REPLACE, { input: { ...input, finalValue: '1035.3501' } }), 'finalValue');
    });
    const swap = (await call(V.director, REPLACE, { input })).replaceUtilityMeter;
    expect(swap.replaced).toMatchObject({ id: water.id, active: false, lastValue: '1035.350' });
    expect(swap.meter).toMatchObject({
      campusId: CAMPUS_A,
      utility: 'WATER',
      serialNumber: 'W-0002',
      active: true,
      installedOn: '2026-11-16',
      lastValue: '0.000',
      replacesMeterId: water.id,
    });
    expectCode(await sub.as(V.director).request(REPLACE, { input: { ...input, replacedAt: at('2026-11-16T09:50:00') } }), 'CONFLICT');
    expectBadInput(
      await sub.as(V.storekeeper).request(RECORD, { input: { meterId: water.id, readAt: at('2026-11-16T09:55:00'), value: '1035.4' } }),
      'meterId',
    );
    const next = (
      await call(V.storekeeper, RECORD, { input: { meterId: swap.meter.id, readAt: at('2026-11-16T09:55:00'), value: '0.12' } })
    ).recordMeterReading;
    expect(next.anomalies).toEqual([]);
    const day = (await call(V.director, CONSUMPTION, { meterId: swap.meter.id, from: '2026-11-16', to: '2026-11-16', granularity: 'DAY' }))
      .meterConsumption;
    expect(day.total).toBe('0.120');
  });

  it('a campus moving to another school takes its meters along', async () => {
    const west = (
      await call(V.director, REGISTER, {
        input: {
          schoolId: SCHOOL_A,
          utility: 'WATER',
          name: 'West Campus water (西校区水表)',
          serialNumber: 'W-0100',
          campusId: CAMPUS_A_WEST,
          installedOn: '2026-01-05',
        },
      })
    ).registerUtilityMeter;
    const envelope: EventEnvelope = {
      id: newId(),
      type: 'directory.campus.moved',
      version: eventDefinition('directory.campus.moved')!.version,
      occurredAt: new Date().toISOString(),
      districtId: DEMO_DISTRICT.id,
      schoolId: SCHOOL_B,
      actor: null,
      requestId: 'test-campus-moved',
      payload: {
        campusId: CAMPUS_A_WEST,
        fromSchoolId: SCHOOL_A,
        toSchoolId: SCHOOL_B,
        name: DEMO_CAMPUSES.firstPrimaryWest.name,
        active: true,
        effectiveOn: '2026-11-16',
        reason: 'Merged into Second Junior Middle (test)',
      } satisfies EventPayload<'directory.campus.moved'>,
    };
    const result = await new EventConsumer(facilitiesConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) }).handle(
      envelope,
    );
    expect({ outcome: result.outcome, error: result.error }).toEqual({ outcome: 'handled', error: undefined });
    const METER_BY_ID = `query($id: ID!) { utilityMeter(id: $id) { id schoolId campusId } }`;
    expect((await call(V.directorB, METER_BY_ID, { id: west.id })).utilityMeter).toEqual({
      id: west.id,
      schoolId: SCHOOL_B,
      campusId: CAMPUS_A_WEST,
    });
    expectCode(await sub.as(V.director).request(METER_BY_ID, { id: west.id }), 'NOT_FOUND');
    expect((await call(V.director, METER_BY_ID, { id: electricity.id })).utilityMeter.schoolId).toBe(SCHOOL_A);
  });
});

describe('who reads meters (readMeters)', () => {
  it('leaders, storekeepers, accountants, maintenance and the district read them; teachers, safety and canteen staff do not', async () => {
    const LIST = `{ utilityMeters(first: 5) { edges { node { id } } } }`;
    for (const who of ['principal', 'director', 'storekeeper', 'accountant', 'maintenance', 'admin', 'auditor'] as const)
      expect((await call(V[who], LIST)).utilityMeters.edges.length).toBeGreaterThan(0);
    for (const who of ['teacher', 'safety', 'canteen'] as const) expectCode(await sub.as(V[who]).request(LIST), 'FORBIDDEN');
    // School B's director sees only school B's meters (the West Campus one, since its move).
    const own = (await call(V.directorB, `{ utilityMeters(first: 50) { edges { node { schoolId } } } }`)).utilityMeters.edges;
    expect(own.map((e: AnyData) => e.node.schoolId)).toEqual([SCHOOL_B]);
    expectCode(
      await sub.as(V.directorB).request(`{ utilityMeters(filter: { schoolId: "${SCHOOL_A}" }) { edges { node { id } } } }`),
      'FORBIDDEN',
    );
  });
});

const codesOf = (response: AnyData): string[] => (response.errors ?? []).map((e: AnyData) => e.extensions?.code);
