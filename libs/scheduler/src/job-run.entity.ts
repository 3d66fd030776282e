import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn } from '@houqin/persistence';
import { JOB_NAME_MAX } from './job';

/** Longest error message a run keeps (the full error goes to the log). */
export const JOB_ERROR_MAX = 2000;

/**
 * One tick of one job, claimed by one replica. The row is the lease: inserting it is the claim, and
 * the unique key on (job, tick) lets exactly one replica of a service insert it, however many try at
 * once. A row with `finishedAt` null is running, or its replica stopped mid-run (that tick is not
 * retried; the next one runs). Each service has its own `job_run` table: list `schedulerEntities` in
 * its entities.
 */
@Entity('job_run')
@Index(['jobName', 'tick'], { unique: true })
export class JobRun {
  @IdColumn()
  id: string;

  @Column('varchar', { length: JOB_NAME_MAX })
  jobName: string;

  /** The instant the cron expression named (UTC), not when the run began. */
  @InstantColumn()
  tick: Date;

  /** Which replica claimed it, e.g. `finance-7f9c:1234`. */
  @Column('varchar', { length: 128 })
  replicaId: string;

  @InstantColumn()
  startedAt: Date;

  @InstantColumn({ nullable: true })
  finishedAt: Date | null;

  /** Why the run failed; null when it succeeded (or is still running). */
  @Column('varchar', { length: JOB_ERROR_MAX, nullable: true })
  error: string | null;
}

/** The scheduler's tables, for a service's entity list: `entities: [...financeEntities, ...schedulerEntities]`. */
export const schedulerEntities = [JobRun];
