/**
 * The meters of the demo district: a year of readings on every open campus, exactly one leak (a week
 * of NIGHT_USE on First Primary's East Campus water meter, four weeks before today), nothing else
 * flagged, and a second seed adds nothing.
 */
import pino from 'pino';
import { facilitiesEvents, OutboxEvent } from '@houqin/events';
import { ok, type AnyData, type TestSubgraph } from '@houqin/testing';
import { seedMeterDemo } from '../src/demo/meter';
import { seedPlacesDemo } from '../src/demo/place';
import { MeterAnomaly, MeterReading, UtilityMeter } from '../src/meter/meter.entity';
import { CAMPUS_A, SCHOOL_A, startFacilities, TEST_NOW, V } from './support';

jest.setTimeout(120_000);

let sub: TestSubgraph;
const logger = pino({ level: 'silent' });
beforeAll(async () => {
  sub = await startFacilities();
  await seedPlacesDemo(sub.dataSource, logger);
  await seedMeterDemo(sub.dataSource, logger, TEST_NOW());
});
afterAll(() => sub?.stop());

it('has water, electricity and gas meters with a year of readings up to today', async () => {
  const meters = await sub.dataSource.getRepository(UtilityMeter).find();
  expect(new Set(meters.map((m) => m.utility))).toEqual(new Set(['WATER', 'ELECTRICITY', 'GAS']));
  const east = meters.filter((m) => m.campusId === CAMPUS_A);
  expect(east.map((m) => m.utility).sort()).toEqual(['ELECTRICITY', 'GAS', 'WATER']);
  for (const meter of meters) expect(meter.lastReadAt!.getTime()).toBeLessThanOrEqual(TEST_NOW().getTime());
  const water = east.find((m) => m.utility === 'WATER')!;
  expect(await sub.dataSource.getRepository(MeterReading).countBy({ meterId: water.id })).toBeGreaterThanOrEqual(730);
});

it('raised the one leak: a week of night use on the East Campus water meter, each with its event, and nothing else', async () => {
  const anomalies = await sub.dataSource.getRepository(MeterAnomaly).find({ order: { fromAt: 'ASC' } });
  expect(anomalies.map((a) => [a.kind, a.utility, a.campusId, a.suspectedLeak])).toEqual(
    Array.from({ length: 7 }, () => ['NIGHT_USE', 'WATER', CAMPUS_A, true]),
  );
  expect(anomalies[0].fromAt.toISOString()).toBe('2026-10-19T11:00:00.000Z'); // 19:00 on 19 October, four weeks before 16 November
  const events = await sub.dataSource.getRepository(OutboxEvent).countBy({ type: facilitiesEvents.meterAnomaly.type });
  expect(events).toBe(7);
  const listed = ok<AnyData>(
    await sub.as(V.director).request(`{ meterAnomalies(first: 10, filter: { kind: NIGHT_USE }) { edges { node { id } } } }`),
  );
  expect(listed.meterAnomalies.edges).toHaveLength(7);
});

it('reports a month for the school, school days using more than weekends', async () => {
  const report = ok<AnyData>(
    await sub
      .as(V.director)
      .request(
        `query($s: ID!) { schoolMeterReport(schoolId: $s, month: "2026-10") { lines { utility complete consumption } cost { fen } } }`,
        {
          s: SCHOOL_A,
        },
      ),
  ).schoolMeterReport;
  expect(report.lines.length).toBeGreaterThanOrEqual(4);
  expect(report.lines.every((l: AnyData) => l.complete)).toBe(true);
  expect(report.cost.fen).toBeGreaterThan(0);
});

it('a second seed adds nothing', async () => {
  const before = await sub.dataSource.getRepository(MeterReading).count();
  await seedMeterDemo(sub.dataSource, logger, TEST_NOW());
  expect(await sub.dataSource.getRepository(MeterReading).count()).toBe(before);
});
