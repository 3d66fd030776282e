/**
 * The canteen keeps its own copies of the facts it validates against (docs/events.md): the
 * directory's schools, campuses and staff, and finance's suppliers. Each event is applied once, the
 * newest state winning whatever order they arrive in, and receiving reads only the copy. A failing
 * event is parked as a dead letter that district roles see and replay in the graph.
 */
import type { EntityManager } from 'typeorm';
import pino from 'pino';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import {
  defineConsumer,
  EVENT_TOKEN_HEADER,
  EventConsumer,
  eventDefinition,
  EVENTS_PATH,
  eventsExtension,
  signEventToken,
  subscriptionProblems,
  SUBSCRIPTIONS,
  type EventEnvelope,
  type EventPayload,
  type EventType,
} from '@houqin/events';
import { startTestSubgraph, TEST_INTERNAL_SECRET } from '@houqin/testing';
import { KnownSchool, KnownStaff } from '@houqin/directory-copy';
import { canteenConsumer } from '../src/events/canteen.consumer';
import { KnownSupplier } from '@houqin/supplier-copy';
import { createCanteenSubgraph } from '../src/subgraph';
import {
  CAMPUS_A_WEST,
  CREATE_CANTEEN,
  canteenInput,
  expectBadInput,
  expectCode,
  expectNoWrites,
  knownSupplier,
  ok,
  SCHOOL_A,
  staffOf,
  startCanteen,
  TEST_NOW,
  type TestSubgraph,
  V,
} from './support';

jest.setTimeout(60000);

const DISTRICT = DEMO_DISTRICT.id;
const silent = pino({ level: 'silent' });

/** An envelope as its publisher sends it, with a UUIDv7 id made now (so later calls are newer events). */
function eventOf<T extends EventType>(type: T, schoolId: string | null, payload: EventPayload<T>): EventEnvelope {
  return {
    id: newId(),
    type,
    version: eventDefinition(type)!.version,
    occurredAt: new Date().toISOString(),
    districtId: DISTRICT,
    schoolId,
    actor: null,
    requestId: 'copies-test',
    payload,
  };
}

const snapshot = (supplierId: string, supplierVersion: number, changes: Partial<EventPayload<'finance.supplier.changed'>> = {}) =>
  eventOf('finance.supplier.changed', null, {
    supplierId,
    districtId: DISTRICT,
    supplierVersion,
    change: supplierVersion === 1 ? 'CREATED' : 'UPDATED',
    name: 'Hexiang Catering (禾香餐饮管理有限公司)',
    creditCode: '91330100MA2XXXXXX0',
    status: 'ACTIVE',
    foodSupplier: true,
    foodLicenceNumber: 'JY13301000077777',
    foodLicenceExpiresOn: '2027-12-31',
    ...changes,
  });
const suspension = (supplierId: string) =>
  eventOf('finance.supplier.suspended', null, {
    supplierId,
    name: 'Hexiang Catering (禾香餐饮管理有限公司)',
    foodSupplier: true,
    reason: null,
  });

describe("the canteen's copies", () => {
  let sub: TestSubgraph;
  let consumer: EventConsumer;
  const supplier = (supplierId: string) => sub.dataSource.manager.findOneBy(KnownSupplier, { supplierId });
  const contract = (supplierId: string) =>
    sub.as(V.canteen).request(CREATE_CANTEEN, {
      input: canteenInput('A', {
        campusId: CAMPUS_A_WEST,
        operation: 'CONTRACTED',
        contractorSupplierId: supplierId,
        storageLocations: [],
      }),
    });

  beforeAll(async () => {
    sub = await startCanteen();
    consumer = new EventConsumer(canteenConsumer, { dataSource: sub.dataSource, logger: silent });
  });
  afterAll(() => sub?.stop());

  it('handles exactly the types SUBSCRIPTIONS lists for the canteen', () => {
    expect(subscriptionProblems([canteenConsumer], { canteen: SUBSCRIPTIONS.canteen })).toEqual([]);
  });

  it('a supplier: registered, then its licence renewed; the duplicate and the late first snapshot change nothing', async () => {
    const id = newId();
    const created = snapshot(id, 1, { foodLicenceExpiresOn: '2026-11-01' });
    const renewed = snapshot(id, 2, { foodLicenceExpiresOn: '2029-06-30' });
    expect((await consumer.handle(created)).outcome).toBe('handled');
    // Its licence expired on 1 November: not receivable today (16 November), so it cannot be a contractor.
    expectBadInput(await expectNoWrites(sub, () => contract(id)), 'contractorSupplierId');
    expect((await consumer.handle(renewed)).outcome).toBe('handled');
    expect((await consumer.handle(renewed)).outcome).toBe('duplicate');
    expect((await consumer.handle(created)).outcome).toBe('duplicate');
    expect(await supplier(id)).toMatchObject({
      supplierVersion: 2,
      foodLicenceExpiresOn: '2029-06-30',
      status: 'ACTIVE',
      districtId: DISTRICT,
    });
  });

  it('a suspension delivered before any snapshot leaves it suspended; the late snapshot of its active state does not revive it, a reactivation does', async () => {
    const id = newId();
    const active = snapshot(id, 1);
    const suspended = snapshot(id, 2, { status: 'SUSPENDED', change: 'SUSPENDED' });
    const suspendedToo = suspension(id);
    const reactivated = snapshot(id, 3, { change: 'REACTIVATED' });
    await consumer.handle(suspendedToo);
    expect(await supplier(id)).toMatchObject({ status: 'SUSPENDED', supplierVersion: 0 });
    await consumer.handle(active);
    await consumer.handle(suspended);
    expect(await supplier(id)).toMatchObject({ status: 'SUSPENDED' });
    expectBadInput(await expectNoWrites(sub, () => contract(id)), 'contractorSupplierId');
    await consumer.handle(reactivated);
    expect(await supplier(id)).toMatchObject({ status: 'ACTIVE', supplierVersion: 3, foodLicenceExpiresOn: '2027-12-31' });
  });

  it("a suspension after the snapshots suspends it; an older snapshot delivered late cannot undo it; another district's supplier is unknown", async () => {
    const id = newId();
    const active = snapshot(id, 1);
    await consumer.handle(active);
    await consumer.handle(suspension(id));
    await consumer.handle(active);
    expect(await supplier(id)).toMatchObject({ status: 'SUSPENDED', supplierVersion: 1 });

    const elsewhere = newId();
    const otherDistrict = newId();
    const foreign = snapshot(elsewhere, 1);
    await consumer.handle({
      ...foreign,
      districtId: otherDistrict,
      payload: { ...(foreign.payload as object), districtId: otherDistrict },
    });
    const refused = await expectNoWrites(sub, () => contract(elsewhere));
    expectBadInput(refused, 'contractorSupplierId');
    expect(refused.errors![0].message).toMatch(/does not name a supplier of your district/);
  });

  it('a licence is valid through its last day: a contractor whose licence expires today is accepted', async () => {
    const lastDay = await knownSupplier(sub, { licenceExpiresOn: '2026-11-16' });
    const data = ok(await contract(lastDay)).createCanteen;
    expect(data).toMatchObject({ operation: 'CONTRACTED', contractorSupplierId: lastDay });
  });

  it('a staff member who leaves can no longer be named food-safety manager, whatever order the events come in', async () => {
    const staffId = newId();
    const facts = { staffId, schoolId: SCHOOL_A, campusId: null, name: 'Cook Ma (马师傅)', posts: ['COOK' as const], active: true };
    const joined = eventOf('directory.staff.created', SCHOOL_A, facts);
    const left = eventOf('directory.staff.changed', SCHOOL_A, { ...facts, active: false, changedFields: ['active'] });
    await consumer.handle(left);
    await consumer.handle(joined);
    expect(await sub.dataSource.manager.findOneBy(KnownStaff, { staffId })).toMatchObject({
      active: false,
      posts: 'COOK',
      lastEventId: left.id,
    });
    const response = await expectNoWrites(sub, () =>
      sub.as(V.canteen).request(CREATE_CANTEEN, {
        input: canteenInput('A', { campusId: CAMPUS_A_WEST, foodSafetyManagerStaffId: staffId, storageLocations: [] }),
      }),
    );
    expectBadInput(response, 'foodSafetyManagerStaffId');
    expect(response.errors![0].message).toMatch(/left the school/);
    // The demo canteen manager is a staff member of school A.
    expect(await sub.dataSource.manager.findOneBy(KnownStaff, { staffId: staffOf('A', 'CANTEEN_MANAGER') })).toMatchObject({
      schoolId: SCHOOL_A,
      active: true,
    });
  });

  it("a school's zone comes from the directory: the licence's 'today' is the school's", async () => {
    expect(await sub.dataSource.manager.findOneBy(KnownSchool, { schoolId: SCHOOL_A })).toMatchObject({
      timeZone: 'Asia/Shanghai',
      kind: 'PRIMARY',
      active: true,
    });
  });
});

describe("the canteen's dead letters, in the graph", () => {
  const state = { broken: true };
  const poison = defineConsumer('canteen', {
    handlers: {
      'finance.supplier.suspended': async (manager: EntityManager, event: EventEnvelope) => {
        if (state.broken) throw new Error('supplier copy out of date');
        await canteenConsumer.handlers['finance.supplier.suspended']!(manager, event as never);
      },
    },
    maxAttempts: 1,
  });
  let sub: TestSubgraph;
  beforeAll(async () => {
    sub = await startTestSubgraph(
      { ...createCanteenSubgraph({ now: TEST_NOW }), extensions: [eventsExtension({ consumer: poison, subscriptions: {} })] },
      { seed: false },
    );
  });
  afterAll(() => sub?.stop());

  const LIST = '{ canteenDeadLetters { nodes { id eventId type error attempts replayedAt } } }';
  const REPLAY = 'mutation ($id: ID!) { replayCanteenDeadLetter(id: $id) { outcome error deadLetter { id replayedAt } } }';

  it('parks a failing event, shows it to district roles only, and applies it once when the admin replays it after the fix', async () => {
    const supplierId = newId();
    const event = suspension(supplierId);
    const response = await fetch(sub.url.replace(/\/graphql$/, EVENTS_PATH), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [EVENT_TOKEN_HEADER]: await signEventToken(event, 'canteen', TEST_INTERNAL_SECRET) },
      body: JSON.stringify(event),
    });
    expect(response.status).toBe(200);
    const { nodes } = ok(await sub.as(V.admin).request(LIST)).canteenDeadLetters;
    expect(nodes).toEqual([
      {
        id: expect.any(String),
        eventId: event.id,
        type: 'finance.supplier.suspended',
        error: expect.stringMatching(/out of date/),
        attempts: 1,
        replayedAt: null,
      },
    ]);
    expect(ok(await sub.as(V.auditor).request(LIST)).canteenDeadLetters.nodes).toHaveLength(1);
    expectCode(await sub.as(V.canteen).request(LIST), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => sub.as(V.auditor).request(REPLAY, { id: nodes[0].id })), 'FORBIDDEN');

    state.broken = false;
    const replayed = ok(await sub.as(V.admin).request(REPLAY, { id: nodes[0].id })).replayCanteenDeadLetter;
    expect(replayed).toMatchObject({ outcome: 'HANDLED', error: null });
    expect(await sub.dataSource.manager.findOneBy(KnownSupplier, { supplierId })).toMatchObject({ status: 'SUSPENDED' });
  });
});
