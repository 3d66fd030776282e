import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import type { Logger } from '@houqin/common';
import { ERROR_LENGTH, eventTransaction, isEmbedded, signWebhook, systemClock, WEBHOOK_HEADERS, type Clock } from '@houqin/events';
import type { SubgraphExtension } from '@houqin/subgraph-kit';
import { WebhookDeliveryStatus, WebhookEndpointStatus, WebhookFormat, type WebhookDelivery, type WebhookEndpoint } from './webhook.entity';
import { guardedLookup, refusedAddress, systemResolve, type Resolve } from './webhook.guard';
import { WEBHOOKS_QUEUED } from './webhook.handlers';
import {
  answerError,
  dingtalkSignedUrl,
  PAUSE_AFTER_FAILURES,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_RETRY_DELAYS_MS,
  webhookRetryDelay,
} from './webhook.rules';
import { webhookSql } from './webhook.store';

/** How webhooks behave in this process; `webhookSettings(config)` reads them from the environment. */
export interface WebhookSettings {
  /** Whether endpoints may be on loopback, private and other non-public addresses (WEBHOOK_ALLOW_PRIVATE_URLS). */
  allowPrivateUrls: boolean;
  /** Name resolution (tests may pin names); the system resolver by default. */
  resolve?: Resolve;
  /** Schedules retries and leases; the system clock by default (tests move their own). */
  clock?: Clock;
  /** Waiting for a receiver's answer (default 10 s). */
  timeoutMs?: number;
  /** How often the queue is looked at when no commit wakes the dispatcher (default 5 s). */
  pollMs?: number;
  /** Run the dispatch loop in the background (default true); tests call `runDue()` themselves. */
  background?: boolean;
  /** Deliveries leased per round (default 50). */
  batchSize?: number;
  maxAttempts?: number;
  pauseAfterFailures?: number;
  retryDelaysMs?: readonly number[];
}

/** The user agent receivers see. */
const USER_AGENT = 'houqin-webhooks/1';
/** The part of an answer that is read (robots' errcode, an error page's first lines). */
const MAX_ANSWER_BYTES = 16 * 1024;

interface Attempt {
  statusCode: number | null;
  error: string | null;
}

/** What one `runDue` did. */
export interface DispatchSummary {
  delivered: number;
  failed: number;
  paused: number;
}

/**
 * Sends queued webhook deliveries. Each round leases due deliveries in a transaction (on MySQL
 * `FOR UPDATE SKIP LOCKED`, and the lease moves `nextAttemptAt` ahead, so replicas never send one
 * delivery twice at once; on the embedded database the event machinery's transactions take turns
 * on its one connection), POSTs them signed, each endpoint's in order (after a failure the rest of
 * that endpoint's wait for its retry), and records each outcome with the endpoint's failures in a
 * row: at `pauseAfterFailures` the endpoint is paused with the reason and its queue held.
 */
export class WebhookDispatcher {
  private readonly clock: Clock;
  private readonly resolve: Resolve;
  private readonly timeoutMs: number;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly pauseAfter: number;
  private readonly delays: readonly number[];
  private turn: Promise<unknown> = Promise.resolve();
  private running: Promise<void> | null = null;
  private stopping = false;
  private wakeRequested = false;
  private interrupt: (() => void) | null = null;
  private readonly subscriber: EntitySubscriberInterface;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
    private readonly settings: WebhookSettings,
  ) {
    this.clock = settings.clock ?? systemClock;
    this.resolve = settings.resolve ?? systemResolve;
    this.timeoutMs = settings.timeoutMs ?? 10_000;
    this.pollMs = settings.pollMs ?? 5_000;
    this.batchSize = settings.batchSize ?? 50;
    this.maxAttempts = settings.maxAttempts ?? WEBHOOK_MAX_ATTEMPTS;
    this.pauseAfter = settings.pauseAfterFailures ?? PAUSE_AFTER_FAILURES;
    this.delays = settings.retryDelaysMs ?? WEBHOOK_RETRY_DELAYS_MS;
    this.subscriber = {
      afterTransactionCommit: (event: TransactionCommitEvent) => {
        const data = event.queryRunner.data as Record<string, unknown> | undefined;
        if (!data?.[WEBHOOKS_QUEUED]) return;
        delete data[WEBHOOKS_QUEUED];
        this.wake();
      },
    };
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.dataSource.subscribers.push(this.subscriber);
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    this.interrupt?.();
    await this.running;
    this.running = null;
    const index = this.dataSource.subscribers.indexOf(this.subscriber);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
  }

  wake(): void {
    this.wakeRequested = true;
    this.interrupt?.();
  }

  /** Sends everything due now (by the clock), round after round until a round leases less than a full batch. */
  async runDue(maxRounds = 100): Promise<DispatchSummary> {
    const total: DispatchSummary = { delivered: 0, failed: 0, paused: 0 };
    for (let round = 0; round < maxRounds; round++) {
      const { summary, full } = await this.exclusive(() => this.round());
      total.delivered += summary.delivered;
      total.failed += summary.failed;
      total.paused += summary.paused;
      if (!full) break;
    }
    return total;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      this.wakeRequested = false;
      let pause = this.pollMs;
      try {
        const { full } = await this.exclusive(() => this.round());
        if (full) pause = 0;
      } catch (error) {
        this.logger.warn({ err: error }, 'webhook dispatch round failed');
      }
      if (this.wakeRequested) continue;
      await this.pause(pause);
    }
  }

  private pause(ms: number): Promise<void> {
    if (ms <= 0 || this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.interrupt = () => {
        this.interrupt = null;
        done();
      };
    });
  }

  /** Rounds never overlap within a process (the loop and a test's `runDue`). */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async round(): Promise<{ summary: DispatchSummary; full: boolean }> {
    const summary: DispatchSummary = { delivered: 0, failed: 0, paused: 0 };
    const leased = await this.lease();
    if (!leased.length) return { summary, full: false };
    const endpoints = new Map(
      (await webhookSql.endpointsByIds(this.dataSource.manager, [...new Set(leased.map((d) => d.endpointId))]).getMany()).map((e) => [
        e.id,
        e,
      ]),
    );
    const byEndpoint = new Map<string, WebhookDelivery[]>();
    for (const delivery of leased) byEndpoint.set(delivery.endpointId, [...(byEndpoint.get(delivery.endpointId) ?? []), delivery]);
    const outcomes = await Promise.all(
      [...byEndpoint].map(async ([endpointId, deliveries]) => {
        const endpoint = endpoints.get(endpointId);
        // Deleted meanwhile: its deliveries went with it. Paused meanwhile: held in `record`.
        if (!endpoint) return null;
        const attempts: (Attempt | null)[] = [];
        for (const delivery of deliveries) {
          if (endpoint.status !== WebhookEndpointStatus.ACTIVE || attempts.some((a) => a?.error)) attempts.push(null);
          else attempts.push(await this.send(endpoint, delivery));
        }
        return { endpoint, deliveries, attempts };
      }),
    );
    await eventTransaction(this.dataSource, async (manager) => {
      for (const outcome of outcomes)
        if (outcome) await this.record(manager, outcome.endpoint.id, outcome.deliveries, outcome.attempts, summary);
    });
    return { summary, full: leased.length === this.batchSize };
  }

  /**
   * Due deliveries, leased to this dispatcher long enough for the round to send each of them one
   * after another at the full timeout (one slow endpoint may hold them all); a crashed sender's lease runs out.
   */
  private lease(): Promise<WebhookDelivery[]> {
    const now = this.clock.now();
    return eventTransaction(this.dataSource, async (manager) => {
      const query = webhookSql.due(manager, now, this.batchSize);
      if (!isEmbedded(this.dataSource)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const due = await query.getMany();
      if (due.length) {
        await webhookSql
          .schedule(
            manager,
            due.map((d) => d.id),
            new Date(now.getTime() + this.timeoutMs * (this.batchSize + 2)),
          )
          .execute();
      }
      return due;
    });
  }

  /** Writes a round's outcomes for one endpoint, under its row lock, and pauses it at the failure limit. */
  private async record(
    manager: EntityManager,
    endpointId: string,
    deliveries: WebhookDelivery[],
    attempts: (Attempt | null)[],
    summary: DispatchSummary,
  ): Promise<void> {
    const query = webhookSql.endpointForRecord(manager, endpointId);
    if (!isEmbedded(this.dataSource)) query.setLock('pessimistic_write');
    const endpoint = await query.getOne();
    if (!endpoint) return;
    const now = this.clock.now();
    const active = endpoint.status === WebhookEndpointStatus.ACTIVE;
    let failures = endpoint.consecutiveFailures;
    let retryAt: Date | null = now;
    let lastError = '';
    // Not sent: the endpoint failed earlier in this round (they wait with it) or is paused (held).
    const unsent: string[] = [];
    for (const [index, delivery] of deliveries.entries()) {
      const attempt = attempts[index];
      if (!attempt) {
        unsent.push(delivery.id);
        continue;
      }
      const tried = { attempts: delivery.attempts + 1, lastAttemptAt: now, lastStatusCode: attempt.statusCode };
      if (!attempt.error) {
        failures = 0;
        summary.delivered += 1;
        await webhookSql
          .recordAttempt(manager, delivery.id, {
            ...tried,
            status: WebhookDeliveryStatus.DELIVERED,
            deliveredAt: now,
            nextAttemptAt: null,
            lastError: null,
          })
          .execute();
        continue;
      }
      failures += 1;
      summary.failed += 1;
      lastError = attempt.error;
      const givenUp = tried.attempts >= this.maxAttempts;
      retryAt = active ? new Date(now.getTime() + webhookRetryDelay(tried.attempts, this.delays)) : null;
      await webhookSql
        .recordAttempt(manager, delivery.id, {
          ...tried,
          status: givenUp ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING,
          nextAttemptAt: givenUp ? null : retryAt,
          lastError: attempt.error.slice(0, ERROR_LENGTH),
        })
        .execute();
      this.logger.warn({ endpointId, deliveryId: delivery.id, attempts: tried.attempts, error: attempt.error }, 'webhook delivery failed');
    }
    if (unsent.length) await webhookSql.schedule(manager, unsent, active ? retryAt : null).execute();
    if (active && failures >= this.pauseAfter) {
      const reason = `Paused after ${failures} failed attempts in a row (连续${failures}次投递失败); last: ${lastError}`.slice(0, 500);
      await webhookSql
        .recordEndpoint(
          manager,
          endpointId,
          { status: WebhookEndpointStatus.PAUSED, pausedReason: reason, pausedAt: now, consecutiveFailures: failures },
          true,
        )
        .execute();
      await webhookSql.holdEndpoint(manager, endpointId).execute();
      summary.paused += 1;
      this.logger.warn({ endpointId, failures }, 'webhook endpoint paused after failing repeatedly');
    } else if (failures !== endpoint.consecutiveFailures) {
      await webhookSql.recordEndpoint(manager, endpointId, { consecutiveFailures: failures }, false).execute();
    }
  }

  /** One signed POST; the outcome never throws. */
  private async send(endpoint: WebhookEndpoint, delivery: WebhookDelivery): Promise<Attempt> {
    try {
      const nowMs = Date.now(); // real time: the receiver checks the timestamp against its own clock
      const target = new URL(
        endpoint.format === WebhookFormat.DINGTALK && endpoint.robotSecret
          ? dingtalkSignedUrl(endpoint.url, endpoint.robotSecret, nowMs)
          : endpoint.url,
      );
      const host = target.hostname.replace(/^\[|\]$/g, '');
      // Node calls no lookup for an IP literal: check it here; names are checked by the guarded lookup.
      const refused = !this.settings.allowPrivateUrls && isIP(host) ? refusedAddress(host) : null;
      if (refused) return { statusCode: null, error: `refused: ${refused}` };
      const timestamp = String(Math.floor(nowMs / 1000));
      const answer = await post(
        target,
        delivery.body,
        {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': USER_AGENT,
          [WEBHOOK_HEADERS.eventId]: delivery.eventId,
          [WEBHOOK_HEADERS.eventType]: delivery.eventType,
          [WEBHOOK_HEADERS.deliveryId]: delivery.id,
          [WEBHOOK_HEADERS.timestamp]: timestamp,
          [WEBHOOK_HEADERS.signature]: signWebhook(endpoint.secret, timestamp, delivery.body),
        },
        {
          timeoutMs: this.timeoutMs,
          lookup: this.settings.allowPrivateUrls ? undefined : guardedLookup(this.resolve),
        },
      );
      return { statusCode: answer.status, error: answerError(endpoint.format, answer.status, answer.text) };
    } catch (error) {
      return { statusCode: null, error: describe(error) };
    }
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out waiting for the receiver';
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

/** POSTs `body` with node:http(s), so the connection uses the guarded lookup; reads the first 16 KB of the answer. */
function post(
  url: URL,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; lookup?: ReturnType<typeof guardedLookup> },
): Promise<{ status: number; text: string }> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: options.lookup,
        agent: false,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The dispatcher as a subgraph-kit extension; `dispatcher` is set while the service runs (tests drive it). */
export interface WebhookExtension extends SubgraphExtension {
  dispatcher: WebhookDispatcher | null;
}

export function webhookExtension(settings: WebhookSettings): WebhookExtension {
  const extension: WebhookExtension = {
    name: 'webhooks',
    dispatcher: null,
    async start({ dataSource, logger }) {
      const dispatcher = new WebhookDispatcher(dataSource, logger.child({ component: 'webhooks' }), settings);
      extension.dispatcher = dispatcher;
      if (settings.background !== false) dispatcher.start();
      return {
        stop: async () => {
          await dispatcher.stop();
          extension.dispatcher = null;
        },
      };
    },
  };
  return extension;
}
