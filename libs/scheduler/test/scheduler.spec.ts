import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import pino from 'pino';
import { Column, DataSource, Entity } from 'typeorm';
import { newId, todayIn } from '@houqin/common';
import { createDataSource, IdColumn, InstantColumn } from '@houqin/persistence';
import { createTestDatabase, REPO_ROOT, testStorage, waitFor, type TestDatabase } from '@houqin/testing';
import { defineJob, JobRun, JobSchedule, Scheduler, schedulerEntities, type Clock, type JobContext, type ScheduledJob } from '../src';

/** What a job did, written with the manager it was given (so a rolled-back run leaves none). */
@Entity('job_effect')
class JobEffect {
  @IdColumn()
  id: string;

  @Column('varchar', { length: 64 })
  jobName: string;

  @InstantColumn()
  tick: Date;
}

const logger = pino({ level: 'silent' });
const at = (iso: string) => new Date(iso);

/** A clock the test moves by hand. */
class TestClock implements Clock {
  constructor(private instant: Date) {}
  now(): Date {
    return new Date(this.instant);
  }
  set(instant: Date): void {
    this.instant = instant;
  }
}

let db: TestDatabase;
let dataSource: DataSource;
/** The second replica's connection: its own pool on MySQL; the same data source on the embedded database (one process). */
let otherReplicaDataSource: DataSource;

const open = async (service = 'scheduler') => {
  const source = await createDataSource({
    service,
    databaseUrl: db.databaseUrl,
    dataDir: db.dataDir,
    entities: [...schedulerEntities, JobEffect],
    migrations: [],
    logger,
  });
  return source.initialize();
};

beforeAll(async () => {
  db = await createTestDatabase('scheduler');
  dataSource = await open();
  await dataSource.synchronize();
  otherReplicaDataSource = testStorage().kind === 'mysql' ? await open() : dataSource;
});

afterAll(async () => {
  if (otherReplicaDataSource !== dataSource) await otherReplicaDataSource?.destroy();
  await dataSource?.destroy();
  await db?.drop();
});

/** A job that records each run as a `job_effect` row in its transaction. */
const recordingJob = (name: string, cron: string, extra: Partial<ScheduledJob> = {}): ScheduledJob =>
  defineJob({
    name,
    cron,
    run: async ({ manager, tick }: JobContext) => {
      await manager.insert(JobEffect, { id: newId(), jobName: name, tick });
    },
    ...extra,
  });

const effectTicks = async (jobName: string) =>
  (await dataSource.getRepository(JobEffect).find({ where: { jobName }, order: { tick: 'ASC' } })).map((e) => e.tick.toISOString());
const runsOf = (jobName: string) => dataSource.getRepository(JobRun).find({ where: { jobName }, order: { tick: 'ASC' } });

describe('two replicas of one service', () => {
  it('run a job exactly once per tick, however many rounds race for it, failing runs included', async () => {
    // Every fifth minute the job fails after writing, so rollbacks race with the claims and commits too.
    const fails = (tick: Date) => tick.getUTCMinutes() % 5 === 0;
    const job = recordingJob('replicas.everyMinute', '* * * * *', {
      run: async ({ manager, tick }) => {
        await manager.insert(JobEffect, { id: newId(), jobName: 'replicas.everyMinute', tick });
        // A real job waits on I/O here and there: let the other rounds run meanwhile.
        await new Promise((resolve) => setImmediate(resolve));
        if (fails(tick)) throw new Error(`No paper at ${tick.toISOString()}`);
      },
    });
    const replicaA = new Scheduler({ dataSource, jobs: [job], logger, replicaId: 'replica-a' });
    const replicaB = new Scheduler({ dataSource: otherReplicaDataSource, jobs: [job], logger, replicaId: 'replica-b' });

    // 60 minutes; each replica wakes twice per tick (once on time, once a little late), all at once.
    const ticks = Array.from({ length: 60 }, (_, minute) => new Date(Date.parse('2026-03-02T01:00:00Z') + minute * 60_000));
    const rounds = ticks.flatMap((tick) =>
      [0, 1500].flatMap((late) => [replicaA, replicaB].map((replica) => replica.runDue(new Date(tick.getTime() + late)))),
    );
    const results = (await Promise.all(rounds)).flat();

    const expected = ticks.map((t) => t.toISOString());
    const expectedErrors = ticks.map((t) => (fails(t) ? `No paper at ${t.toISOString()}` : null));
    results.sort((a, b) => a.tick.getTime() - b.tick.getTime());
    expect(results.map((r) => r.tick.toISOString())).toEqual(expected);
    expect(results.map((r) => r.error)).toEqual(expectedErrors);
    expect(await effectTicks(job.name)).toEqual(expected.filter((_, i) => expectedErrors[i] === null));
    // One lease per tick, naming the replica that ran it, finished, with the run's error.
    const runs = await runsOf(job.name);
    expect(runs.map((r) => [r.tick.toISOString(), r.replicaId, r.finishedAt !== null, r.error])).toEqual(
      results.map((r) => [r.tick.toISOString(), r.replicaId, true, r.error]),
    );
  });
});

describe('a failing job', () => {
  it('records its error, keeps none of its writes, is not retried for that tick, and runs at the next tick', async () => {
    let failNext = true;
    const job = defineJob({
      name: 'failing.hourly',
      cron: '0 * * * *',
      run: async ({ manager, tick }) => {
        await manager.insert(JobEffect, { id: newId(), jobName: 'failing.hourly', tick });
        if (failNext) {
          failNext = false;
          throw new Error('The printer is on fire');
        }
      },
    });
    const scheduler = new Scheduler({ dataSource, jobs: [job], logger, replicaId: 'replica-a' });

    const [failed] = await scheduler.runDue(at('2026-03-02T02:00:05Z'));
    expect(failed).toMatchObject({ job: 'failing.hourly', tick: at('2026-03-02T02:00:00Z'), error: 'The printer is on fire' });
    expect(await scheduler.runDue(at('2026-03-02T02:30:00Z'))).toEqual([]);
    const [next] = await scheduler.runDue(at('2026-03-02T03:00:00Z'));
    expect(next).toMatchObject({ tick: at('2026-03-02T03:00:00Z'), error: null });

    const runs = await runsOf('failing.hourly');
    expect(runs.map((r) => [r.tick.toISOString(), r.error, r.finishedAt !== null])).toEqual([
      ['2026-03-02T02:00:00.000Z', 'The printer is on fire', true],
      ['2026-03-02T03:00:00.000Z', null, true],
    ]);
    // The failed run's write was rolled back with its transaction.
    expect(await effectTicks('failing.hourly')).toEqual(['2026-03-02T03:00:00.000Z']);
  });

  it('does not stop the jobs after it in the same round', async () => {
    const broken = defineJob({ name: 'broken.daily', cron: '0 0 * * *', run: () => Promise.reject(new Error('no')) });
    const healthy = recordingJob('healthy.daily', '0 0 * * *');
    const results = await new Scheduler({ dataSource, jobs: [broken, healthy], logger }).runDue(at('2026-03-02T16:00:00Z'));
    expect(results.map((r) => [r.job, r.error])).toEqual([
      ['broken.daily', 'no'],
      ['healthy.daily', null],
    ]);
  });

  it('keeps what it wrote before failing when it runs without a transaction', async () => {
    const job = recordingJob('batches.daily', '0 0 * * *', {
      transaction: false,
      run: async ({ manager, tick }) => {
        await manager.insert(JobEffect, { id: newId(), jobName: 'batches.daily', tick });
        throw new Error('second batch failed');
      },
    });
    const [result] = await new Scheduler({ dataSource, jobs: [job], logger }).runDue(at('2026-03-02T16:00:00Z'));
    expect(result.error).toBe('second batch failed');
    expect(await effectTicks('batches.daily')).toEqual(['2026-03-02T16:00:00.000Z']);
  });
});

describe('catching up after downtime', () => {
  it('runs only the latest missed tick, once', async () => {
    const job = recordingJob('catchUp.hourly', '0 * * * *');
    const replicaA = new Scheduler({ dataSource, jobs: [job], logger, replicaId: 'replica-a' });
    const replicaB = new Scheduler({ dataSource: otherReplicaDataSource, jobs: [job], logger, replicaId: 'replica-b' });

    await replicaA.runDue(at('2026-03-02T10:00:00Z'));
    // Both replicas down from 10:01 to 15:30; both come back at once.
    const back = await Promise.all([replicaA.runDue(at('2026-03-02T15:30:00Z')), replicaB.runDue(at('2026-03-02T15:30:00Z'))]);
    expect(back.flat().map((r) => r.tick.toISOString())).toEqual(['2026-03-02T15:00:00.000Z']);
    expect(await replicaB.runDue(at('2026-03-02T15:59:59Z'))).toEqual([]);

    expect(await effectTicks(job.name)).toEqual(['2026-03-02T10:00:00.000Z', '2026-03-02T15:00:00.000Z']);
  });
});

describe('cron in a time zone', () => {
  it('reads a daily `0 0 * * *` in Asia/Shanghai by default: its tick is local midnight, 16:00 UTC', async () => {
    const daily = new JobSchedule(recordingJob('midnight.daily', '0 0 * * *'));
    expect(daily.timeZone).toBe('Asia/Shanghai');
    expect(daily.latestTick(at('2026-03-01T15:59:59.999Z'))).toEqual(at('2026-02-28T16:00:00Z'));
    expect(daily.latestTick(at('2026-03-01T16:00:00Z'))).toEqual(at('2026-03-01T16:00:00Z'));
    expect(daily.nextTick(at('2026-03-01T16:00:00Z'))).toEqual(at('2026-03-02T16:00:00Z'));
    expect(new JobSchedule(recordingJob('midnight.utc', '0 0 * * *', { timeZone: 'UTC' })).latestTick(at('2026-03-01T15:59:59Z'))).toEqual(
      at('2026-03-01T00:00:00Z'),
    );

    // The job sees the tick, and the school's calendar date of that tick is the new day.
    let seen: { tick: Date; now: Date } | null = null;
    const job = recordingJob('midnight.daily', '0 0 * * *', {
      run: ({ tick, now }) => {
        seen = { tick, now };
        return Promise.resolve();
      },
    });
    const scheduler = new Scheduler({ dataSource, jobs: [job], logger });
    expect(await scheduler.runDue(at('2026-03-01T15:59:59Z'))).toMatchObject([{ tick: at('2026-02-28T16:00:00Z') }]);
    expect(await scheduler.runDue(at('2026-03-01T16:00:00Z'))).toMatchObject([{ tick: at('2026-03-01T16:00:00Z') }]);
    expect(seen).toEqual({ tick: at('2026-03-01T16:00:00Z'), now: at('2026-03-01T16:00:00Z') });
    expect(todayIn('Asia/Shanghai', at('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('refuses a bad expression, an unknown zone and a name used twice when the service starts', () => {
    expect(() => defineJob({ name: 'bad.cron', cron: '61 * * * *', run: () => Promise.resolve() })).toThrow(
      /bad\.cron: cannot read "61 \* \* \* \*"/,
    );
    expect(() => defineJob({ name: 'bad.zone', cron: '0 0 * * *', timeZone: 'Mars/Olympus', run: () => Promise.resolve() })).toThrow(
      /bad\.zone.*Mars\/Olympus/,
    );
    const job = recordingJob('twice', '0 0 * * *');
    expect(() => new Scheduler({ dataSource, jobs: [job, job], logger })).toThrow(/unique in a service: twice/);
  });
});

describe('the timer', () => {
  /** A clock that runs at real speed from `start`: the next tick comes after a few real milliseconds. */
  const runningFrom = (start: Date): Clock => {
    const offset = start.getTime() - Date.now();
    return { now: () => new Date(Date.now() + offset) };
  };
  // Stopped even when an assertion fails, so no timer outlives its test.
  const started: Scheduler[] = [];
  const tracked = (made: Scheduler) => {
    started.push(made);
    return made;
  };
  afterEach(() => Promise.all(started.splice(0).map((s) => s.stop())));

  it('catches up at start, wakes at the next tick (not before), and stop() clears it', async () => {
    const job = recordingJob('timer.daily', '0 0 * * *');
    const scheduler = tracked(new Scheduler({ dataSource, jobs: [job], clock: runningFrom(at('2026-03-01T15:59:59.900Z')), logger }));

    await scheduler.start();
    // Checked before anything else awaits, since tonight's tick is only 100 ms away.
    expect(scheduler.nextWakeAt).toEqual(at('2026-03-01T16:00:00Z'));

    // The second round is over when the timer is set for tomorrow's midnight.
    await waitFor('the next wake at 16:00 UTC', () =>
      Promise.resolve(scheduler.nextWakeAt?.getTime() === Date.parse('2026-03-02T16:00:00Z')),
    );
    // Yesterday's local midnight, missed, ran at start; tonight's ran when the timer woke, not before it.
    const runs = await runsOf(job.name);
    expect(runs.map((r) => r.tick.toISOString())).toEqual(['2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z']);
    expect(runs[0].startedAt.getTime()).toBeLessThan(Date.parse('2026-03-01T16:00:00Z'));
    expect(runs[1].startedAt.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-01T16:00:00Z'));
    expect(await effectTicks(job.name)).toEqual(['2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z']);

    await scheduler.stop();
    expect(scheduler.nextWakeAt).toBeNull();
  });

  it('leaves nothing behind after stop() that keeps the process alive', async () => {
    // In a process of its own: a timer left behind would keep it running until tomorrow's tick.
    const exitDb = await createTestDatabase('scheduler-exit');
    try {
      const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'fixtures', 'stop-then-exit.ts')], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: exitDb.databaseUrl, DATA_DIR: exitDb.dataDir },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
      clearTimeout(killer);
      expect({ code, signal, output: output.trim() }).toEqual({ code: 0, signal: null, output: 'stopped' });
    } finally {
      await exitDb.drop();
    }
  });

  it('stop() waits for a run in progress, and sets no timer after it', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered = false;
    const job = recordingJob('timer.slow', '0 0 * * *', {
      run: async ({ manager, tick }) => {
        entered = true;
        await gate;
        await manager.insert(JobEffect, { id: newId(), jobName: 'timer.slow', tick });
      },
    });
    const scheduler = tracked(new Scheduler({ dataSource, jobs: [job], clock: new TestClock(at('2026-03-02T00:00:00Z')), logger }));

    const starting = scheduler.start();
    await waitFor('the job to start', () => Promise.resolve(entered));
    const stopping = scheduler.stop();
    // One turn of the event loop: a stop() that did not wait would have resolved by then.
    const nextTurn = new Promise((resolve) => setImmediate(() => resolve('still running')));
    expect(await Promise.race([stopping.then(() => 'stopped'), nextTurn])).toBe('still running');
    release();
    await stopping;
    // stop() resolved only after the run had written and finished: the data source may close now.
    const [run] = await runsOf('timer.slow');
    expect(run.finishedAt).not.toBeNull();
    expect(await effectTicks('timer.slow')).toEqual(['2026-03-01T16:00:00.000Z']);
    await starting;
    expect(scheduler.nextWakeAt).toBeNull();
  });

  it('tries again after retryMs, not at the next tick, when the database fails', async () => {
    const closed = await open('scheduler-closed');
    await closed.destroy();
    const clock = new TestClock(at('2026-03-02T08:00:00Z'));
    const scheduler = tracked(
      new Scheduler({ dataSource: closed, jobs: [recordingJob('timer.retry', '0 0 * * *')], clock, logger, retryMs: 60_000 }),
    );
    await scheduler.start();
    expect(scheduler.nextWakeAt).toEqual(at('2026-03-02T08:01:00Z'));
    await scheduler.stop();
  });
});
