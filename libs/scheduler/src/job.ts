import { Cron } from 'croner';
import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE, type Logger } from '@houqin/common';
import type { Actor } from '@houqin/persistence';

/** Where the scheduler reads the time: the system clock in a service, a clock a test moves by hand. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Longest job name the `job_run` table keeps. */
export const JOB_NAME_MAX = 64;

/** What a job's `run` is given. */
export interface JobContext {
  /**
   * The EntityManager to write with: the transaction that also marks the tick finished (the default,
   * so a job's writes and its finished mark commit together, or neither does), or the data source's
   * own manager for a job declared with `transaction: false`.
   */
  manager: EntityManager;
  /** The tick being run: the instant the cron expression named, not when the run began. */
  tick: Date;
  /** The scheduler's time when it found the tick due (later than `tick` after downtime). */
  now: Date;
  /** The scheduler's logger with `job` and `tick` bound. */
  logger: Logger;
}

/** What a job's own code is given: the context, and whom its audit entries and events name (the job at its tick). */
export interface JobRunContext extends JobContext {
  actor: Actor;
}

/** A job as its module declares it (defineJob): its `run` gets the actor as well. */
export interface JobDefinition extends Omit<ScheduledJob, 'run'> {
  run(context: JobRunContext): Promise<void>;
}

/**
 * A scheduled job. A tick may run after its time (after downtime the scheduler catches up with the
 * latest tick only), a run may fail halfway when `transaction` is false, and an operator may run one
 * by hand: so a job must be idempotent, deciding what to do from the data and `tick` (e.g. "licences
 * expiring within 30 days of the tick's date that have not been announced yet"), not from "this is
 * the first run today".
 */
export interface ScheduledJob {
  /** Unique in its service; the lease key with the tick, e.g. `finance.licenceExpiry`. */
  name: string;
  /** A cron expression (croner: 5 fields, or 6 with seconds first), e.g. `0 7 * * *` for 07:00 daily. */
  cron: string;
  /** The IANA zone the expression is read in; schools run on Asia/Shanghai unless they say otherwise. */
  timeZone?: string;
  /**
   * Whether `run` gets a transaction that commits with the tick's finished mark (default true). Turn
   * it off for a job that calls out over the network or commits in batches of its own.
   */
  transaction?: boolean;
  run(context: JobContext): Promise<void>;
}

/** Whom a job's writes name: no viewer, and a request id of the job and its tick ("job:<name>:<tick>"). */
export const jobActor = (name: string, tick: Date): Actor => ({ viewer: null, requestId: `job:${name}:${tick.toISOString()}` });

/**
 * Declares a job (checks its name and expression at once, so a typo fails at start, not at midnight);
 * its `run` is handed the job's actor (jobActor), however it is called: by the scheduler or a test.
 */
export function defineJob(job: JobDefinition): ScheduledJob {
  const scheduled: ScheduledJob = { ...job, run: (context) => job.run({ ...context, actor: jobActor(job.name, context.tick) }) };
  new JobSchedule(scheduled);
  return scheduled;
}

/** A job's cron expression read in its time zone: which tick is due, and when the next one is. */
export class JobSchedule {
  readonly timeZone: string;
  private readonly cron: Cron;

  constructor(readonly job: ScheduledJob) {
    if (!job.name || job.name.length > JOB_NAME_MAX) throw new Error(`A job needs a name of 1–${JOB_NAME_MAX} characters: "${job.name}".`);
    this.timeZone = job.timeZone ?? DEFAULT_TIME_ZONE;
    try {
      // Paused and without a function: croner only computes dates, it never starts a timer of its own.
      this.cron = new Cron(job.cron, { timezone: this.timeZone, paused: true });
      // An unknown zone only fails when a date is computed.
      this.cron.nextRun(new Date(0));
    } catch (error) {
      throw new Error(`Job ${job.name}: cannot read "${job.cron}" in ${this.timeZone}: ${(error as Error).message}`);
    }
  }

  /** The latest tick at or before `now`, or null when the expression named none yet. */
  latestTick(now: Date): Date | null {
    // croner's previousRuns excludes a run exactly at the reference; one millisecond later includes it.
    return this.cron.previousRuns(1, new Date(now.getTime() + 1))[0] ?? null;
  }

  /** The first tick after `now`, or null when there is none (an expression for one past year). */
  nextTick(now: Date): Date | null {
    return this.cron.nextRun(now);
  }
}
