/**
 * The repairs demo: First Experimental Primary's work orders at every step, read through the graph as
 * the director and the maintenance worker would: an overdue safety report from a QR link waiting for
 * triage, a roof given to a contractor, one rated badly; the seed is idempotent.
 */
import pino from 'pino';
import { ok, type TestSubgraph } from '@houqin/testing';
import { seedPlacesDemo } from '../src/demo/place';
import { seedRepairDemo } from '../src/demo/repair';
import { WorkOrder } from '../src/repair/work-order.entity';
import { SCHOOL_A, startFacilities, TEST_NOW, V } from './support';

jest.setTimeout(60_000);

const logger = pino({ level: 'silent' });
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
  await seedPlacesDemo(sub.dataSource, logger);
  await seedRepairDemo(sub.dataSource, logger, TEST_NOW());
});
afterAll(() => sub?.stop());

interface Row {
  title: string;
  status: string;
  source: string;
  overdue: boolean;
  resolution: string | null;
  rating: number | null;
  steps: { action: string }[];
  viewerActions: string[];
}

describe('the repairs demo', () => {
  it('shows work orders at every step, each with the steps that took it there', async () => {
    const rows = ok<{ workOrders: { nodes: Row[] } }>(
      await sub.as(V.director).request(`{ workOrders(filter: { schoolId: "${SCHOOL_A}" }, first: 50) {
        nodes { title status source overdue resolution rating steps { action } viewerActions } } }`),
    ).workOrders.nodes;
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of ['REPORTED', 'COSTED', 'IN_PROGRESS', 'REPAIRED', 'CLOSED', 'REJECTED']) expect(statuses).toContain(status);
    const stairs = rows.find((r) => r.title === '楼梯扶手松动')!;
    expect(stairs).toMatchObject({ source: 'QR', overdue: true, steps: [] });
    expect(stairs.viewerActions).toEqual(['TRIAGE', 'COST', 'REVIEW']);
    expect(rows.find((r) => r.title === '教学楼屋面渗水')).toMatchObject({ resolution: 'CONTRACTOR', status: 'IN_PROGRESS' });
    // Safety's demo hazard waits for this one (隐患报修).
    expect(rows.find((r) => r.source === 'HAZARD')).toMatchObject({ status: 'ASSIGNED', resolution: 'IN_HOUSE' });
    expect(
      rows
        .filter((r) => r.rating !== null)
        .map((r) => r.rating)
        .sort(),
    ).toEqual([2, 5]);
    for (const row of rows) if (row.status === 'CLOSED') expect(row.steps.at(-1)!.action).toBe('RATED');
  });

  it('is idempotent', async () => {
    const before = await sub.dataSource.getRepository(WorkOrder).count();
    await seedRepairDemo(sub.dataSource, logger, TEST_NOW());
    expect(await sub.dataSource.getRepository(WorkOrder).count()).toBe(before);
  });
});
