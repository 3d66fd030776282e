import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The one Prometheus registry of this process: every houqin metric and Node's process metrics
 * (CPU, RSS, heap, event-loop lag) are registered here and served by `/metrics`.
 */
export const metricsRegistry = new Registry();

/** Seconds; from 1 ms (a cached subgraph read) to 10 s (a request that should have been refused). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Statements per request: 0–3 is a batched read, dozens is an N+1. */
const SQL_BUCKETS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];
/** Seconds from an event's change to its application: the HTTP relay and NATS take milliseconds, retries minutes. */
const EVENT_LAG_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800];

const requests = new Counter({
  name: 'houqin_graphql_requests_total',
  help: 'GraphQL requests by service, operation name and outcome (ok, or the first error code)',
  labelNames: ['service', 'operation', 'outcome'] as const,
  registers: [metricsRegistry],
});
const requestDuration = new Histogram({
  name: 'houqin_graphql_request_duration_seconds',
  help: 'Time from the GraphQL request to its response, by service and operation name',
  labelNames: ['service', 'operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});
const sqlPerRequest = new Histogram({
  name: 'houqin_sql_statements_per_request',
  help: 'SQL statements one GraphQL request cost a subgraph (the N+1 detector), by service and operation name',
  labelNames: ['service', 'operation'] as const,
  buckets: SQL_BUCKETS,
  registers: [metricsRegistry],
});
const subgraphFetchDuration = new Histogram({
  name: 'houqin_subgraph_fetch_duration_seconds',
  help: "The gateway's fetches from a subgraph: time from sending to the parsed answer, by subgraph and outcome (ok, errors, failed)",
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});
const eventLag = new Histogram({
  name: 'houqin_event_lag_seconds',
  help: 'Time from the change an event records (occurredAt) to a consumer applying it, by consuming service and event type',
  labelNames: ['service', 'type'] as const,
  buckets: EVENT_LAG_BUCKETS,
  registers: [metricsRegistry],
});
const eventsConsumed = new Counter({
  name: 'houqin_events_consumed_total',
  help: 'Deliveries a consumer took, by consuming service, event type and outcome (handled, duplicate, ignored, parked, failed, unreadable)',
  labelNames: ['service', 'type', 'outcome'] as const,
  registers: [metricsRegistry],
});

/** Counts read from a service's own tables at scrape time (the outbox backlog, the dead letters). */
export interface EventBacklog {
  /** Events recorded but not yet handed to the transport (publishers only). */
  outboxPending?: number;
  /** Deliveries not yet acknowledged by their consumer (the internal-HTTP path only). */
  deliveriesPending?: number;
  /** Dead letters (死信) parked and not yet replayed (consumers only). */
  deadLetters?: number;
}
const backlogReaders = new Map<string, () => Promise<EventBacklog>>();
const backlogGauge = (name: string, help: string, field: keyof EventBacklog) =>
  new Gauge({
    name,
    help,
    labelNames: ['service'] as const,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      for (const [service, read] of backlogReaders) {
        const value = (await cachedBacklog(service, read))?.[field];
        if (value !== undefined) this.set({ service }, value);
      }
    },
  });
backlogGauge('houqin_outbox_pending', 'Events in the outbox not yet published, by publishing service', 'outboxPending');
backlogGauge(
  'houqin_outbox_deliveries_pending',
  'Internal-HTTP deliveries not yet acknowledged by their consumer, by publishing service',
  'deliveriesPending',
);
backlogGauge('houqin_dead_letters', 'Dead letters parked and not yet replayed, by consuming service', 'deadLetters');

// The three gauges are collected together in one scrape: they share one read of each service's tables while it runs.
const backlogReads = new Map<string, Promise<EventBacklog | undefined>>();
function cachedBacklog(service: string, read: () => Promise<EventBacklog>): Promise<EventBacklog | undefined> {
  const inFlight = backlogReads.get(service);
  if (inFlight) return inFlight;
  // A database that does not answer leaves the gauges out of this scrape rather than failing it.
  const fresh = read()
    .catch(() => undefined)
    .finally(() => backlogReads.delete(service));
  backlogReads.set(service, fresh);
  return fresh;
}

/** Reports a service's event backlog at every scrape; returns the function that stops it (on shutdown). */
export function reportEventBacklog(service: string, read: () => Promise<EventBacklog>): () => void {
  backlogReaders.set(service, read);
  return () => {
    if (backlogReaders.get(service) === read) backlogReaders.delete(service);
  };
}

/** A consumer took a delivery; `lagMs` (now − occurredAt) when it applied it. `knownType` keeps hostile type names out of the labels. */
export function recordEventConsumed(service: string, type: string | undefined, outcome: string, lagMs?: number): void {
  const label = type ?? 'unreadable';
  eventsConsumed.inc({ service, type: label, outcome });
  if (lagMs !== undefined) eventLag.observe({ service, type: label }, Math.max(0, lagMs) / 1000);
}

/** Operation names a hostile client could invent by the thousand: past this many per service they are counted as `other`. */
export const MAX_OPERATION_NAMES = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Error codes are upper-case words (errors.ts and GraphQL's own); anything else is reported as INTERNAL. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

/**
 * The `operation` label: the operation's name once it has parsed and validated (so only names of
 * real operations against the schema), `anonymous` without a name, `unknown` when the request never
 * got that far, and `other` once `limit` distinct names have been seen.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly limit = MAX_OPERATION_NAMES) {}

  label(resolved: boolean, name: string | null | undefined): string {
    if (!resolved) return 'unknown';
    if (!name) return 'anonymous';
    if (this.seen.has(name)) return name;
    if (!OPERATION_NAME.test(name) || this.seen.size >= this.limit) return 'other';
    this.seen.add(name);
    return name;
  }
}

/** `ok`, or the first error's code (`INTERNAL` for a missing or odd one). */
export function outcomeOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string {
  if (!errors?.length) return 'ok';
  const code = errors[0].extensions?.code;
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'INTERNAL';
}

/**
 * Apollo plugin: per request, one counter increment, one latency observation and (for subgraphs,
 * `sqlStatements` given) one SQL-count observation, labelled by service, operation and outcome.
 */
export function requestMetricsPlugin<C extends BaseContext>(service: string, sqlStatements?: () => number): ApolloServerPlugin<C> {
  const operations = new OperationLabels();
  return {
    async contextCreationDidFail({ error }) {
      // The context refused the caller (e.g. UNAUTHENTICATED): no operation ran.
      const code = (error as { extensions?: Record<string, unknown> }).extensions;
      requests.inc({ service, operation: 'unknown', outcome: outcomeOf([{ extensions: code }]) });
    },
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, errors }) {
          const label = operations.label(operation !== undefined, operationName);
          requests.inc({ service, operation: label, outcome: outcomeOf(errors) });
          requestDuration.observe({ service, operation: label }, Number(process.hrtime.bigint() - started) / 1e9);
          if (sqlStatements) sqlPerRequest.observe({ service, operation: label }, sqlStatements());
        },
      };
    },
  };
}

/** The part of @apollo/gateway's RemoteGraphQLDataSource the timing needs. */
interface FetchingDataSource {
  process(options: never): Promise<{ errors?: readonly unknown[] | null }>;
}

/**
 * Times every fetch the gateway makes from `subgraph` through `source` (its `process`: token,
 * HTTP round trip, parsing), whichever HTTP client the data source uses underneath.
 */
export function timeSubgraphFetches<S extends FetchingDataSource>(subgraph: string, source: S): S {
  const process = source.process.bind(source) as (options: never) => ReturnType<S['process']>;
  source.process = (async (options: never) => {
    const end = subgraphFetchDuration.startTimer({ subgraph });
    try {
      const response = await process(options);
      end({ outcome: response.errors?.length ? 'errors' : 'ok' });
      return response;
    } catch (error) {
      end({ outcome: 'failed' });
      throw error;
    }
  }) as S['process'];
  return source;
}

let processMetricsStarted = false;
/** Node's default process metrics (CPU, RSS, heap, GC, event-loop lag), once per process. */
export function collectProcessMetrics(): void {
  if (processMetricsStarted) return;
  processMetricsStarted = true;
  // Event-loop lag sampled every 100 ms, not prom-client's 10 ms: ~10 ms of CPU per second idle at 10 ms
  // against ~3 at 100 ms (measured on a compiled service); stalls longer than a sample still show in full.
  collectDefaultMetrics({ register: metricsRegistry, eventLoopMonitoringPrecision: 100 });
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Serves the registry in Prometheus' text format; with a token, only to `Authorization: Bearer <token>`. */
export function metricsHandler(token = ''): (req: IncomingMessage, res: ServerResponse) => void {
  const expected = token ? digest(token) : null;
  return (req, res) => {
    if (expected) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (!bearer || !timingSafeEqual(digest(bearer[1]), expected)) {
        res.statusCode = 401;
        res.setHeader('content-type', 'application/json');
        res.setHeader('www-authenticate', 'Bearer');
        res.end(
          JSON.stringify({ errors: [{ message: 'Send the metrics token as a Bearer token.', extensions: { code: 'UNAUTHENTICATED' } }] }),
        );
        return;
      }
    }
    metricsRegistry.metrics().then(
      (text) => {
        res.setHeader('content-type', metricsRegistry.contentType);
        res.end(text);
      },
      () => {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ errors: [{ message: 'Metrics could not be collected.', extensions: { code: 'INTERNAL' } }] }));
      },
    );
  };
}

export interface MetricsSettings {
  /** 0 (default): `/metrics` on the service's own port; otherwise only on this port. */
  METRICS_PORT?: number;
  /** When set, `/metrics` answers only `Authorization: Bearer <token>`. */
  METRICS_TOKEN?: string;
}

export interface MetricsEndpointOptions extends MetricsSettings {
  /** The service's own Express app (anything with `get(path, handler)`). */
  app: { get(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): unknown };
  host: string;
  /**
   * The service's own port is the public one (the gateway): in production `/metrics` is served on
   * it only behind METRICS_TOKEN; without a token or METRICS_PORT it is not served at all.
   */
  publicPort?: boolean;
  isProduction?: boolean;
  logger?: { warn(message: string): void };
}

export interface MetricsEndpoint {
  /** Where `/metrics` answers: a full URL on its own port, `/metrics` on the service's port, or null when not served. */
  url: string | null;
  close(): Promise<void>;
}

/** Mounts `/metrics` (on the app, or on its own METRICS_PORT listener) and starts the process metrics. */
export async function serveMetrics(options: MetricsEndpointOptions): Promise<MetricsEndpoint> {
  const handler = metricsHandler(options.METRICS_TOKEN);
  collectProcessMetrics();
  if (options.METRICS_PORT) {
    const server = createServer((req, res) => {
      if (req.method === 'GET' && req.url?.split('?')[0] === '/metrics') return handler(req, res);
      res.statusCode = 404;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ errors: [{ message: 'Only GET /metrics is served here.', extensions: { code: 'NOT_FOUND' } }] }));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.METRICS_PORT, options.host, resolve);
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/metrics`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }
  if (options.publicPort && options.isProduction && !options.METRICS_TOKEN) {
    options.logger?.warn('/metrics is not served: set METRICS_PORT (a port only the scraper reaches) or METRICS_TOKEN');
    return { url: null, close: async () => undefined };
  }
  options.app.get('/metrics', handler);
  return { url: '/metrics', close: async () => undefined };
}
