import pino from 'pino';
import { Query, Resolver } from 'type-graphql';
import { Column, Entity, type MigrationInterface, type QueryRunner } from 'typeorm';
import { newId } from '@houqin/common';
import { IdColumn, InstantColumn } from '@houqin/persistence';
import { type AnySubgraphDefinition, type RunningSubgraph, startSubgraph } from '@houqin/subgraph-kit';
import { startTestSubgraph, TEST_INTERNAL_SECRET, testStorage, waitFor, type TestSubgraph } from '@houqin/testing';
import {
  defineJob,
  JobRun,
  schedulerEntities,
  schedulerExtension,
  startScheduler,
  type Clock,
  type SchedulerExtensionOptions,
} from '../src';

/** What a job did, written with the manager it was given. */
@Entity('job_effect')
class JobEffect {
  @IdColumn()
  id: string;

  @Column('varchar', { length: 64 })
  replicaId: string;

  @InstantColumn()
  tick: Date;
}

@Resolver()
class PingResolver {
  @Query(() => String, { description: 'Is it up?' })
  ping(): string {
    return 'pong';
  }
}

/** The test subgraph's tables (a service generates a real migration for `job_run`). */
class SchedulerTables1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.connection.synchronize();
  }

  async down(): Promise<void> {}
}

const silent = pino({ level: 'silent' });

/** A job recording each run, and the replica that ran it, in its transaction. */
const recordingJob = (name: string, cron: string, replicaId: () => string = () => 'replica') =>
  defineJob({
    name,
    cron,
    run: async ({ manager, tick }) => {
      await manager.insert(JobEffect, { id: newId(), replicaId: replicaId(), tick });
    },
  });

/** A subgraph with nothing but a job table, its effects and the scheduler extension. */
function subgraph(options: SchedulerExtensionOptions): AnySubgraphDefinition {
  return {
    name: 'scheduled',
    defaultPort: 0,
    resolvers: [PingResolver],
    entities: [...schedulerEntities, JobEffect],
    migrations: [SchedulerTables1700000000000],
    createContext: (base) => base,
    extensions: [schedulerExtension(options)],
  };
}

/** A second replica of `first`'s service on the same MariaDB database: a subgraph of its own, started by the kit. */
function startReplica(definition: AnySubgraphDefinition, first: TestSubgraph): Promise<RunningSubgraph> {
  return startSubgraph(definition, {
    NODE_ENV: 'test',
    PORT: 0,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN_SECRET: TEST_INTERNAL_SECRET,
    DATABASE_URL: first.database.databaseUrl,
    DATA_DIR: first.database.dataDir,
    DB_POOL_SIZE: 5,
    SEED_DEMO: 'false',
    isProduction: false,
  });
}

const effects = (sub: TestSubgraph) => sub.dataSource.getRepository(JobEffect).find({ order: { tick: 'ASC' } });
const runs = (sub: TestSubgraph) => sub.dataSource.getRepository(JobRun).find({ order: { tick: 'ASC' } });

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

describe('schedulerExtension in a subgraph', () => {
  it('is started by the kit once the database is open: the job due now has run when the service is up', async () => {
    const clock: Clock = { now: () => new Date('2026-03-02T08:30:00Z') };
    const sub = await startTestSubgraph(subgraph({ jobs: [recordingJob('kit.daily', '0 7 * * *')], clock, replicaId: 'kit-a' }), {
      seed: false,
    });
    stops.push(() => sub.stop());
    // 07:00 in Asia/Shanghai is 23:00 UTC the day before.
    expect((await effects(sub)).map((e) => e.tick.toISOString())).toEqual(['2026-03-01T23:00:00.000Z']);
    expect((await runs(sub)).map((r) => [r.jobName, r.replicaId, r.finishedAt !== null, r.error])).toEqual([
      ['kit.daily', 'kit-a', true, null],
    ]);
  });

  it('two replicas of a service run a job once per tick', async () => {
    // Every second on the real clock: the replicas' timers race for each tick.
    const definition = (replicaId: string) =>
      subgraph({ jobs: [recordingJob('kit.everySecond', '* * * * * *', () => replicaId)], replicaId });
    const first = await startTestSubgraph(definition('replica-a'), { seed: false });
    stops.push(() => first.stop());
    if (testStorage().kind === 'mysql') {
      const second = await startReplica(definition('replica-b'), first);
      stops.push(() => second.close());
    } else {
      // The embedded database lives in one process: the second replica runs on the first one's data source.
      const second = await startScheduler(
        { service: 'scheduled', dataSource: first.dataSource, logger: silent },
        { jobs: [recordingJob('kit.everySecond', '* * * * * *', () => 'replica-b')], replicaId: 'replica-b' },
      );
      stops.push(() => second.stop());
    }

    await waitFor('four ticks to have run', async () => (await runs(first)).filter((r) => r.finishedAt).length >= 4);
    // Stopped before counting (the test's stops run in reverse): no round is in progress while we read.
    for (const stop of stops.splice(1).reverse()) await stop();

    const ran = (await runs(first)).filter((r) => r.finishedAt);
    const done = await effects(first);
    expect(ran.every((r) => r.error === null)).toBe(true);
    // One effect per tick, by the replica that holds the tick's lease.
    expect(done.map((e) => e.tick.toISOString())).toEqual(ran.map((r) => r.tick.toISOString()));
    expect(new Set(done.map((e) => e.tick.toISOString())).size).toBe(done.length);
    expect(done.map((e) => e.replicaId)).toEqual(ran.map((r) => r.replicaId));
  });
});
