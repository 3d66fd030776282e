import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { TEST_INTERNAL_SECRET } from '@houqin/testing';
import {
  defineConsumer,
  EVENT_TOKEN_HEADER,
  EventConsumer,
  EVENTS_PATH,
  financeEvents,
  HandledEvent,
  HttpEventTransport,
  mountEventsRoute,
  OutboxDelivery,
  OutboxRelay,
  publishEvent,
  signEventToken,
  type EventEnvelope,
} from '../src';
import {
  actor,
  commitSubmissions,
  DISTRICT,
  effects,
  manualClock,
  openEventsDatabase,
  recordEffect,
  SCHOOL,
  silent,
  submittedPayload,
  type EventsDatabase,
} from './support';

const SUBMITTED = 'finance.purchaseRequest.submitted';

/** A consuming service: its own database, its handlers, and `/internal/events` on a real HTTP server. */
interface ConsumerService {
  name: string;
  database: EventsDatabase;
  consumer: EventConsumer;
  /** The handler fails this many more times (a transient fault). */
  failuresLeft: number;
  url: string;
  listen(): Promise<void>;
  halt(): Promise<void>;
}

async function consumerService(name: string): Promise<ConsumerService> {
  const database = await openEventsDatabase(name);
  const service: ConsumerService = {
    name,
    database,
    failuresLeft: 0,
    url: '',
    consumer: new EventConsumer(
      defineConsumer(name, {
        handlers: {
          [SUBMITTED]: async (manager, event) => {
            await recordEffect(name)(manager, event);
            if (service.failuresLeft > 0) {
              service.failuresLeft -= 1;
              throw new Error('lock wait timeout');
            }
          },
        },
      }),
      { dataSource: database.dataSource, logger: silent },
    ),
    listen: async () => {
      const app = express();
      const router = express.Router();
      mountEventsRoute(router, service.consumer, { secret: TEST_INTERNAL_SECRET, logger: silent });
      app.use(router);
      server = createServer(app);
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    halt: async () => {
      const running = server;
      server = null;
      if (running) await new Promise((resolve) => running.close(resolve));
    },
  };
  let server: Server | null = null;
  await service.listen();
  return service;
}

let finance: EventsDatabase;
let directory: ConsumerService;
let canteen: ConsumerService;
let clock: ReturnType<typeof manualClock>;
let relay: OutboxRelay;

beforeEach(async () => {
  finance = await openEventsDatabase('finance');
  directory = await consumerService('directory');
  canteen = await consumerService('canteen');
  clock = manualClock();
  const consumers = { directory, canteen };
  const transport = new HttpEventTransport({
    dataSource: finance.dataSource,
    service: 'finance',
    secret: TEST_INTERNAL_SECRET,
    logger: silent,
    subscriptions: { directory: [SUBMITTED], canteen: [SUBMITTED] },
    urlOf: (name) => consumers[name as keyof typeof consumers].url,
    retryDelaysMs: [1000, 5000, 30000],
    timeoutMs: 5000,
    clock,
  });
  relay = new OutboxRelay({ dataSource: finance.dataSource, service: 'finance', transport, logger: silent, pollMs: 60000, clock });
});

afterEach(async () => {
  await relay?.stop();
  for (const service of [directory, canteen]) {
    await service?.halt();
    await service?.database.close();
  }
  await finance?.close();
});

const deliveries = (consumer: string) =>
  finance.dataSource.getRepository(OutboxDelivery).find({ where: { consumer }, order: { eventId: 'ASC' } });
const effectIds = async (service: ConsumerService) =>
  (await effects(service.database.dataSource, service.name)).map((e) => e.eventId).sort();
const ids = (envelopes: EventEnvelope[]) => envelopes.map((e) => e.id).sort();

describe('delivery over internal HTTP (the embedded default)', () => {
  it('delivers a committed event once to every subscribed service, and a rolled-back one never', async () => {
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
    await relay.drain();
    expect(await effectIds(directory)).toEqual([committed.id]);
    expect(await effectIds(canteen)).toEqual([committed.id]);
    expect(await deliveries('directory')).toEqual([
      expect.objectContaining({ eventId: committed.id, attempts: 1, deliveredAt: clock.now(), lastError: null }),
    ]);
  });

  it('a service that was down gets exactly the 100 events it missed when it returns, without holding up the others', async () => {
    await directory.halt();
    const committed = await commitSubmissions(finance.dataSource, 100);
    await relay.drain();
    expect(await effectIds(canteen)).toEqual(ids(committed));
    expect(await effectIds(directory)).toEqual([]);
    const waiting = await deliveries('directory');
    expect(waiting.every((d) => d.deliveredAt === null && d.nextAttemptAt > clock.now())).toBe(true);
    // Only the first was tried; the rest wait for its retry instead of timing out one by one.
    expect(waiting.filter((d) => d.attempts === 1).map((d) => d.lastError)).toEqual([expect.stringMatching(/ECONNREFUSED/)]);

    await directory.listen();
    clock.advance(1000);
    await relay.drain();
    expect(await effectIds(directory)).toEqual(ids(committed));
    expect((await deliveries('directory')).every((d) => d.deliveredAt !== null)).toBe(true);

    // A relay that died after the consumers answered, before it recorded that, sends them again: nothing changes.
    await finance.dataSource
      .getRepository(OutboxDelivery)
      .update({ consumer: 'directory' }, { deliveredAt: null, nextAttemptAt: clock.now() });
    await relay.drain();
    expect(await effectIds(directory)).toEqual(ids(committed));
    expect(await directory.database.dataSource.getRepository(HandledEvent).count()).toBe(100);
  });

  it('retries a delivery whose handler fails transiently (503) with backoff, and it takes effect once', async () => {
    directory.failuresLeft = 2;
    const [event] = await commitSubmissions(finance.dataSource, 1);
    await relay.drain();
    expect(await deliveries('directory')).toEqual([
      expect.objectContaining({ attempts: 1, deliveredAt: null, lastError: expect.stringMatching(/^HTTP 503.*lock wait timeout/) }),
    ]);
    expect((await deliveries('directory'))[0].nextAttemptAt).toEqual(new Date(clock.now().getTime() + 1000));

    clock.advance(999);
    await relay.drain();
    expect((await deliveries('directory'))[0].attempts).toBe(1); // not due yet
    clock.advance(1);
    await relay.drain();
    expect((await deliveries('directory'))[0]).toMatchObject({ attempts: 2, deliveredAt: null });
    expect((await deliveries('directory'))[0].nextAttemptAt).toEqual(new Date(clock.now().getTime() + 5000));
    clock.advance(5000);
    await relay.drain();
    expect((await deliveries('directory'))[0]).toMatchObject({ attempts: 3, deliveredAt: clock.now(), lastError: null });
    expect(await effectIds(directory)).toEqual([event.id]);
    expect(await effectIds(canteen)).toEqual([event.id]);
  });

  it('refuses a delivery whose token is missing, forged, expired, or made for another event or service', async () => {
    const [event] = await commitSubmissions(finance.dataSource, 1);
    const post = (token: string | null, body: unknown = event) =>
      fetch(`${directory.url}${EVENTS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { [EVENT_TOKEN_HEADER]: token } : {}) },
        body: JSON.stringify(body),
      });
    const answer = async (response: Response) => ({
      status: response.status,
      body: (await response.json()) as { error?: string; outcome?: string },
    });

    expect(await answer(await post(null))).toEqual({ status: 401, body: { error: 'event token missing' } });
    const forged = await signEventToken(event, 'directory', 'someone-else-s-secret-at-least-32-chars-long');
    expect(await answer(await post(forged))).toEqual({ status: 401, body: { error: expect.stringMatching(/signature/) } });
    const expired = await signEventToken(event, 'directory', TEST_INTERNAL_SECRET, new Date(Date.now() - 120000));
    expect(await answer(await post(expired))).toEqual({ status: 401, body: { error: 'event token expired' } });
    const otherEvent = await signEventToken(
      { ...event, id: (await commitSubmissions(finance.dataSource, 1))[0].id },
      'directory',
      TEST_INTERNAL_SECRET,
    );
    expect(await answer(await post(otherEvent))).toEqual({ status: 401, body: { error: expect.stringMatching(/another event/) } });
    const forCanteen = await signEventToken(event, 'canteen', TEST_INTERNAL_SECRET);
    expect(await answer(await post(forCanteen))).toEqual({ status: 401, body: { error: expect.stringMatching(/"sub"/) } });
    expect(await effectIds(directory)).toEqual([]);

    const valid = await signEventToken(event, 'directory', TEST_INTERNAL_SECRET);
    expect(await answer(await post(valid))).toEqual({ status: 200, body: { outcome: 'handled', ok: true } });
    expect(await answer(await post(valid))).toEqual({ status: 200, body: { outcome: 'duplicate', ok: true } });
    expect(await effectIds(directory)).toEqual([event.id]);
  });
});
