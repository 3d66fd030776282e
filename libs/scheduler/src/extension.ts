import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import type { Clock, ScheduledJob } from './job';
import { Scheduler } from './scheduler';

/** What the subgraph kit hands an extension (the part of its `SubgraphExtension` deps a scheduler reads). */
export interface SchedulerExtensionDeps {
  service: string;
  dataSource: DataSource;
  logger: Logger;
}

export interface SchedulerExtensionOptions {
  jobs: readonly ScheduledJob[];
  /** The system clock unless a test moves one by hand. */
  clock?: Clock;
  /** Names this replica in `job_run.replicaId`; `<host>:<pid>` by default. */
  replicaId?: string;
  /** How soon to try again when the database could not be reached (default 30 s). */
  retryMs?: number;
}

export interface RunningScheduler {
  scheduler: Scheduler;
  stop(): Promise<void>;
}

/**
 * A service's scheduled jobs as one subgraph-kit extension:
 *
 *   extensions: [eventsExtension(), schedulerExtension({ jobs: [licenceExpiryJob] })]
 *
 * The kit starts it once the database is open and stops it before the database closes. Every
 * replica runs one; the `job_run` lease lets one of them run each tick. The service lists
 * `schedulerEntities` in its entities.
 */
export function schedulerExtension(options: SchedulerExtensionOptions) {
  return {
    name: 'scheduler',
    start: (deps: SchedulerExtensionDeps) => startScheduler(deps, options),
  };
}

/**
 * Starts a Scheduler on the service's data source and resolves once its first round (the catch-up of
 * what is due now) is done, so a service starts with its due jobs run; a job that fails or a database
 * that does not answer is logged, not thrown, so it never keeps the service from starting.
 */
export async function startScheduler(deps: SchedulerExtensionDeps, options: SchedulerExtensionOptions): Promise<RunningScheduler> {
  const logger = deps.logger.child({ component: 'scheduler' });
  const scheduler = new Scheduler({ ...options, dataSource: deps.dataSource, logger });
  const jobs = options.jobs.map((job) => `${job.name} (${job.cron})`);
  await scheduler.start();
  logger.info({ replicaId: scheduler.replicaId, jobs, nextWakeAt: scheduler.nextWakeAt?.toISOString() ?? null }, 'scheduler started');
  return {
    scheduler,
    stop: async () => {
      await scheduler.stop();
      logger.info({ replicaId: scheduler.replicaId }, 'scheduler stopped');
    },
  };
}
