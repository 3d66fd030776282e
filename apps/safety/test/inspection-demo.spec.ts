/**
 * The demo district's inspections: the four district templates, First Primary's zone, its monthly and
 * daily schedules with today's rounds open and an earlier one submitted (the daily canteen check late);
 * and First Primary's equipment register; the seeds are idempotent.
 */
import pino from 'pino';
import { ok, type TestSubgraph } from '@houqin/testing';
import { seedEquipmentDemo } from '../src/demo/equipment';
import { seedInspectionDemo } from '../src/demo/inspection';
import { seedPatrolDemo } from '../src/demo/patrol';
import { seedIncidentDemo } from '../src/demo/incident';
import { seedTrainingDemo } from '../src/demo/training';
import { SCHOOL_A, startSafety, V } from './support';

jest.setTimeout(120_000);

let sub: TestSubgraph;
const logger = pino({ level: 'silent' });
beforeAll(async () => {
  sub = await startSafety({ now: () => new Date() });
  await seedInspectionDemo(sub.dataSource, logger);
  await seedPatrolDemo(sub.dataSource, logger);
  await seedPatrolDemo(sub.dataSource, logger);
  await seedEquipmentDemo(sub.dataSource, logger);
  await seedEquipmentDemo(sub.dataSource, logger);
  await seedTrainingDemo(sub.dataSource, logger);
  await seedTrainingDemo(sub.dataSource, logger);
  await seedIncidentDemo(sub.dataSource, logger);
  await seedIncidentDemo(sub.dataSource, logger);
});
afterAll(() => sub?.stop());

it('gives First Primary the district templates, a zone, open rounds to fill and one late round', async () => {
  const data = ok(
    await sub.as(V.safety).request(`{
      inspectionTemplates(schoolId: "${SCHOOL_A}") { nodes { name schoolId current { number } } }
      safetyZones(schoolId: "${SCHOOL_A}") { nodes { name rooms { id } } }
      inspectionRounds(filter: { schoolId: "${SCHOOL_A}" }) { nodes { status late title } }
    }`),
  );
  expect(data.inspectionTemplates.nodes).toHaveLength(4);
  expect(data.inspectionTemplates.nodes.every((t: { schoolId: string | null }) => t.schoolId === null)).toBe(true);
  expect(data.safetyZones.nodes).toEqual([expect.objectContaining({ rooms: expect.arrayContaining([expect.anything()]) })]);
  const rounds = data.inspectionRounds.nodes as { status: string; late: boolean }[];
  expect(rounds.filter((r) => r.status === 'OPEN')).toHaveLength(2);
  expect(rounds.filter((r) => r.status === 'SUBMITTED' && r.late)).toHaveLength(1);
});

it('gives the zone weekly patrols with one week missed in the last five', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 34 * 86_400_000).toISOString().slice(0, 10);
  const data = ok(
    await sub.as(V.safety).request(`{
      safetyZones(schoolId: "${SCHOOL_A}") { nodes { patrol { lastPatrolledOn overdue } } }
      safetyPatrols(schoolId: "${SCHOOL_A}", from: "${from}", to: "${today}") { nodes { patrolledOn } }
    }`),
  );
  expect(data.safetyPatrols.nodes).toHaveLength(4);
  expect(data.safetyZones.nodes[0].patrol).toEqual({ lastPatrolledOn: expect.any(String), overdue: false });
});

it('gives First Primary an equipment register with one extinguisher past its scrap age and one overdue for its check', async () => {
  const data = ok(await sub.as(V.safety).request(`{ safetyEquipment(schoolId: "${SCHOOL_A}", first: 50) { nodes { code status } } }`));
  const nodes = data.safetyEquipment.nodes as { code: string; status: string }[];
  expect(nodes).toHaveLength(7);
  expect(nodes.filter((e) => e.status === 'EXPIRED').map((e) => e.code)).toEqual(['MHQ-A1-02']);
  expect(nodes.filter((e) => e.status === 'CHECK_OVERDUE').map((e) => e.code)).toEqual(['MHQ-A1-03']);
});

it('shows First Primary’s training matrix with an expired, an expiring and a valid record', async () => {
  const data = ok(
    await sub.as(V.safety).request(`{ trainingCompliance(schoolId: "${SCHOOL_A}", first: 50) { nodes { posts entries { status } } } }`),
  );
  const statuses = (data.trainingCompliance.nodes as { entries: { status: string }[] }[])
    .flatMap((p) => p.entries.map((e) => e.status))
    .sort();
  expect(statuses).toEqual(['EXPIRED', 'EXPIRING', 'VALID', 'VALID']);
});

it('gives First Primary a safety meeting with decisions and an investigated incident with one action open', async () => {
  const data = ok(
    await sub.as(V.safety).request(`{
      safetyMeetings(schoolId: "${SCHOOL_A}") { nodes { actionItems { doneAt } } }
      safetyIncidents(schoolId: "${SCHOOL_A}") { nodes { status serious reportedInTime actions { kind doneAt } } }
    }`),
  );
  expect(data.safetyMeetings.nodes).toHaveLength(1);
  expect(data.safetyIncidents.nodes).toEqual([expect.objectContaining({ status: 'INVESTIGATED', serious: true, reportedInTime: true })]);
  expect(data.safetyIncidents.nodes[0].actions.filter((a: { doneAt: string | null }) => !a.doneAt)).toHaveLength(1);
});
