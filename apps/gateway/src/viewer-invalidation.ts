import { connect, type Msg, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '@houqin/common';
import type { GatewayConfig } from './config';
import { ViewerDirectory } from './viewers';

/**
 * The NATS subject of the directory's account events (`directory.account.created`, `changed` (a role
 * granted or revoked), `deactivated`, `passwordChanged`): the events library publishes type `T` on
 * `<prefix>.T` (NatsEvents.subjectOf in libs/events/src/nats.ts; a test keeps the two in step). The
 * gateway does not import @houqin/events: it would load TypeORM and the outbox for one string.
 */
export const accountEventsSubject = (prefix: string) => `${prefix}.directory.account.>`;

/** How often the connection is pinged, and how many unanswered pings mean it is gone (a silent network break). */
const PING_INTERVAL_MS = 5000;
const MAX_PINGS_OUT = 2;
/** Pause between attempts to reach NATS before the first connection. */
const RETRY_MS = 2000;

export interface ViewerInvalidationOptions {
  /** NATS_URL; the gateway listens only when it is set. */
  url: string;
  /** NATS_PREFIX: the subject prefix the services publish under (`houqin`). */
  prefix: string;
  viewers: ViewerDirectory;
  logger: Logger;
}

export interface ViewerInvalidation {
  stop(): Promise<void>;
}

/**
 * Keeps the gateway's viewer cache honest across replicas: a plain (core NATS) subscription on the
 * directory's account subjects, so every gateway replica sees every account event (no durable
 * consumer, nothing to share or clean up), and each drops its cached answers for that account at
 * once. JetStream streams also deliver what is published on their subjects to plain subscribers.
 * Live only while connected and subscribed; while it is not (broker down, reconnecting, a silent
 * network break caught by pings within ~10 s) the cache falls back to its short TTL, and after a
 * reconnect only answers looked up since count as covered (see ViewerDirectory).
 */
export function startViewerInvalidation(options: ViewerInvalidationOptions): ViewerInvalidation {
  const { viewers, logger } = options;
  const log = logger.child({ component: 'viewer-invalidation' });
  const subject = accountEventsSubject(options.prefix);
  let stopped = false;
  let nc: NatsConnection | null = null;
  let interrupt = () => undefined as void;

  const onMessage = (error: Error | null, message: Msg) => {
    if (error) {
      log.warn({ err: error }, 'account event subscription failed; falling back to the short viewer TTL');
      viewers.setInvalidationLive(false);
      return;
    }
    let accountId: unknown;
    try {
      accountId = (message.json() as { payload?: { accountId?: unknown } }).payload?.accountId;
    } catch {
      accountId = undefined;
    }
    // An account event without a readable account: drop everything rather than guess.
    if (typeof accountId === 'string') viewers.invalidate(accountId);
    else viewers.invalidateAll();
  };

  const goLive = async (connection: NatsConnection) => {
    // The server has the subscription once a flush returns: events from then on reach us.
    await connection.flush();
    if (!stopped && !connection.isClosed()) {
      viewers.setInvalidationLive(true);
      log.info({ subject }, 'viewer cache invalidation live');
    }
  };

  const watch = async (connection: NatsConnection) => {
    for await (const status of connection.status()) {
      if (status.type === 'disconnect' || status.type === 'reconnecting' || status.type === 'staleConnection') {
        if (viewers.invalidationLive) log.warn({ status: status.type }, 'viewer cache invalidation not live: short TTL until NATS is back');
        viewers.setInvalidationLive(false);
      } else if (status.type === 'slowConsumer') {
        // Messages were dropped: what they would have dropped is unknown.
        viewers.invalidateAll();
      } else if (status.type === 'reconnect') {
        goLive(connection).catch((error: unknown) => log.warn({ err: error }, 'NATS flush after reconnect failed'));
      }
    }
  };

  const running = (async () => {
    while (!stopped && !nc) {
      try {
        nc = await connect({
          servers: options.url,
          name: 'gateway',
          maxReconnectAttempts: -1,
          pingInterval: PING_INTERVAL_MS,
          maxPingOut: MAX_PINGS_OUT,
        });
      } catch (error) {
        log.warn({ err: error, retryInMs: RETRY_MS }, 'NATS does not answer yet; viewer cache on its short TTL');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, RETRY_MS);
          interrupt = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
    if (stopped || !nc) return;
    const connection: NatsConnection = nc;
    connection.subscribe(subject, { callback: onMessage });
    void watch(connection).catch(() => undefined);
    await goLive(connection).catch((error: unknown) => log.warn({ err: error }, 'NATS flush failed'));
    void connection.closed().then(() => viewers.setInvalidationLive(false));
  })();

  return {
    stop: async () => {
      stopped = true;
      interrupt();
      await running;
      viewers.setInvalidationLive(false);
      if (nc && !nc.isClosed()) await nc.close();
    },
  };
}

/**
 * The gateway's viewer cache: short TTL always, long TTL while the directory's account events reach
 * it (NATS_URL set). Without NATS (`npm start`: events go over signed internal HTTP, one delivery per
 * consuming service, so one gateway replica at most would hear them) the short TTL is all there is.
 */
export function startViewerCache(
  config: Pick<
    GatewayConfig,
    'INTERNAL_TOKEN_SECRET' | 'VIEWER_CACHE_TTL_MS' | 'VIEWER_CACHE_INVALIDATED_TTL_MS' | 'NATS_URL' | 'NATS_PREFIX'
  >,
  directoryUrl: string,
  logger: Logger,
): { viewers: ViewerDirectory; stopInvalidation: () => Promise<void> } {
  const viewers = new ViewerDirectory(directoryUrl, config.INTERNAL_TOKEN_SECRET, config.VIEWER_CACHE_TTL_MS, {
    invalidatedTtlMs: config.NATS_URL ? config.VIEWER_CACHE_INVALIDATED_TTL_MS : 0,
  });
  const invalidation =
    config.NATS_URL && config.VIEWER_CACHE_TTL_MS > 0
      ? startViewerInvalidation({ url: config.NATS_URL, prefix: config.NATS_PREFIX, viewers, logger })
      : null;
  return { viewers, stopInvalidation: () => invalidation?.stop() ?? Promise.resolve() };
}
