/**
 * The hazards demo: First Experimental Primary's register read through the graph as its safety officer
 * and the district would — every state and level, a major one, one overdue and escalated, one waiting
 * on a facilities work order (the same ids as facilities' demo); the seed is idempotent.
 */
import pino from 'pino';
import { DEMO_HAZARD_REPAIR } from '@houqin/demo';
import { ok, type TestSubgraph } from '@houqin/testing';
import { seedHazardDemo } from '../src/demo/hazard';
import { Hazard } from '../src/hazard/hazard.entity';
import { SCHOOL_A, startSafety, V } from './support';

jest.setTimeout(60_000);

const logger = pino({ level: 'silent' });
let sub: TestSubgraph;
beforeAll(async () => {
  // The demo counts its days from the real clock; so does this subgraph.
  sub = await startSafety({ now: () => new Date() });
  await seedHazardDemo(sub.dataSource, logger);
});
afterAll(() => sub?.stop());

interface Row {
  id: string;
  status: string;
  level: string;
  overdue: boolean;
  escalationLevel: number;
  awaitingRepair: boolean;
  workOrderId: string | null;
  steps: { action: string }[];
}

describe('the hazards demo', () => {
  it('shows the register in every state and level, each hazard with the steps that took it there', async () => {
    const rows = ok<{ hazards: { nodes: Row[] } }>(
      await sub.as(V.safety).request(`{ hazards(filter: { schoolId: "${SCHOOL_A}" }, first: 50) {
        nodes { id status level overdue escalationLevel awaitingRepair workOrderId steps { action } } } }`),
    ).hazards.nodes;
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['REPORTED', 'ASSIGNED', 'RECTIFYING', 'RECTIFIED', 'VERIFIED', 'CLOSED']));
    expect(rows.some((r) => r.level === 'MAJOR')).toBe(true);
    expect(rows.find((r) => r.escalationLevel > 0)).toMatchObject({ overdue: true, escalationLevel: 3 });
    expect(rows.find((r) => r.id === DEMO_HAZARD_REPAIR.hazardId)).toMatchObject({
      status: 'RECTIFYING',
      awaitingRepair: true,
      workOrderId: DEMO_HAZARD_REPAIR.workOrderId,
    });
    for (const row of rows) expect(row.steps[0].action).toBe('REPORTED');
    const overdue = ok<{ hazards: { nodes: { id: string }[] } }>(
      await sub.as(V.auditor).request(`{ hazards(filter: { overdue: true }, first: 50) { nodes { id } } }`),
    ).hazards.nodes;
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('is idempotent', async () => {
    const before = await sub.dataSource.getRepository(Hazard).count();
    await seedHazardDemo(sub.dataSource, logger);
    expect(await sub.dataSource.getRepository(Hazard).count()).toBe(before);
  });
});
