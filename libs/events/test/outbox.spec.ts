import type { DataSource } from 'typeorm';
import { testStorage } from '@houqin/testing';
import { financeEvents, OutboxEvent, OutboxRelay, publishEvent, publishEvents, type EventPayload } from '../src';
import {
  actor,
  commitSubmissions,
  DISTRICT,
  Effect,
  openEventsDatabase,
  openReplica,
  RecordingTransport,
  SCHOOL,
  silent,
  submittedPayload,
  waitFor,
  type EventsDatabase,
} from './support';

const itOnMysql = testStorage().kind === 'mysql' ? it : it.skip;

let database: EventsDatabase;
let dataSource: DataSource;

beforeEach(async () => {
  database = await openEventsDatabase('outbox');
  dataSource = database.dataSource;
});

afterEach(async () => {
  await database?.close();
});

const relayOver = (transport: RecordingTransport, source = dataSource, batchSize = 100) =>
  new OutboxRelay({ dataSource: source, service: 'finance', transport, logger: silent, batchSize, pollMs: 60000 });

describe('publishEvent (the outbox)', () => {
  it("records the envelope in the caller's transaction, and a rolled-back change leaves no event", async () => {
    const envelope = await dataSource.transaction((manager) =>
      publishEvent(manager, actor, financeEvents.purchaseRequestSubmitted, {
        districtId: DISTRICT,
        schoolId: SCHOOL,
        payload: submittedPayload(),
      }),
    );
    expect(envelope).toMatchObject({
      type: 'finance.purchaseRequest.submitted',
      version: 1,
      districtId: DISTRICT,
      schoolId: SCHOOL,
      actor: { accountId: actor.viewer.accountId, staffId: actor.viewer.staffId },
      requestId: 'req-events-test',
    });
    const row = await dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: envelope.id });
    expect(row.publishedAt).toBeNull();
    expect(JSON.parse(row.payload)).toEqual(envelope.payload);

    await expect(
      dataSource.transaction(async (manager) => {
        await manager.insert(Effect, { id: envelope.id, eventId: envelope.id, consumer: 'the change itself' });
        await publishEvent(manager, actor, financeEvents.purchaseRequestSubmitted, {
          districtId: DISTRICT,
          schoolId: SCHOOL,
          payload: submittedPayload(),
        });
        throw new Error('the mutation failed after publishing');
      }),
    ).rejects.toThrow('the mutation failed');
    expect(await dataSource.getRepository(OutboxEvent).count()).toBe(1);
    expect(await dataSource.getRepository(Effect).count()).toBe(0);
  });

  it('refuses a payload the catalogue does not allow, naming the field, and a call outside a transaction', async () => {
    const bad = { ...submittedPayload(), estimatedTotalFen: 12.5 } as EventPayload<'finance.purchaseRequest.submitted'>;
    await expect(
      dataSource.transaction((manager) =>
        publishEvent(manager, actor, financeEvents.purchaseRequestSubmitted, { districtId: DISTRICT, schoolId: SCHOOL, payload: bad }),
      ),
    ).rejects.toThrow(/payload is invalid[\s\S]*estimatedTotalFen/);
    await expect(
      publishEvent(dataSource.manager, actor, financeEvents.purchaseRequestSubmitted, {
        districtId: DISTRICT,
        schoolId: SCHOOL,
        payload: submittedPayload(),
      }),
    ).rejects.toThrow(/needs the transaction/);
    expect(await dataSource.getRepository(OutboxEvent).count()).toBe(0);
  });
});

describe('publishEvents (many events of one change, e.g. an import)', () => {
  it('records each as publishEvent does, a hundred per statement, in order; one bad payload records none', async () => {
    const many = Array.from({ length: 250 }, () => ({ districtId: DISTRICT, schoolId: SCHOOL, payload: submittedPayload() }));
    const envelopes = await dataSource.transaction((manager) =>
      publishEvents(manager, actor, financeEvents.purchaseRequestSubmitted, many),
    );
    expect(envelopes).toHaveLength(250);
    const rows = await dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } });
    expect(rows.map((r) => r.id)).toEqual(envelopes.map((e) => e.id));
    expect(rows.every((r) => r.type === 'finance.purchaseRequest.submitted' && r.publishedAt === null)).toBe(true);

    const bad = { ...submittedPayload(), estimatedTotalFen: 12.5 } as EventPayload<'finance.purchaseRequest.submitted'>;
    await expect(
      dataSource.transaction((manager) =>
        publishEvents(manager, actor, financeEvents.purchaseRequestSubmitted, [
          ...many,
          { districtId: DISTRICT, schoolId: SCHOOL, payload: bad },
        ]),
      ),
    ).rejects.toThrow(/estimatedTotalFen/);
    expect(await dataSource.getRepository(OutboxEvent).count()).toBe(250);
  });
});

describe('OutboxRelay', () => {
  it('publishes in id order and marks what it published; a failing transport leaves the rest for the next round', async () => {
    const committed = await commitSubmissions(dataSource, 5);
    const transport = new RecordingTransport();
    const relay = relayOver(transport, dataSource, 2);

    expect(await relay.publishBatch()).toMatchObject({ published: 2, more: true });
    transport.failWith = new Error('broker down');
    await expect(relay.drain()).rejects.toThrow('broker down');
    expect(await relay.pending()).toBe(3);

    transport.failWith = null;
    await relay.drain();
    expect(transport.published.map((e) => e.id)).toEqual(committed.map((e) => e.id));
    expect(transport.published[0]).toEqual(committed[0]);
    expect(await relay.pending()).toBe(0);
  });

  it('is woken by the commit that recorded an event, without waiting for its poll', async () => {
    const transport = new RecordingTransport();
    const relay = relayOver(transport);
    relay.start();
    try {
      // The poll is a minute: only the commit hook can make this quick.
      const [envelope] = await commitSubmissions(dataSource, 1);
      await waitFor('the relay to publish the committed event', () => transport.published.some((e) => e.id === envelope.id), 5000);
    } finally {
      await relay.stop();
    }
  });

  // One process owns an embedded database: replicas and row locks are MySQL's.
  itOnMysql('run by two replicas at once, publishes every event exactly once (MySQL: FOR UPDATE SKIP LOCKED)', async () => {
    await commitSubmissions(dataSource, 200);
    const replica = await openReplica(database, 'outbox');
    try {
      const first = new RecordingTransport();
      const second = new RecordingTransport();
      await Promise.all([relayOver(first, dataSource, 10).drain(), relayOver(second, replica, 10).drain()]);
      const ids = [...first.published, ...second.published].map((e) => e.id);
      expect(ids).toHaveLength(200);
      expect(new Set(ids).size).toBe(200);
      // Both took part (each claims batches of 10 and skips the other's locked rows).
      expect(first.published.length).toBeGreaterThan(0);
      expect(second.published.length).toBeGreaterThan(0);
    } finally {
      await replica.destroy();
    }
  });

  itOnMysql('never makes a mutation wait while it holds a claim on a slow transport (MySQL: no gap locks)', async () => {
    await commitSubmissions(dataSource, 3);
    const transport = new RecordingTransport();
    let release = () => undefined as void;
    transport.gate = new Promise<void>((resolve) => (release = resolve));
    const round = relayOver(transport).publishBatch();
    try {
      // The claim's transaction is open, holding its rows; a new event must still commit at once.
      const started = Date.now();
      await commitSubmissions(dataSource, 1);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      release();
    }
    expect((await round).published).toBe(3);
    expect(await relayOver(new RecordingTransport()).pending()).toBe(1);
  });
});
