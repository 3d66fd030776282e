/**
 * The maintenance demo: First Experimental Primary's lift on its 15-day plan (one due day done on time,
 * one overdue and open), the fire-system test ahead, the standby generator by its hour meter, and an evening patrol route walked twice, once
 * with a checkpoint missed; read through the graph as the director and the district would.
 */
import pino from 'pino';
import { ok, type TestSubgraph } from '@houqin/testing';
import { seedMaintenanceDemo } from '../src/demo/maintenance';
import { seedPlacesDemo } from '../src/demo/place';
import { MaintenanceSchedule } from '../src/maintenance/maintenance.entity';
import { SCHOOL_A, startFacilities, TEST_NOW, V } from './support';

jest.setTimeout(60_000);

const logger = pino({ level: 'silent' });
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
  await seedPlacesDemo(sub.dataSource, logger);
  await seedMaintenanceDemo(sub.dataSource, logger, TEST_NOW());
});
afterAll(() => sub?.stop());

describe('the maintenance demo', () => {
  it('has the lift with a done and an overdue due day, the fire test ahead, and patrols with a missed checkpoint', async () => {
    const schedules = ok<{ maintenanceSchedules: { nodes: { templateCode: string; nextDueOn: string; meterReading: string | null }[] } }>(
      await sub
        .as(V.director)
        .request(
          `{ maintenanceSchedules(filter: { schoolId: "${SCHOOL_A}" }) { nodes { templateCode nextDueOn meterReading nextDueReading } } }`,
        ),
    ).maintenanceSchedules.nodes;
    expect(schedules.map((s) => s.templateCode).sort()).toEqual(['FIRE_SYSTEM_YEARLY', 'GENERATOR_250_HOURS', 'LIFT_15_DAYS']);
    // The generator by its hour meter: read at 1246 h, its 1252 h service open (no next due reading until done).
    expect(schedules.find((s) => s.templateCode === 'GENERATOR_250_HOURS')).toMatchObject({
      nextDueOn: null,
      meterReading: '1246',
      nextDueReading: null,
    });
    const calendar = ok<{
      maintenanceCalendar: {
        nodes: { dueOn: string; dueReading: string | null; completedOn: string | null; workOrder: { overdue: boolean } }[];
      };
    }>(
      await sub
        .as(V.director)
        .request(
          `{ maintenanceCalendar(schoolId: "${SCHOOL_A}", from: "2026-10-01", to: "2026-12-31") { nodes { dueOn dueReading completedOn workOrder { overdue } } } }`,
        ),
    ).maintenanceCalendar.nodes;
    // The lift's done and overdue due days, and the generator's open one, due in three days at 1252 h.
    expect(calendar.map((o) => [o.completedOn !== null, o.workOrder.overdue, o.dueReading])).toEqual([
      [true, false, null],
      [false, true, null],
      [false, false, '1252'],
    ]);
    const COMPLETENESS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School {
      patrolCompleteness(from: "2026-11-01", to: "2026-11-30") { patrols expected scanned missed outOfOrder } } } }`;
    const completeness = ok<{ _entities: { patrolCompleteness: Record<string, number> }[] }>(
      await sub.as(V.auditor).request(COMPLETENESS, { reps: [{ __typename: 'School', id: SCHOOL_A }] }),
    )._entities[0].patrolCompleteness;
    expect(completeness).toEqual({ patrols: 2, expected: 8, scanned: 7, missed: 1, outOfOrder: 1 });
  });

  it('is idempotent', async () => {
    const before = await sub.dataSource.getRepository(MaintenanceSchedule).count();
    await seedMaintenanceDemo(sub.dataSource, logger, TEST_NOW());
    expect(await sub.dataSource.getRepository(MaintenanceSchedule).count()).toBe(before);
  });
});
