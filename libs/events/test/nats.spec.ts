import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, testStorage } from '@houqin/testing';
import {
  DeadLetter,
  defineConsumer,
  EventAttempt,
  EventConsumer,
  financeEvents,
  HandledEvent,
  NatsEvents,
  OutboxRelay,
  publishEvent,
  type Subscription,
} from '../src';
import {
  actor,
  commitSubmissions,
  describeWithNats,
  DISTRICT,
  effects,
  NATS_URL,
  openEventsDatabase,
  recordEffect,
  SCHOOL,
  silent,
  submittedPayload,
  uniquePrefix,
  waitFor,
  type EventsDatabase,
} from './support';

const SUBMITTED = 'finance.purchaseRequest.submitted';

let finance: EventsDatabase;
let directory: EventsDatabase;
let nats: NatsEvents;
let relay: OutboxRelay;
let prefix: string;
let subscription: Subscription | null;
/** What the directory's handler does on its next deliveries. */
const fault = { transientLeft: 0, broken: false };
let consumer: EventConsumer;

beforeEach(async () => {
  prefix = uniquePrefix();
  finance = await openEventsDatabase('finance');
  directory = await openEventsDatabase('directory');
  nats = await NatsEvents.connect({ url: NATS_URL, prefix, logger: silent, retryDelaysMs: [100, 200, 400] });
  relay = new OutboxRelay({ dataSource: finance.dataSource, service: 'finance', transport: nats, logger: silent, pollMs: 60000 });
  Object.assign(fault, { transientLeft: 0, broken: false });
  consumer = new EventConsumer(
    defineConsumer('directory', {
      maxAttempts: 3,
      handlers: {
        [SUBMITTED]: async (manager, event) => {
          await recordEffect('directory')(manager, event);
          if (fault.broken) throw new Error('notification template missing');
          if (fault.transientLeft > 0) {
            fault.transientLeft -= 1;
            throw new Error('lock wait timeout');
          }
        },
      },
    }),
    { dataSource: directory.dataSource, logger: silent },
  );
  subscription = null;
});

afterEach(async () => {
  await subscription?.stop();
  await relay?.stop();
  if (nats) {
    await nats.deleteStreams();
    await nats.close();
  }
  await finance?.close();
  await directory?.close();
});

const stream = () => nats.streamName('finance');
const storedMessages = async () => (await nats.manager.streams.info(stream())).state.messages;
const subscribe = async () => {
  const started = nats.subscribe(consumer);
  subscription = started;
  await started.ready;
};
/** The durable consumer has nothing left to deliver and nothing waiting for an ack. */
const settled = async () => {
  const info = await nats.manager.consumers.info(stream(), 'directory');
  return info.num_pending === 0 && info.num_ack_pending === 0;
};
const effectIds = async () => (await effects(directory.dataSource)).map((e) => e.eventId).sort();

describeWithNats('delivery over NATS JetStream', () => {
  it('delivers a committed event once, never a rolled-back one, and the server drops a republished duplicate', async () => {
    await subscribe();
    const [committed] = await commitSubmissions(finance.dataSource, 1);
    await expect(
      finance.dataSource.transaction(async (manager) => {
        await publishEvent(manager, actor, financeEvents.purchaseRequestSubmitted, {
          districtId: DISTRICT,
          schoolId: SCHOOL,
          payload: submittedPayload(),
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await relay.drain();
    await waitFor('the event to take effect', async () => (await effectIds()).length === 1);
    await waitFor('the consumer to settle', settled);

    await nats.publish(committed);
    expect(await storedMessages()).toBe(1);
    expect(await effectIds()).toEqual([committed.id]);
  });

  it('a consumer that was stopped gets exactly the 100 events committed meanwhile when it starts again', async () => {
    await subscribe();
    await subscription!.stop();
    const committed = await commitSubmissions(finance.dataSource, 100);
    await relay.drain();
    expect(await storedMessages()).toBe(100);
    expect((await nats.manager.consumers.info(stream(), 'directory')).num_pending).toBe(100);

    await subscribe();
    await waitFor('100 effects', async () => (await effectIds()).length >= 100);
    await waitFor('the consumer to settle', settled);
    expect(await effectIds()).toEqual(committed.map((e) => e.id).sort());
    expect(await directory.dataSource.getRepository(HandledEvent).count()).toBe(100);
  });

  (testStorage().kind === 'mysql' ? it : it.skip)(
    'a relay killed between publishing and marking republishes on restart; the server drops the duplicates and 100 events take effect once (MySQL)',
    async () => {
      const committed = await commitSubmissions(finance.dataSource, 100);
      const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'fixtures', 'crashing-relay.ts')], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: finance.db.databaseUrl, NATS_URL, NATS_PREFIX: prefix, CRASH_AFTER: '40' },
        stdio: 'pipe',
      });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const signal = await new Promise<string | null>((resolve) => child.on('exit', (_code, killedBy) => resolve(killedBy)));
      expect({ signal, output }).toEqual({ signal: 'SIGKILL', output: '' });
      // 40 are on the stream, but the claim that would have marked them died with the process.
      expect(await storedMessages()).toBe(40);
      expect(await relay.pending()).toBe(100);

      await relay.drain();
      expect(await storedMessages()).toBe(100);
      await subscribe();
      await waitFor('100 effects', async () => (await effectIds()).length >= 100);
      await waitFor('the consumer to settle', settled);
      expect(await effectIds()).toEqual(committed.map((e) => e.id).sort());
    },
    60000,
  );

  it('gives a consumer only the types it handles, from a stream that carries more (acking the rest on NATS < 2.10)', async () => {
    const canteen = new EventConsumer(
      defineConsumer('canteen', {
        handlers: { [SUBMITTED]: recordEffect('canteen'), 'finance.purchaseRequest.rejected': recordEffect('canteen') },
      }),
      { dataSource: directory.dataSource, logger: silent },
    );
    const started = nats.subscribe(canteen);
    subscription = started;
    await started.ready;
    const [submitted] = await commitSubmissions(finance.dataSource, 1);
    const [rejected, suspended] = await finance.dataSource.transaction((manager) =>
      Promise.all([
        publishEvent(manager, actor, financeEvents.purchaseRequestRejected, {
          districtId: DISTRICT,
          schoolId: SCHOOL,
          payload: {
            ...submittedPayload(),
            status: 'REJECTED',
            nextApprovalLevel: null,
            level: 'DIRECTOR',
            deciderAccountId: actor.viewer.accountId,
            comment: 'over budget',
          },
        }),
        publishEvent(manager, actor, financeEvents.supplierSuspended, {
          districtId: DISTRICT,
          schoolId: null,
          payload: { supplierId: submitted.id, name: '某某食品有限公司', foodSupplier: true, reason: null },
        }),
      ]),
    );
    await relay.drain();
    expect(await storedMessages()).toBe(3);
    const settledCanteen = async () => {
      const info = await nats.manager.consumers.info(stream(), 'canteen');
      return info.num_pending === 0 && info.num_ack_pending === 0;
    };
    await waitFor('two effects', async () => (await effects(directory.dataSource, 'canteen')).length >= 2);
    await waitFor('the consumer to settle', settledCanteen);
    expect((await effects(directory.dataSource, 'canteen')).map((e) => e.eventId).sort()).toEqual([submitted.id, rejected.id].sort());
    expect(await directory.dataSource.getRepository(HandledEvent).existsBy({ eventId: suspended.id })).toBe(false);
  });

  it('redelivers after a transient handler failure (nak with delay) and the event takes effect once', async () => {
    fault.transientLeft = 2;
    await subscribe();
    const [event] = await commitSubmissions(finance.dataSource, 1);
    await relay.drain();
    await waitFor('the event to take effect', async () => (await effectIds()).length === 1);
    await waitFor('the consumer to settle', settled);
    expect(await effectIds()).toEqual([event.id]);
    expect(await directory.dataSource.getRepository(EventAttempt).findOneByOrFail({ eventId: event.id })).toMatchObject({ attempts: 2 });
  });

  it('parks a poison event after its attempts (acked, no more redeliveries), and a replay after the fix applies it once', async () => {
    fault.broken = true;
    await subscribe();
    const [event] = await commitSubmissions(finance.dataSource, 1);
    await relay.drain();
    await waitFor('the event to be parked', () => directory.dataSource.getRepository(DeadLetter).existsBy({ eventId: event.id }));
    await waitFor('the consumer to settle', settled);
    const letter = await directory.dataSource.getRepository(DeadLetter).findOneByOrFail({ eventId: event.id });
    expect(letter).toMatchObject({ attempts: 3, error: 'Error: notification template missing', replayedAt: null });
    expect(await effectIds()).toEqual([]);

    fault.broken = false;
    expect(await consumer.replay(letter.id)).toEqual({ outcome: 'handled', ok: true });
    expect(await consumer.replay(letter.id)).toEqual({ outcome: 'duplicate', ok: true });
    expect(await effectIds()).toEqual([event.id]);
  });
});
