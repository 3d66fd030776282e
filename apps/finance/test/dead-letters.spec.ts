/**
 * Finance serves the dead letters of its own database (docs/events.md, "Dead letters"), like every
 * consuming service: a district administrator sees a parked event with its school (a reference the
 * gateway fills from the directory) and replays it after the fix; the auditor only reads; school
 * roles and other districts get nothing. The directory's test tells the whole story; this one proves
 * finance's wiring (resolver, permission table, the consumer its events extension runs).
 */
import type { EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { defineConsumer, EVENT_TOKEN_HEADER, type EventEnvelope, EVENTS_PATH, eventsExtension, signEventToken } from '@houqin/events';
import { AuditEntry, recordAudit } from '@houqin/persistence';
import { expectCode, expectNoWrites, ok, startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@houqin/testing';
import { createFinanceSubgraph } from '../src/subgraph';
import { SCHOOL_A, V } from './support';

const state = { broken: true };

const poison = defineConsumer('finance', {
  handlers: {
    'directory.school.changed': async (manager: EntityManager, event: EventEnvelope) => {
      if (state.broken) throw new Error('school copy out of date');
      await recordAudit(
        manager,
        { viewer: null, requestId: 'dead-letter-test' },
        { action: 'test.applied', entityType: 'Event', entityId: event.id, changes: {} },
      );
    },
  },
  maxAttempts: 1,
});

const event: EventEnvelope = {
  id: newId(),
  type: 'directory.school.changed',
  version: 1,
  occurredAt: new Date().toISOString(),
  districtId: DEMO_DISTRICT.id,
  schoolId: SCHOOL_A,
  actor: { accountId: V.admin.accountId, staffId: null },
  requestId: 'req-dead-letters',
  payload: {
    schoolId: SCHOOL_A,
    code: 'FP01',
    name: 'First Primary (第一小学)',
    kind: 'PRIMARY',
    active: true,
    timeZone: 'Asia/Shanghai',
    changedFields: ['name'],
  },
};

const LIST = '{ financeDeadLetters { nodes { id eventId type school { id } error attempts replayedAt } } }';
const REPLAY = 'mutation ($id: ID!) { replayFinanceDeadLetter(id: $id) { outcome error deadLetter { id replayedAt } } }';

describe("finance's dead letters, in the graph", () => {
  let sub: TestSubgraph;
  beforeAll(async () => {
    sub = await startTestSubgraph(
      { ...createFinanceSubgraph(), extensions: [eventsExtension({ consumer: poison, subscriptions: {} })] },
      { seed: false },
    );
  });
  afterAll(() => sub.stop());

  it('parks a failing event, shows it to district roles only, and applies it once when the admin replays it after the fix', async () => {
    const response = await fetch(sub.url.replace(/\/graphql$/, EVENTS_PATH), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [EVENT_TOKEN_HEADER]: await signEventToken(event, 'finance', TEST_INTERNAL_SECRET) },
      body: JSON.stringify(event),
    });
    expect(response.status).toBe(200);

    const { nodes } = ok(await sub.as(V.admin).request(LIST)).financeDeadLetters;
    expect(nodes).toEqual([
      {
        id: expect.any(String),
        eventId: event.id,
        type: 'directory.school.changed',
        school: { id: SCHOOL_A },
        error: 'Error: school copy out of date',
        attempts: 1,
        replayedAt: null,
      },
    ]);
    const letterId = nodes[0].id;
    expect(ok(await sub.as(V.auditor).request(LIST)).financeDeadLetters.nodes).toHaveLength(1);
    expectCode(await sub.as(V.principal).request(LIST), 'FORBIDDEN');
    const otherDistrict = { ...V.admin, accountId: newId(), districtId: newId() };
    expect(ok(await sub.as(otherDistrict).request(LIST)).financeDeadLetters.nodes).toEqual([]);
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.auditor).request(REPLAY, { id: letterId }), 'FORBIDDEN');
      expectCode(await sub.as(V.accountant).request(REPLAY, { id: letterId }), 'FORBIDDEN');
      expectCode(await sub.as(otherDistrict).request(REPLAY, { id: letterId }), 'NOT_FOUND');
    });

    state.broken = false;
    expect(ok(await sub.as(V.admin).request(REPLAY, { id: letterId })).replayFinanceDeadLetter).toMatchObject({
      outcome: 'HANDLED',
      error: null,
      deadLetter: { id: letterId, replayedAt: expect.any(String) },
    });
    expect(ok(await sub.as(V.admin).request(REPLAY, { id: letterId })).replayFinanceDeadLetter.outcome).toBe('ALREADY_APPLIED');
    expect(await sub.dataSource.getRepository(AuditEntry).countBy({ action: 'test.applied', entityId: event.id })).toBe(1);
  });
});
