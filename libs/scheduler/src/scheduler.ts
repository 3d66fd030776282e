import { hostname } from 'node:os';
import type { DataSource, EntityManager } from 'typeorm';
import { newId, type Logger } from '@houqin/common';
import { isUniqueViolation } from '@houqin/persistence';
import { JobSchedule, systemClock, type Clock, type ScheduledJob } from './job';
import { JOB_ERROR_MAX, JobRun } from './job-run.entity';

export interface SchedulerOptions {
  /** The service's own database, whose `job_run` table holds the leases. */
  dataSource: DataSource;
  jobs: readonly ScheduledJob[];
  logger: Logger;
  clock?: Clock;
  /** Names this replica in `job_run.replicaId`; defaults to `<host>:<pid>`. */
  replicaId?: string;
  /** How soon to try again when the database could not be reached (default 30 s). */
  retryMs?: number;
}

/** What one replica ran for one tick. */
export interface JobRunResult {
  job: string;
  tick: Date;
  replicaId: string;
  /** The error message when the job threw (recorded in `job_run.error`), else null. */
  error: string | null;
  ms: number;
}

// setTimeout fires at once for delays above 2^31 - 1 ms (24.8 days): a far tick is reached in hops.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs a service's scheduled jobs, each tick once across all its replicas: every replica runs a
 * Scheduler on the same database, and the `job_run` row a replica inserts for (job, tick) is the
 * lease, so the others skip that tick.
 *
 * Catch-up policy: a job runs only its **latest** tick at or before now that has no `job_run` row.
 * After downtime it runs once for the latest missed tick, not once for every missed one; a job that
 * has never run (a new job, a new database) runs its latest past tick at once. Jobs are idempotent,
 * so one late run covers the ticks it missed. Jobs run one after another, in the order given.
 */
export class Scheduler {
  readonly replicaId: string;
  private readonly schedules: JobSchedule[];
  private readonly clock: Clock;
  private readonly retryMs: number;
  private timer: NodeJS.Timeout | null = null;
  private wakeAt: Date | null = null;
  private waking: Promise<void> | null = null;
  private started = false;

  constructor(private readonly options: SchedulerOptions) {
    this.schedules = options.jobs.map((job) => new JobSchedule(job));
    const names = options.jobs.map((job) => job.name);
    const twice = names.filter((name, i) => names.indexOf(name) !== i);
    if (twice.length) throw new Error(`Job names must be unique in a service: ${[...new Set(twice)].join(', ')}.`);
    this.clock = options.clock ?? systemClock;
    this.replicaId = options.replicaId ?? `${hostname()}:${process.pid}`;
    this.retryMs = options.retryMs ?? 30_000;
  }

  /** When the timer will wake next; null when stopped, while a round runs, or when no job has a tick ahead. */
  get nextWakeAt(): Date | null {
    return this.wakeAt;
  }

  /**
   * Runs whatever is due now (catching up after downtime), then sets one timer for the next due tick
   * of any job. Resolves once that first round is done.
   */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.wake();
  }

  /** Clears the timer and waits for a round in progress to finish, so the data source can close after it. */
  async stop(): Promise<void> {
    this.started = false;
    this.clearTimer();
    await this.waking;
  }

  /**
   * Runs every job whose latest tick at or before `now` has not run on any replica (see the catch-up
   * policy above), and returns the runs this replica made; ticks another replica claimed are skipped.
   * A job that throws is recorded with its error and does not stop the others. Throws only when the
   * database fails: ticks claimed before that keep their rows, the rest are claimed by the next round.
   */
  async runDue(now: Date = this.clock.now()): Promise<JobRunResult[]> {
    const results: JobRunResult[] = [];
    for (const schedule of this.schedules) {
      const tick = schedule.latestTick(now);
      if (!tick) continue;
      const result = await oneAtATimeOnEmbedded(this.options.dataSource, () => this.runTick(schedule.job, tick, now));
      if (result) results.push(result);
    }
    return results;
  }

  /** Claims (job, tick) and runs it; null when another replica (or an earlier round) has it. */
  private async runTick(job: ScheduledJob, tick: Date, now: Date): Promise<JobRunResult | null> {
    const { dataSource } = this.options;
    const runId = await this.claim(job, tick);
    if (!runId) return null;
    const logger = this.options.logger.child({ job: job.name, tick: tick.toISOString() });
    const started = Date.now();
    let error: string | null = null;
    try {
      if (job.transaction === false) {
        await job.run({ manager: dataSource.manager, tick, now, logger });
        await this.finish(dataSource.manager, runId, null);
      } else {
        await dataSource.transaction(async (manager) => {
          await job.run({ manager, tick, now, logger });
          await this.finish(manager, runId, null);
        });
      }
    } catch (thrown) {
      error = (thrown instanceof Error ? thrown.message : String(thrown)).slice(0, JOB_ERROR_MAX) || 'Error without a message';
      logger.error({ err: thrown }, 'scheduled job failed');
      await this.finish(dataSource.manager, runId, error);
    }
    const ms = Date.now() - started;
    if (!error) logger.info({ ms }, 'scheduled job ran');
    return { job: job.name, tick, replicaId: this.replicaId, error, ms };
  }

  /** Inserts the lease row; its id, or null when the unique (job, tick) key says someone has it. */
  private async claim(job: ScheduledJob, tick: Date): Promise<string | null> {
    const id = newId();
    try {
      await this.options.dataSource
        .createQueryBuilder()
        .insert()
        .into(JobRun)
        .values({ id, jobName: job.name, tick, replicaId: this.replicaId, startedAt: this.clock.now(), finishedAt: null, error: null })
        .comment('scheduler.claim')
        .execute();
      return id;
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  private async finish(manager: EntityManager, runId: string, error: string | null): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(JobRun)
      .set({ finishedAt: this.clock.now(), error })
      .where('id = :runId', { runId })
      .comment('scheduler.finish')
      .execute();
  }

  /** One round: run what is due, then set the timer (sooner after a database failure, to retry). */
  private async wake(): Promise<void> {
    this.clearTimer();
    const now = this.clock.now();
    let failed = false;
    const round = this.runDue(now).then(
      () => undefined,
      (error: unknown) => {
        failed = true;
        this.options.logger.error({ err: error }, 'scheduler could not run its due jobs; will retry');
      },
    );
    this.waking = round;
    await round;
    this.waking = null;
    if (this.started) this.setTimer(now, failed);
  }

  /**
   * Wakes at the first tick after the round's `now`, not after the time the round ended: a tick that
   * came while the round ran is then due at once instead of being passed over.
   */
  private setTimer(roundNow: Date, retrySoon: boolean): void {
    const ticks = this.schedules.map((s) => s.nextTick(roundNow)?.getTime()).filter((t): t is number => t !== undefined);
    if (retrySoon) ticks.push(roundNow.getTime() + this.retryMs);
    if (!ticks.length) return;
    const at = Math.min(...ticks);
    this.wakeAt = new Date(at);
    const delay = at - this.clock.now().getTime();
    this.timer = setTimeout(() => void this.wake(), Math.min(Math.max(delay, 0), MAX_TIMER_MS));
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.wakeAt = null;
  }
}

// The embedded sql.js database is one connection: a transaction there takes in whatever else runs on
// it meanwhile (another scheduler's claim would commit or roll back with it). So schedulers sharing
// an embedded data source take turns; on MySQL each run has its own connection and the unique key decides.
const embeddedTurns = new WeakMap<DataSource, Promise<unknown>>();

function oneAtATimeOnEmbedded<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'sqljs') return work();
  const previous = embeddedTurns.get(dataSource) ?? Promise.resolve();
  const turn = previous.then(work);
  embeddedTurns.set(
    dataSource,
    turn.catch(() => undefined),
  );
  return turn;
}
