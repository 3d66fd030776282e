import 'reflect-metadata';
import { type Server } from 'node:http';
import express from 'express';
import pino from 'pino';
import { type DataSource, Entity, type EntityManager, PrimaryColumn } from 'typeorm';
import { ID_LENGTH, newId } from '@houqin/common';
import { Role, Viewer } from '@houqin/auth';
import {
  defineConsumer,
  eventEntities,
  EventConsumer,
  financeEvents,
  mountEventsRoute,
  NatsEvents,
  publishEvent,
  startEvents,
  type EventEnvelope,
  type HandleResult,
  type RunningEvents,
  type Subscription,
} from '@houqin/events';
import { createDataSource, InstantColumn } from '@houqin/persistence';

/**
 * A child process of the events bench (tools/bench/events.ts), driven over IPC:
 * - `publisher`: the publishing service. It commits events with `publishEvent`, one transaction each
 *   (as finance's mutations do), and runs the real outbox relay through `startEvents`, so the relay is
 *   woken by each commit exactly as in a service. Its resident memory is the relay's.
 * - `consumer`: the consuming service: the real `EventConsumer` behind the real transport (a durable
 *   JetStream consumer, or `POST /internal/events` on an HTTP server). Its handler writes one
 *   `bench_effect` row per event in the consumer's transaction.
 * Times are wall-clock milliseconds with a fraction (performance.timeOrigin + performance.now()), so the
 * two processes' readings compare.
 */

/** The event the bench publishes: a catalogue type, delivered only to the bench's own consumer. */
export const BENCH_EVENT = financeEvents.purchaseRequestSubmitted;
/** The bench consumer's service name (its durable on NATS, its token subject over HTTP). */
export const BENCH_CONSUMER = 'bench';

export interface WorkerStart {
  role: 'publisher' | 'consumer';
  databaseUrl: string;
  dataDir: string;
  /** '' for internal HTTP. */
  natsUrl: string;
  natsPrefix: string;
  secret: string;
  /** Publisher over HTTP: where the bench consumer answers. */
  consumerUrl?: string;
}

/** Messages from the bench to a worker. */
export type ToWorker =
  | { cmd: 'start'; start: WorkerStart }
  | { cmd: 'publish'; count: number; intervalMs: number; tag: string }
  | { cmd: 'pending' }
  | { cmd: 'count' }
  | { cmd: 'stop' };

/** Messages from a worker to the bench. */
export type FromWorker =
  | { kind: 'started'; url?: string }
  | { kind: 'published'; tag: string; commits: [string, number][] }
  | { kind: 'effects'; effects: [string, number][] }
  | { kind: 'pending'; pending: number }
  | { kind: 'count'; effects: number; distinct: number; handled: number; notHandled: Record<string, number> }
  | { kind: 'stopped' }
  | { kind: 'error'; message: string };

export const now = () => performance.timeOrigin + performance.now();

/** The consumer's effect: one row per applied event, with when the handler ran. */
@Entity('bench_effect')
export class BenchEffect {
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  eventId: string;

  @InstantColumn()
  appliedAt: Date;
}

const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));

const DISTRICT = newId();
const SCHOOL = newId();
const viewer = new Viewer({
  accountId: newId(),
  username: 'bench',
  staffId: newId(),
  districtId: DISTRICT,
  grants: [{ role: Role.STAFF, schoolId: SCHOOL }],
});

function send(message: FromWorker): void {
  process.send?.(message);
}

async function openDataSource(start: WorkerStart, service: string): Promise<DataSource> {
  const dataSource = await createDataSource({
    service,
    databaseUrl: start.databaseUrl,
    dataDir: start.dataDir,
    entities: [...eventEntities, BenchEffect],
    migrations: [],
    logger,
  });
  await dataSource.initialize();
  // The bench's own fresh database: the tables come from the entities, as in the events tests.
  await dataSource.synchronize();
  return dataSource;
}

let stop: () => Promise<void> = async () => undefined;

// ---------------------------------------------------------------------------------------------
// Publisher

async function startPublisher(start: WorkerStart): Promise<void> {
  const dataSource = await openDataSource(start, 'finance');
  if (start.consumerUrl) process.env[`${BENCH_CONSUMER.toUpperCase()}_INTERNAL_URL`] = start.consumerUrl;
  const events: RunningEvents = await startEvents(
    {
      service: 'finance',
      router: express.Router(),
      dataSource,
      config: { INTERNAL_TOKEN_SECRET: start.secret, NATS_URL: start.natsUrl },
      logger,
    },
    { natsPrefix: start.natsPrefix, subscriptions: { [BENCH_CONSUMER]: [BENCH_EVENT.type] } },
  );
  stop = async () => {
    await events.stop();
    await dataSource.destroy();
  };

  let sequence = 0;
  process.on('message', (message: ToWorker) => {
    if (message.cmd === 'pending') {
      void dataSource
        .query('SELECT COUNT(*) AS n FROM outbox_event WHERE publishedAt IS NULL')
        .then((rows: { n: number | string }[]) => send({ kind: 'pending', pending: Number(rows[0].n) }))
        .catch(fail);
    }
    if (message.cmd !== 'publish') return;
    void (async () => {
      const commits: [string, number][] = [];
      const first = now();
      for (let i = 0; i < message.count; i++) {
        if (message.intervalMs > 0) {
          // Open loop: the i-th commit starts at its slot whatever the earlier ones took.
          const wait = first + i * message.intervalMs - now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        } else {
          // Let timers and I/O run between commits, as between two requests to a service.
          await new Promise((resolve) => setImmediate(resolve));
        }
        sequence += 1;
        const envelope = await dataSource.transaction((manager) => publishOne(manager, sequence));
        commits.push([envelope.id, now()]);
      }
      send({ kind: 'published', tag: message.tag, commits });
    })().catch(fail);
  });
  send({ kind: 'started' });
}

function publishOne(manager: EntityManager, sequence: number): Promise<EventEnvelope> {
  return publishEvent(manager, { viewer, requestId: `bench-events-${sequence}` }, BENCH_EVENT, {
    districtId: DISTRICT,
    schoolId: SCHOOL,
    payload: {
      purchaseRequestId: newId(),
      requesterAccountId: viewer.accountId,
      requesterStaffId: viewer.staffId,
      categoryId: SCHOOL,
      fiscalYear: 2026,
      estimatedTotalFen: sequence,
      status: 'PENDING_APPROVAL',
      nextApprovalLevel: 'DIRECTOR',
      requiredLevel: 'DIRECTOR',
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Consumer

/** The real consumer; the bench only notes when `handle` reports an event applied (the moment it acks). */
class TimedConsumer extends EventConsumer {
  readonly applied: [string, number][] = [];
  readonly outcomes: Record<string, number> = {};
  private flushing: NodeJS.Timeout | null = null;

  override async handle(received: unknown): Promise<HandleResult> {
    const result = await super.handle(received);
    const at = now();
    this.outcomes[result.outcome] = (this.outcomes[result.outcome] ?? 0) + 1;
    if (result.outcome === 'handled') {
      this.applied.push([(received as { id: string }).id, at]);
      // A few milliseconds' batching keeps IPC off the hot path; the times were taken above.
      this.flushing ??= setTimeout(() => this.flush(), 5);
    }
    return result;
  }

  flush(): void {
    this.flushing = null;
    if (this.applied.length) send({ kind: 'effects', effects: this.applied.splice(0) });
  }
}

async function startConsumer(start: WorkerStart): Promise<void> {
  const dataSource = await openDataSource(start, BENCH_CONSUMER);
  const definition = defineConsumer(BENCH_CONSUMER, {
    handlers: {
      [BENCH_EVENT.type]: async (manager: EntityManager, event: EventEnvelope) => {
        await manager.insert(BenchEffect, { eventId: event.id, appliedAt: new Date() });
      },
    },
  });
  const consumer = new TimedConsumer(definition, { dataSource, logger });

  let subscription: Subscription | null = null;
  let nats: NatsEvents | null = null;
  let server: Server | null = null;
  let url: string | undefined;
  if (start.natsUrl) {
    nats = await NatsEvents.connect({ url: start.natsUrl, name: 'bench-consumer', logger, prefix: start.natsPrefix });
    const subscribed = nats.subscribe(consumer);
    subscription = subscribed;
    await subscribed.ready;
  } else {
    const app = express();
    const router = express.Router();
    mountEventsRoute(router, consumer, { secret: start.secret, logger });
    app.use(router);
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('the bench consumer has no port');
    url = `http://127.0.0.1:${address.port}`;
  }
  stop = async () => {
    await subscription?.stop();
    await nats?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    consumer.flush();
    await dataSource.destroy();
  };

  process.on('message', (message: ToWorker) => {
    if (message.cmd !== 'count') return;
    void (async () => {
      consumer.flush();
      const [effects] = (await dataSource.query('SELECT COUNT(*) AS n, COUNT(DISTINCT eventId) AS d FROM bench_effect')) as {
        n: number | string;
        d: number | string;
      }[];
      const [handled] = (await dataSource.query('SELECT COUNT(*) AS n FROM handled_event')) as { n: number | string }[];
      const notHandled = Object.fromEntries(Object.entries(consumer.outcomes).filter(([outcome]) => outcome !== 'handled'));
      send({ kind: 'count', effects: Number(effects.n), distinct: Number(effects.d), handled: Number(handled.n), notHandled });
    })().catch(fail);
  });
  send({ kind: 'started', url });
}

// ---------------------------------------------------------------------------------------------

function fail(error: unknown): void {
  send({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

let stopping: Promise<void> | null = null;
const stopOnce = () => (stopping ??= stop());

process.on('message', (message: ToWorker) => {
  if (message.cmd === 'start') {
    const begin = message.start.role === 'publisher' ? startPublisher : startConsumer;
    begin(message.start).catch(fail);
  }
  if (message.cmd === 'stop') {
    stopOnce()
      .then(() => send({ kind: 'stopped' }))
      .catch(fail)
      .finally(() => process.disconnect?.());
  }
});
// Once the bench is gone (it said stop, or it died), stop and exit.
process.on('disconnect', () => {
  void stopOnce()
    .catch((error: unknown) => logger.error({ err: error }, 'bench worker stopped badly'))
    .finally(() => process.exit(0));
});
