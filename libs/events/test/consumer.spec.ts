import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import { testStorage } from '@houqin/testing';
import { DeadLetter, defineConsumer, EventAttempt, EventConsumer, HandledEvent, type EventEnvelope } from '../src';
import {
  DISTRICT,
  Effect,
  effects,
  openEventsDatabase,
  recordEffect,
  SCHOOL,
  silent,
  submittedPayload,
  teacher,
  type EventsDatabase,
} from './support';

let database: EventsDatabase;
let dataSource: DataSource;

beforeEach(async () => {
  database = await openEventsDatabase('consumer');
  dataSource = database.dataSource;
});

afterEach(async () => {
  await database?.close();
});

/** An envelope as a transport delivers it (JSON), not recorded by any publisher in this test. */
function submitted(payload: Record<string, unknown> = submittedPayload()): EventEnvelope {
  return {
    id: newId(),
    type: 'finance.purchaseRequest.submitted',
    version: 1,
    occurredAt: new Date().toISOString(),
    districtId: DISTRICT,
    schoolId: SCHOOL,
    actor: { accountId: teacher.accountId, staffId: teacher.staffId },
    requestId: 'req-consumer-test',
    payload,
  };
}

/** A handler whose behaviour the test changes between deliveries. */
function switchable() {
  const state = { failuresLeft: 0, broken: false };
  const handler = async (manager: EntityManager, event: EventEnvelope) => {
    await recordEffect('directory')(manager, event);
    if (state.broken) throw new Error('approver lookup failed: no such level');
    if (state.failuresLeft > 0) {
      state.failuresLeft -= 1;
      throw new Error('deadlock, try again');
    }
  };
  return {
    state,
    consumer: new EventConsumer(
      defineConsumer('directory', { handlers: { 'finance.purchaseRequest.submitted': handler }, maxAttempts: 3 }),
      { dataSource, logger: silent },
    ),
  };
}

describe('EventConsumer', () => {
  it('applies an event once: a redelivery is a duplicate and changes nothing', async () => {
    const { consumer } = switchable();
    const event = submitted();
    expect(await consumer.handle(event)).toEqual({ outcome: 'handled', ok: true });
    expect(await consumer.handle(JSON.parse(JSON.stringify(event)))).toEqual({ outcome: 'duplicate', ok: true });
    expect((await effects(dataSource)).map((e) => e.eventId)).toEqual([event.id]);
    expect(await dataSource.getRepository(HandledEvent).findOneByOrFail({ eventId: event.id })).toMatchObject({ type: event.type });
  });

  it("counts a transiently failing handler's attempts, asks for a retry, and applies it once when it succeeds", async () => {
    const { state, consumer } = switchable();
    state.failuresLeft = 2;
    const event = submitted();
    expect(await consumer.handle(event)).toMatchObject({ outcome: 'failed', ok: false, attempts: 1, error: 'Error: deadlock, try again' });
    expect(await consumer.handle(event)).toMatchObject({ outcome: 'failed', ok: false, attempts: 2 });
    expect(await consumer.handle(event)).toEqual({ outcome: 'handled', ok: true });
    // The failed attempts' writes were rolled back with them.
    expect(await effects(dataSource)).toHaveLength(1);
    expect(await dataSource.getRepository(EventAttempt).findOneByOrFail({ eventId: event.id })).toMatchObject({
      attempts: 2,
      lastError: 'Error: deadlock, try again',
    });
  });

  it('parks a poison event after its attempts with its error, ignores it until replayed, and a replay after the fix applies it once', async () => {
    const { state, consumer } = switchable();
    state.broken = true;
    const event = submitted();
    expect(await consumer.handle(event)).toMatchObject({ outcome: 'failed', attempts: 1 });
    expect(await consumer.handle(event)).toMatchObject({ outcome: 'failed', attempts: 2 });
    expect(await consumer.handle(event)).toMatchObject({ outcome: 'parked', ok: true, attempts: 3 });
    const [letter] = await dataSource.getRepository(DeadLetter).find();
    expect(letter).toMatchObject({
      eventId: event.id,
      type: event.type,
      districtId: DISTRICT,
      schoolId: SCHOOL,
      attempts: 3,
      replayedAt: null,
    });
    expect(letter.error).toBe('Error: approver lookup failed: no such level');
    expect(JSON.parse(letter.envelope)).toEqual(event);

    // Delivered again (a duplicate from the broker): still parked, nothing applied, no second letter.
    expect(await consumer.handle(event)).toEqual({ outcome: 'parked', ok: true });
    expect(await dataSource.getRepository(DeadLetter).count()).toBe(1);

    // Replaying before the fix keeps it parked, with the error again.
    expect(await consumer.replay(letter.id)).toMatchObject({ outcome: 'failed', ok: false });
    state.broken = false;
    expect(await consumer.replay(letter.id)).toEqual({ outcome: 'handled', ok: true });
    expect(await consumer.replay(letter.id)).toEqual({ outcome: 'duplicate', ok: true });
    expect(await consumer.handle(event)).toEqual({ outcome: 'duplicate', ok: true });
    expect(await effects(dataSource)).toHaveLength(1);
    expect((await dataSource.getRepository(DeadLetter).findOneByOrFail({ id: letter.id })).replayedAt).toBeInstanceOf(Date);
  });

  it('parks at once an event whose payload or version does not match the catalogue, with the validation error', async () => {
    const { consumer } = switchable();
    const badPayload = submitted({ ...submittedPayload(), estimatedTotalFen: '1250.50' });
    expect(await consumer.handle(badPayload)).toMatchObject({ outcome: 'parked', ok: true, attempts: 0 });
    const unknownVersion = { ...submitted(), version: 7 };
    expect(await consumer.handle(unknownVersion)).toMatchObject({ outcome: 'parked', ok: true });
    const letters = await dataSource.getRepository(DeadLetter).find({ order: { parkedAt: 'ASC', id: 'ASC' } });
    expect(letters.map((l) => l.eventId)).toEqual([badPayload.id, unknownVersion.id]);
    expect(letters[0].error).toMatch(/payload is invalid[\s\S]*estimatedTotalFen/);
    expect(letters[1].error).toMatch(/v7 is not in the catalogue/);
    expect(await effects(dataSource)).toHaveLength(0);
  });

  it('ignores types it has no handler for, and refuses (without parking) what is not an envelope at all', async () => {
    const { consumer } = switchable();
    expect(await consumer.handle({ ...submitted(), type: 'finance.supplier.suspended' })).toEqual({ outcome: 'ignored', ok: true });
    expect(await consumer.handle({ hello: 'world' })).toMatchObject({ outcome: 'unreadable', ok: false });
    expect(await dataSource.getRepository(DeadLetter).count()).toBe(0);
  });

  (testStorage().kind === 'mysql' ? it : it.skip)(
    'applies an event once when the same delivery arrives several times at once (MySQL)',
    async () => {
      const { consumer } = switchable();
      const event = submitted();
      const results = await Promise.all(Array.from({ length: 8 }, () => consumer.handle(JSON.parse(JSON.stringify(event)))));
      expect(results.filter((r) => r.outcome === 'handled')).toHaveLength(1);
      expect(results.filter((r) => r.outcome === 'duplicate')).toHaveLength(7);
      expect(await dataSource.getRepository(Effect).countBy({ eventId: event.id })).toBe(1);
    },
  );
});
