import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { reportBacklogMetrics } from './backlog';
import { EVENT_CATALOGUE, type Subscriptions } from './catalogue';
import { EventConsumer, type ConsumerDefinition } from './consumer';
import { HttpEventTransport, mountEventsRoute } from './http';
import { NatsEvents } from './nats';
import { OutboxRelay, type OutboxRelayOptions } from './relay';
import { mountReplayRoute } from './replay';
import type { Subscription } from './transport';

/** What the subgraph kit hands an extension (a subset of its own `SubgraphExtension` deps). */
export interface EventsExtensionDeps {
  service: string;
  router: Router;
  dataSource: DataSource;
  config: { INTERNAL_TOKEN_SECRET: string; NATS_URL?: string; NATS_PREFIX?: string };
  logger: Logger;
}

export interface EventsExtensionOptions {
  /** The service's handlers, if it consumes events. */
  consumer?: ConsumerDefinition;
  /** `nats://…`; defaults to the service config's NATS_URL; empty means internal HTTP. */
  natsUrl?: string;
  relay?: Pick<OutboxRelayOptions, 'batchSize' | 'pollMs'>;
  /** Who consumes what, for the HTTP relay; the catalogue's SUBSCRIPTIONS unless a test says otherwise. */
  subscriptions?: Subscriptions;
  /** NATS subject and stream prefix; the service config's NATS_PREFIX, else `houqin` (tests use streams of their own). */
  natsPrefix?: string;
}

export interface RunningEvents {
  /** The relay, when this service publishes (its catalogue entries name it). */
  relay: OutboxRelay | null;
  consumer: EventConsumer | null;
  stop(): Promise<void>;
}

/** The consumer each running events extension drives, by its service's data source: what a replay from the graph goes through. */
const consumers = new WeakMap<DataSource, EventConsumer>();

/** The consumer running on `dataSource` in this process (none before its extension starts, after it stops, or without a consumer). */
export function runningConsumer(dataSource: DataSource): EventConsumer | undefined {
  return consumers.get(dataSource);
}

/** Pause between attempts to reach NATS when it is not up; the outbox keeps every event meanwhile. */
const NATS_RETRY_MS = 5000;

/**
 * Everything a service needs to publish and consume, as one subgraph-kit extension:
 *
 *   extensions: [eventsExtension({ consumer: directoryConsumer })]
 *
 * If the catalogue lists events this service publishes, an outbox relay runs. If it consumes, its
 * consumer takes events from NATS (NATS_URL set: one durable consumer per stream it reads) or from
 * internal HTTP (`POST /internal/events`, mounted on the kit's router). Without NATS_URL the relay
 * delivers over internal HTTP to the consumers in SUBSCRIPTIONS. Reaching NATS is retried in the
 * background, so a broker that is down never keeps the service from starting or a mutation from committing.
 */
export function eventsExtension(options: EventsExtensionOptions = {}) {
  return {
    name: 'events',
    start: (deps: EventsExtensionDeps) => startEvents(deps, options),
  };
}

export async function startEvents(deps: EventsExtensionDeps, options: EventsExtensionOptions = {}): Promise<RunningEvents> {
  const { service, dataSource, logger, config } = deps;
  const natsUrl = options.natsUrl ?? config.NATS_URL ?? '';
  const publishes = EVENT_CATALOGUE.some((definition) => definition.publisher === service);
  const consumer = options.consumer ? new EventConsumer(options.consumer, { dataSource, logger }) : null;
  if (consumer && consumer.service !== service) throw new Error(`The consumer of ${service} is declared for ${consumer.service}.`);
  if (consumer) consumers.set(dataSource, consumer);
  const stopBacklogMetrics = reportBacklogMetrics(service, dataSource, { publishes, consumes: consumer !== null });
  const forget = () => {
    stopBacklogMetrics();
    if (consumer && consumers.get(dataSource) === consumer) consumers.delete(dataSource);
  };
  const log = logger.child({ component: 'events' });

  if (!natsUrl) {
    if (consumer) mountEventsRoute(deps.router, consumer, { secret: config.INTERNAL_TOKEN_SECRET, logger: log });
    const relay = publishes
      ? new OutboxRelay({
          dataSource,
          service,
          logger: log,
          ...options.relay,
          transport: new HttpEventTransport({
            dataSource,
            service,
            secret: config.INTERNAL_TOKEN_SECRET,
            logger: log,
            subscriptions: options.subscriptions,
          }),
        })
      : null;
    relay?.start();
    // A new consumer (or a wiped one) asks for the history it missed: `npm run events:replay`.
    if (relay) {
      const { router } = deps;
      mountReplayRoute(router, {
        dataSource,
        service,
        secret: config.INTERNAL_TOKEN_SECRET,
        logger: log,
        subscriptions: options.subscriptions,
        wake: () => relay.wake(),
      });
    }
    log.info({ transport: 'http', publishes, consumes: consumer?.types ?? [] }, 'events started');
    return {
      relay,
      consumer,
      stop: async () => {
        forget();
        await relay?.stop();
      },
    };
  }

  // NATS: connect in the background; the relay and the subscription start once it answers.
  let stopped = false;
  let interrupt = () => undefined as void;
  let nats: NatsEvents | null = null;
  let relay: OutboxRelay | null = null;
  let subscription: Subscription | null = null;
  const running = (async () => {
    while (!stopped && !nats) {
      try {
        nats = await NatsEvents.connect({
          url: natsUrl,
          name: service,
          logger: log,
          prefix: options.natsPrefix ?? (config.NATS_PREFIX || undefined),
        });
      } catch (error) {
        log.warn({ err: error, retryInMs: NATS_RETRY_MS }, 'NATS does not answer yet');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, NATS_RETRY_MS);
          interrupt = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
    if (stopped || !nats) return;
    if (publishes) {
      relay = new OutboxRelay({ dataSource, service, logger: log, ...options.relay, transport: nats });
      relay.start();
    }
    if (consumer) subscription = nats.subscribe(consumer);
    log.info({ transport: 'nats', publishes, consumes: consumer?.types ?? [] }, 'events started');
  })();
  return {
    get relay() {
      return relay;
    },
    consumer,
    stop: async () => {
      forget();
      stopped = true;
      interrupt();
      await running;
      await subscription?.stop();
      await relay?.stop();
      await nats?.close();
    },
  };
}
