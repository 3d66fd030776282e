import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import type { Logger } from '@houqin/common';
import { eventTransaction, isEmbedded } from './embedded';
import { OutboxEvent } from './outbox.entity';
import { envelopeOf, OUTBOX_WRITTEN } from './publish';
import { systemClock, type Clock, type EventTransport } from './transport';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  /** The publishing service, for logs. */
  service: string;
  transport: EventTransport;
  logger: Logger;
  /** Events claimed per round (default 100). */
  batchSize?: number;
  /** How often the outbox is looked at when nothing wakes the relay (default 1000 ms). */
  pollMs?: number;
  /** Longest pause after repeated failures (default 60 s). */
  maxBackoffMs?: number;
  clock?: Clock;
}

/** What one round did. */
export interface RelayRound {
  published: number;
  /** A full batch was claimed: more may be waiting. */
  more: boolean;
  /** Why publishing stopped early (the rest stays in the outbox). */
  error?: unknown;
}

/**
 * Moves a service's outbox to its transport. Each round claims a batch of unpublished events in a
 * transaction (on MySQL/MariaDB `FOR UPDATE SKIP LOCKED`, so replicas running relays at once never
 * claim the same row; on the embedded database one process owns the file), publishes them in id
 * order and marks them published in the same transaction. If the relay dies between publishing and
 * committing, the events go out again next time and the transport's deduplication (by event id)
 * drops them. A failing transport leaves the events where they are and the relay backs off; users'
 * mutations only ever insert into the outbox, so they never wait for any of this.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly maxBackoffMs: number;
  private readonly clock: Clock;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wakeRequested = false;
  private interrupt: (() => void) | null = null;
  private turn: Promise<unknown> = Promise.resolve();
  private readonly subscriber: EntitySubscriberInterface;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 100;
    this.pollMs = options.pollMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 60000;
    this.clock = options.clock ?? systemClock;
    // publishEvent marks its transaction; when that transaction commits, publish without waiting for the poll.
    this.subscriber = {
      afterTransactionCommit: (event: TransactionCommitEvent) => {
        const data = event.queryRunner.data as Record<string, unknown> | undefined;
        if (!data?.[OUTBOX_WRITTEN]) return;
        delete data[OUTBOX_WRITTEN];
        this.wake();
      },
    };
  }

  /** Starts the background loop (idempotent). */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.options.dataSource.subscribers.push(this.subscriber);
    this.running = this.loop();
  }

  /** Stops the loop after the round in progress. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    this.interrupt?.();
    await this.running;
    this.running = null;
    const subscribers = this.options.dataSource.subscribers;
    const index = subscribers.indexOf(this.subscriber);
    if (index >= 0) subscribers.splice(index, 1);
  }

  /** Publishes soon: called after a commit that recorded events (automatic for `publishEvent`). */
  wake(): void {
    this.wakeRequested = true;
    this.interrupt?.();
  }

  /**
   * For tests and the benchmark: publishes every pending event and, for transports that deliver
   * afterwards (HTTP), makes every delivery that is due; resolves when the outbox is empty and nothing
   * is due. A transport failure rejects.
   */
  async drain(maxRounds = 10000): Promise<void> {
    for (let round = 0; round < maxRounds; round++) {
      const { more, error } = await this.exclusive(() => this.publishBatch());
      if (error) throw error;
      const due = (await this.exclusive(() => this.options.transport.deliver?.() ?? Promise.resolve(false))) === true;
      if (!more && !due && (await this.pending()) === 0) return;
    }
    throw new Error(`Outbox of ${this.options.service} not drained after ${maxRounds} rounds.`);
  }

  /** Events recorded but not yet published. */
  pending(): Promise<number> {
    return this.options.dataSource
      .getRepository(OutboxEvent)
      .createQueryBuilder('event')
      .where('event.publishedAt IS NULL')
      .comment('outbox.pending')
      .getCount();
  }

  /** One round: claim a batch, publish it in order, mark what was published. */
  async publishBatch(): Promise<RelayRound> {
    const { dataSource, transport } = this.options;
    return eventTransaction(dataSource, async (manager) => {
      const rows = await this.claim(manager);
      const published: string[] = [];
      let error: unknown;
      for (const row of rows) {
        try {
          await transport.publish(envelopeOf(row), manager);
          published.push(row.id);
        } catch (failure) {
          // Keep the order: what follows waits for the next round with this one.
          error = failure;
          break;
        }
      }
      if (published.length) {
        await manager
          .createQueryBuilder()
          .update(OutboxEvent)
          .set({ publishedAt: this.clock.now() })
          .where('id IN (:...ids)', { ids: published })
          .comment('outbox.markPublished')
          .execute();
      }
      return { published: published.length, more: !error && rows.length === this.batchSize, error };
    });
  }

  private claim(manager: EntityManager): Promise<OutboxEvent[]> {
    const query = manager
      .getRepository(OutboxEvent)
      .createQueryBuilder('event')
      .where('event.publishedAt IS NULL')
      .orderBy('event.id', 'ASC')
      .limit(this.batchSize)
      .comment('outbox.claim');
    if (!isEmbedded(this.options.dataSource)) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    return query.getMany();
  }

  /** Rounds of one relay never overlap (the loop and a `drain` may both ask). */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async loop(): Promise<void> {
    const { logger, transport, service } = this.options;
    let failures = 0;
    while (!this.stopping) {
      this.wakeRequested = false;
      let pause = this.pollMs;
      try {
        const round = await this.exclusive(() => this.publishBatch());
        const due = await this.exclusive(() => transport.deliver?.() ?? Promise.resolve(false));
        if (round.error) throw round.error;
        failures = 0;
        if (round.published) logger.debug({ published: round.published, transport: transport.kind }, 'outbox published');
        if (round.more || due) pause = 0;
      } catch (error) {
        failures += 1;
        pause = Math.min(this.pollMs * 2 ** failures, this.maxBackoffMs);
        logger.warn({ err: error, service, transport: transport.kind, failures, retryInMs: pause }, 'outbox relay round failed');
      }
      // A commit during the round asks for another at once, except while backing off from failures.
      if (this.wakeRequested && failures === 0) continue;
      await this.pause(pause, failures === 0);
    }
  }

  private pause(ms: number, wakeable: boolean): Promise<void> {
    if (ms <= 0 || this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.interrupt = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.interrupt = () => {
        if (wakeable || this.stopping) done();
      };
    });
  }
}
