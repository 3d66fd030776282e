import { STATUS_CODES } from 'node:http';
import { num } from 'envalid';
import { GraphQLError } from 'graphql';
import { Agent, type Dispatcher } from 'undici';

/**
 * The gateway's HTTP client to its subgraphs (and to the directory's viewer lookup): undici with
 * kept-alive connections pooled per subgraph, instead of @apollo/gateway's default make-fetch-happen,
 * which builds an `Error().stack` on every fetch and was 30–45% of the gateway's CPU. It also
 * - idles a connection for less than the subgraphs keep theirs (SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS below
 *   their HTTP_KEEP_ALIVE_TIMEOUT_MS), so a subgraph rarely closes a connection the gateway is about to reuse;
 * - retries a query once when that still happens (the connection reset before any byte of an answer),
 *   never a mutation, which may have been applied;
 * - gives every subgraph a deadline (SUBGRAPH_TIMEOUT_MS, `<NAME>_TIMEOUT_MS`), answered as SUBGRAPH_TIMEOUT.
 */

export const SUBGRAPH_CLIENT_DEFAULTS = {
  /** Whole fetch, retry included. */
  timeoutMs: 15_000,
  /** Below the subgraphs' default HTTP_KEEP_ALIVE_TIMEOUT_MS (65 s, libs/common DEFAULT_SERVER_TIMEOUTS). */
  keepAliveTimeoutMs: 60_000,
};

/** Codes of the errors this client answers with (they pass the gateway's masking, see libs/common errors.ts). */
export const SubgraphFetchCode = {
  TIMEOUT: 'SUBGRAPH_TIMEOUT',
  UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
} as const;

// ---------------------------------------------------------------------------------------------
// Configuration

/** `finance` → `FINANCE_TIMEOUT_MS`: that subgraph's own deadline (as `<NAME>_URL` is its address). */
export const subgraphTimeoutVariable = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_TIMEOUT_MS`;

/** The gateway's client settings: a deadline for every subgraph, one per subgraph if wanted, and the idle time of a connection. */
export function subgraphClientEnvSpec(subgraphNames: string[]) {
  const perSubgraph = Object.fromEntries(
    subgraphNames.map((name) => [
      subgraphTimeoutVariable(name),
      num({ default: 0, desc: `deadline of a fetch to the ${name} subgraph in ms; 0 = SUBGRAPH_TIMEOUT_MS` }),
    ]),
  );
  return {
    SUBGRAPH_TIMEOUT_MS: num({
      default: SUBGRAPH_CLIENT_DEFAULTS.timeoutMs,
      desc: 'deadline of one fetch to a subgraph (retry included); past it the operation answers SUBGRAPH_TIMEOUT',
    }),
    SUBGRAPH_KEEP_ALIVE_TIMEOUT_MS: num({
      default: SUBGRAPH_CLIENT_DEFAULTS.keepAliveTimeoutMs,
      desc: "how long a connection to a subgraph idles before the gateway closes it; keep it below the subgraphs' HTTP_KEEP_ALIVE_TIMEOUT_MS",
    }),
    ...perSubgraph,
  };
}

/** Subgraph name → its deadline in ms, from an environment validated by `subgraphClientEnvSpec`. */
export function subgraphTimeouts(config: Record<string, unknown>, subgraphNames: string[]): Record<string, number> {
  const fallback = Number(config.SUBGRAPH_TIMEOUT_MS) || SUBGRAPH_CLIENT_DEFAULTS.timeoutMs;
  return Object.fromEntries(subgraphNames.map((name) => [name, Number(config[subgraphTimeoutVariable(name)]) || fallback]));
}

// ---------------------------------------------------------------------------------------------
// The retry decision (pure)

export type OperationKind = 'query' | 'mutation' | 'subscription' | 'unknown';

/**
 * The kind of the GraphQL operation a request body carries, from the first token of its `query`
 * (the gateway's fetch nodes print the operation first). Anything unreadable is `unknown`, and is
 * treated like a mutation: not retried.
 */
export function operationKind(body: string | Buffer | undefined): OperationKind {
  if (body === undefined) return 'unknown';
  let query: unknown;
  try {
    query = (JSON.parse(body.toString()) as { query?: unknown } | null)?.query;
  } catch {
    return 'unknown';
  }
  if (typeof query !== 'string') return 'unknown';
  // GraphQL's ignored tokens (white space, commas, comments, a BOM) may come first.
  const first = /^(?:[\s,\ufeff]|#[^\n\r]*)*(\{|[_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];
  if (first === '{' || first === 'query') return 'query';
  if (first === 'mutation' || first === 'subscription') return first;
  return 'unknown';
}

/**
 * The connection was closed under the request: the peer reset it, or closed it ("socket hang up",
 * undici's "other side closed" UND_ERR_SOCKET), typically a kept-alive connection the server had
 * just timed out. Follows `cause` (fetch wraps the socket error in a TypeError).
 */
export function isConnectionReset(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') return true;
  if (typeof message === 'string' && /socket hang up|other side closed/i.test(message)) return true;
  return isConnectionReset(cause, depth + 1);
}

export interface FetchAttempt {
  error: unknown;
  method: string;
  body: string | Buffer | undefined;
  /** Attempts made so far, this one included. */
  attempts: number;
  /** A status line arrived: the subgraph saw and answered the request. */
  responseStarted: boolean;
  /** The subgraph's deadline passed (never retried: the time is spent). */
  timedOut: boolean;
}

/**
 * Whether a failed subgraph fetch is tried again: once, only when the connection was reset before
 * any byte of an answer, and only for a request that changes nothing (a GraphQL query, or GET/HEAD).
 */
export function shouldRetry(attempt: FetchAttempt): boolean {
  if (attempt.attempts > 1 || attempt.responseStarted || attempt.timedOut) return false;
  if (!isConnectionReset(attempt.error)) return false;
  const method = attempt.method.toUpperCase();
  return method === 'GET' || method === 'HEAD' || operationKind(attempt.body) === 'query';
}

// ---------------------------------------------------------------------------------------------
// The pool

let shared: { agent: Agent; keepAliveTimeoutMs: number } | undefined;

/**
 * The process's connection pool to the subgraphs (undici keeps one pool of kept-alive connections
 * per origin). `keepAliveTimeoutMs` is the longest a connection idles; a `Keep-Alive: timeout=…`
 * hint from a subgraph can only shorten it (undici then keeps 1 s of margin).
 */
export function subgraphAgent(keepAliveTimeoutMs = shared?.keepAliveTimeoutMs ?? SUBGRAPH_CLIENT_DEFAULTS.keepAliveTimeoutMs): Agent {
  if (shared?.keepAliveTimeoutMs !== keepAliveTimeoutMs) {
    const previous = shared?.agent;
    shared = {
      agent: new Agent({ keepAliveTimeout: keepAliveTimeoutMs, keepAliveMaxTimeout: keepAliveTimeoutMs, keepAliveTimeoutThreshold: 1000 }),
      keepAliveTimeoutMs,
    };
    // Requests under way on the previous pool finish; its idle connections close.
    previous?.close().catch(() => undefined);
  }
  return shared.agent;
}

// ---------------------------------------------------------------------------------------------
// The fetch

/** What @apollo/gateway's RemoteGraphQLDataSource passes (its `FetcherRequestInit`), and what the viewer lookup sends. */
export interface SubgraphRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
}

export interface SubgraphFetchOptions {
  /** Named in errors: "The finance service did not answer within 15000 ms." */
  subgraph?: string;
  timeoutMs?: number;
  dispatcher?: Dispatcher;
}

const targets = new Map<string, { origin: string; path: string }>();

/** A subgraph's few URLs, parsed once. */
function targetOf(url: string): { origin: string; path: string } {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    if (targets.size < 1000) targets.set(url, target);
  }
  return target;
}

/**
 * POSTs (or GETs) to a subgraph through the pool and reads the whole answer, retrying a reset query
 * once (see `shouldRetry`) within one deadline for the whole call. Fetch-shaped, so it serves both
 * as @apollo/gateway's `fetcher` and as a drop-in for `fetch` in the viewer lookup.
 */
export async function subgraphFetch(
  url: string,
  init: SubgraphRequestInit = {},
  options: SubgraphFetchOptions = {},
): Promise<SubgraphResponse> {
  const { origin, path } = targetOf(url);
  const method = init.method ?? 'GET';
  const timeoutMs = options.timeoutMs ?? SUBGRAPH_CLIENT_DEFAULTS.timeoutMs;
  // One plain timer, cleared when the answer is read: AbortSignal.timeout's timer and weak-reference
  // bookkeeping were ~1.4% of the gateway's CPU under the bench, paid on every fetch for the rare one that times out.
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  timer.unref();
  const signal = init.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
  const dispatcher = options.dispatcher ?? subgraphAgent();
  const subgraph = options.subgraph ?? origin;
  try {
    for (let attempts = 1; ; attempts++) {
      let responseStarted = false;
      try {
        const response = await dispatcher.request({ origin, path, method, headers: init.headers, body: init.body, signal });
        responseStarted = true;
        const text = await response.body.text();
        return new SubgraphResponse(url, response.statusCode, response.headers, text);
      } catch (error) {
        const timedOut = deadline.signal.aborted;
        if (timedOut && !init.signal?.aborted) {
          throw new GraphQLError(`The ${subgraph} service did not answer within ${timeoutMs} ms.`, {
            extensions: { code: SubgraphFetchCode.TIMEOUT, service: subgraph, timeoutMs },
          });
        }
        if (init.signal?.aborted) throw error;
        if (shouldRetry({ error, method, body: init.body, attempts, responseStarted, timedOut })) continue;
        if (!responseStarted && isConnectionReset(error)) throw closedBeforeAnswer(subgraph, operationKind(init.body), attempts, error);
        throw error;
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

function closedBeforeAnswer(subgraph: string, kind: OperationKind, attempts: number, cause: unknown): GraphQLError {
  const message =
    attempts > 1
      ? `The ${subgraph} service closed the connection before answering, twice.`
      : `The ${subgraph} service closed the connection before answering. A ${kind === 'unknown' ? 'request that may change data' : kind} is not retried, as it may have been applied: check before trying again.`;
  return new GraphQLError(message, {
    extensions: { code: SubgraphFetchCode.UNAVAILABLE, service: subgraph },
    originalError: cause instanceof Error ? cause : undefined,
  });
}

/** A fetcher for one subgraph, for RemoteGraphQLDataSource's `fetcher` option. */
export function subgraphFetcher(subgraph: string, timeoutMs?: number) {
  return (url: string, init?: SubgraphRequestInit) => subgraphFetch(url, init, { subgraph, timeoutMs });
}

// ---------------------------------------------------------------------------------------------
// The answer, read in full (what RemoteGraphQLDataSource and the viewer lookup use of a fetch Response)

type RawHeaders = Record<string, string | string[] | undefined>;

/** Read-mostly headers over undici's lower-cased header object (the Fetch API's Headers would copy and validate them). */
export class SubgraphResponseHeaders implements Iterable<[string, string]> {
  constructor(private readonly raw: RawHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }

  set(name: string, value: string): void {
    this.raw[name.toLowerCase()] = value;
  }

  append(name: string, value: string): void {
    const current = this.get(name);
    this.set(name, current === null ? value : `${current}, ${value}`);
  }

  delete(name: string): void {
    delete this.raw[name.toLowerCase()];
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

export class SubgraphResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly headers: SubgraphResponseHeaders;
  readonly statusText: string;

  constructor(
    readonly url: string,
    readonly status: number,
    private readonly rawHeaders: RawHeaders,
    private readonly bodyText: string,
  ) {
    this.headers = new SubgraphResponseHeaders(rawHeaders);
    this.statusText = STATUS_CODES[status] ?? '';
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.bodyText;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.bodyText);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(this.bodyText).buffer as ArrayBuffer;
  }

  clone(): SubgraphResponse {
    return new SubgraphResponse(this.url, this.status, { ...this.rawHeaders }, this.bodyText);
  }
}
