/**
 * Dead letters in the graph (docs/events.md): an event the directory's handler keeps failing is
 * parked after its attempts, district administrators see it with its error and replay it after the
 * fix (applied once), district auditors only read, school accounts and other districts get nothing.
 * Events arrive over the real internal-HTTP route, applied by the real EventConsumer.
 */
import { type EntityManager, IsNull } from 'typeorm';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import {
  DeadLetter,
  defineConsumer,
  EVENT_TOKEN_HEADER,
  type EventEnvelope,
  EVENTS_PATH,
  eventsExtension,
  OutboxEvent,
  signEventToken,
} from '@houqin/events';
import { AuditEntry, recordAudit } from '@houqin/persistence';
import { demoViewer, TEST_INTERNAL_SECRET, waitFor, type TestSubgraph } from '@houqin/testing';
import { directoryDefinition, expectBadInput, expectCode, expectNoWrites, ok, SCHOOL, startDirectory, UNKNOWN_ID, walk } from './support';

/** The handler's state: broken until the test "deploys the fix". */
const state = { broken: true };

/** What the poison handler does once it works: one audit row per application, so a second one shows. */
async function apply(manager: EntityManager, event: EventEnvelope): Promise<void> {
  if (state.broken) throw new Error('approver lookup failed: no such level');
  await recordAudit(
    manager,
    { viewer: null, requestId: 'dead-letter-test' },
    { action: 'test.applied', entityType: 'Event', entityId: event.id, changes: {} },
  );
}

const poison = defineConsumer('directory', {
  handlers: { 'finance.purchaseRequest.submitted': apply, 'finance.supplier.suspended': apply },
  maxAttempts: 3,
});

const admin = demoViewer('admin');
const auditor = demoViewer('auditor');
const principal = demoViewer('principal');
/** The administrator of another district. */
const otherAdmin = { ...admin, accountId: newId(), username: 'admin-b', districtId: newId() };

function submitted(districtId: string, schoolId: string | null, payload: Record<string, unknown> = submittedPayload()): EventEnvelope {
  return {
    id: newId(),
    type: 'finance.purchaseRequest.submitted',
    version: 1,
    occurredAt: new Date().toISOString(),
    districtId,
    schoolId,
    actor: { accountId: principal.accountId, staffId: null },
    requestId: 'req-dead-letters',
    payload,
  };
}

function submittedPayload(): Record<string, unknown> {
  return {
    purchaseRequestId: newId(),
    requesterAccountId: principal.accountId,
    requesterStaffId: null,
    categoryId: newId(),
    fiscalYear: 2026,
    estimatedTotalFen: 125050,
    status: 'PENDING_APPROVAL',
    nextApprovalLevel: 'DIRECTOR',
    requiredLevel: 'PRINCIPAL',
  };
}

const LETTER_FIELDS = 'id eventId type schoolId school { id name } error attempts parkedAt replayedAt payload';
const LIST = `query ($first: Int, $after: String, $filter: DeadLetterFilter) {
  directoryDeadLetters(first: $first, after: $after, filter: $filter) { nodes { ${LETTER_FIELDS} } pageInfo { hasNextPage endCursor } }
}`;
const REPLAY = `mutation ($id: ID!) { replayDirectoryDeadLetter(id: $id) { outcome error deadLetter { ${LETTER_FIELDS} } } }`;

describe('dead letters of the directory, in the graph', () => {
  let sub: TestSubgraph;
  const poisoned = submitted(DEMO_DISTRICT.id, SCHOOL.firstPrimary);
  const elsewhere = submitted(otherAdmin.districtId, null);
  let letterId: string;

  /** Delivers an envelope the way the publisher's relay does; the HTTP status says what became of it. */
  async function deliver(envelope: EventEnvelope): Promise<number> {
    const response = await fetch(sub.url.replace(/\/graphql$/, EVENTS_PATH), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [EVENT_TOKEN_HEADER]: await signEventToken(envelope, 'directory', TEST_INTERNAL_SECRET),
      },
      body: JSON.stringify(envelope),
    });
    return response.status;
  }

  const list = (viewer: typeof admin, variables: Record<string, unknown> = {}) => sub.as(viewer).request(LIST, variables);
  const replay = (viewer: typeof admin, id: string) => sub.as(viewer).request(REPLAY, { id });
  const applied = (eventId: string) => sub.dataSource.getRepository(AuditEntry).countBy({ action: 'test.applied', entityId: eventId });

  beforeAll(async () => {
    sub = await startDirectory({ ...directoryDefinition(), extensions: [eventsExtension({ consumer: poison, subscriptions: {} })] });
    // The relay has taken what the demo seed recorded, so it writes nothing while a test compares snapshots.
    await waitFor(
      'the seed’s events published',
      async () => !(await sub.dataSource.getRepository(OutboxEvent).existsBy({ publishedAt: IsNull() })),
    );
  });
  afterAll(() => sub.stop());

  it('parks an event whose handler keeps failing after its attempts, and shows it to the district administrator with its error', async () => {
    // Two failures ask for a retry (503); the third parks it, and the publisher may stop (200).
    expect([await deliver(poisoned), await deliver(poisoned), await deliver(poisoned)]).toEqual([503, 503, 200]);
    expect(await deliver(elsewhere)).toBe(503);
    expect([await deliver(elsewhere), await deliver(elsewhere)]).toEqual([503, 200]);
    // A redelivery of a parked event stays parked.
    expect(await deliver(poisoned)).toBe(200);
    expect(await applied(poisoned.id)).toBe(0);

    const { directoryDeadLetters } = ok(await list(admin));
    expect(directoryDeadLetters.nodes).toEqual([
      {
        id: expect.any(String),
        eventId: poisoned.id,
        type: 'finance.purchaseRequest.submitted',
        schoolId: SCHOOL.firstPrimary,
        school: { id: SCHOOL.firstPrimary, name: expect.any(String) },
        error: 'Error: approver lookup failed: no such level',
        attempts: 3,
        parkedAt: expect.any(String),
        replayedAt: null,
        payload: expect.any(String),
      },
    ]);
    expect(JSON.parse(directoryDeadLetters.nodes[0].payload)).toEqual(poisoned.payload);
    expect(directoryDeadLetters.pageInfo.hasNextPage).toBe(false);
    letterId = directoryDeadLetters.nodes[0].id;

    expect(ok(await list(admin, { filter: { type: 'finance.supplier.suspended' } })).directoryDeadLetters.nodes).toEqual([]);
    expectBadInput(await list(admin, { first: 101 }), 'first');
  });

  it('lets the district auditor read them but not replay (FORBIDDEN, nothing written)', async () => {
    expect(ok(await list(auditor)).directoryDeadLetters.nodes.map((n: { id: string }) => n.id)).toEqual([letterId]);
    await expectNoWrites(sub, async () => expectCode(await replay(auditor, letterId), 'FORBIDDEN'));
  });

  it('refuses school accounts both (FORBIDDEN), even for a letter of their own school', async () => {
    expectCode(await list(principal), 'FORBIDDEN');
    await expectNoWrites(sub, async () => expectCode(await replay(principal, letterId), 'FORBIDDEN'));
    expectCode(await sub.as(null).request(LIST), 'UNAUTHENTICATED');
  });

  it("shows another district's administrator only their own letters, and answers NOT_FOUND for this district's", async () => {
    const { nodes } = ok(await list(otherAdmin)).directoryDeadLetters;
    expect(nodes.map((n: { eventId: string; schoolId: string | null; school: unknown }) => [n.eventId, n.schoolId, n.school])).toEqual([
      [elsewhere.id, null, null],
    ]);
    await expectNoWrites(sub, async () => expectCode(await replay(otherAdmin, letterId), 'NOT_FOUND'));
    expectCode(await replay(admin, UNKNOWN_ID), 'NOT_FOUND');
    expectBadInput(await replay(admin, 'not-an-id'), 'id');
  });

  it('keeps a letter parked with the new error when a replay fails again', async () => {
    const { replayDirectoryDeadLetter } = ok(await replay(admin, letterId));
    expect(replayDirectoryDeadLetter).toMatchObject({
      outcome: 'STILL_FAILING',
      error: 'Error: approver lookup failed: no such level',
      deadLetter: { id: letterId, attempts: 4, replayedAt: null },
    });
    expect(await applied(poisoned.id)).toBe(0);
  });

  it('applies the event once when replayed after the fix; a second replay or a redelivery changes nothing', async () => {
    state.broken = false;
    const { replayDirectoryDeadLetter } = ok(await replay(admin, letterId));
    expect(replayDirectoryDeadLetter).toMatchObject({
      outcome: 'HANDLED',
      error: null,
      deadLetter: { id: letterId, replayedAt: expect.any(String) },
    });
    expect(await applied(poisoned.id)).toBe(1);
    // Both replays (the failed one and this one) are in the audit trail, with who replayed.
    expect(
      await sub.dataSource
        .getRepository(AuditEntry)
        .countBy({ action: 'deadLetter.replay', entityId: letterId, actorAccountId: admin.accountId }),
    ).toBe(2);

    const again = await expectNoWrites(sub, async () => ok(await replay(admin, letterId)));
    expect(again.replayDirectoryDeadLetter).toMatchObject({ outcome: 'ALREADY_APPLIED', error: null });
    expect(await deliver(poisoned)).toBe(200);
    expect(await applied(poisoned.id)).toBe(1);

    // Replayed letters leave the default list, and stay listed on request.
    expect(ok(await list(admin)).directoryDeadLetters.nodes).toEqual([]);
    const all = ok(await list(admin, { filter: { includeReplayed: true } })).directoryDeadLetters.nodes;
    expect(all.map((n: { id: string }) => n.id)).toEqual([letterId]);
  });

  it('lists letters newest first, a page at a time; one that did not match the catalogue is parked at once', async () => {
    const invalid = [1, 2, 3, 4, 5].map(() => submitted(DEMO_DISTRICT.id, SCHOOL.secondJunior, { purchaseRequestId: 'not an id' }));
    for (const envelope of invalid) expect(await deliver(envelope)).toBe(200);
    const parked = await sub.dataSource.getRepository(DeadLetter).findBy({ districtId: DEMO_DISTRICT.id, replayedAt: IsNull() });
    expect(parked.map((l) => l.attempts)).toEqual([0, 0, 0, 0, 0]);
    const newestFirst = parked
      .map((l) => l.id)
      .sort()
      .reverse();

    const { ids, pages } = await walk(
      (after) => list(admin, { first: 2, after }),
      (data) => data.directoryDeadLetters,
    );
    expect({ ids, pages }).toEqual({ ids: newestFirst, pages: 3 });
    const [first] = ok(await list(admin, { first: 1 })).directoryDeadLetters.nodes;
    expect(first.error).toMatch(/payload is invalid/);
    expect(JSON.parse(first.payload)).toEqual({ purchaseRequestId: 'not an id' });
  });
});
