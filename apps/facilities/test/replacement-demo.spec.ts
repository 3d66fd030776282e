/**
 * The demo answers "what to bring this week": on the storeroom's year of requisitions (brooms per
 * classroom on their own rhythms), dueReplacements at First Primary lists rooms for any week asked,
 * brooms among them, each predicted from at least three requisitions.
 */
import pino from 'pino';
import { DEMO_SCHOOLS } from '@houqin/demo';
import { ok, type TestSubgraph } from '@houqin/testing';
import { seedPlacesDemo } from '../src/demo/place';
import { seedStoreroomDemo } from '../src/demo/storeroom';
import { startFacilities, V } from './support';

jest.setTimeout(180_000);

const NOW = new Date('2026-11-16T10:00:00+08:00');
let sub: TestSubgraph;

beforeAll(async () => {
  sub = await startFacilities({ now: () => NOW });
  const logger = pino({ level: 'silent' });
  await seedPlacesDemo(sub.dataSource, logger);
  await seedStoreroomDemo(sub.dataSource, logger, NOW);
});
afterAll(() => sub?.stop());

const DUE = `query($schoolId: ID!, $weekOf: String) { dueReplacements(schoolId: $schoolId, weekOf: $weekOf, first: 100) {
  nodes { state predictedOn requisitionCount quantityToBring room { name } item { name } } } }`;

interface DueOut {
  state: string;
  predictedOn: string;
  requisitionCount: number;
  room: { name: string };
  item: { name: string };
}

it.each(['2026-11-16', '2026-11-23', '2026-11-30'])('lists brooms to bring at First Primary in the week of %s', async (weekOf) => {
  const due = ok<{ dueReplacements: { nodes: DueOut[] } }>(
    await sub.as(V.storekeeper).request(DUE, { schoolId: DEMO_SCHOOLS.firstPrimary.id, weekOf }),
  ).dueReplacements.nodes;
  const brooms = due.filter((d) => d.item.name === '扫帚');
  expect(brooms.length).toBeGreaterThan(0);
  for (const d of due) expect(d.requisitionCount).toBeGreaterThanOrEqual(3);
});
