import { freePort, type ServiceProcess, startServiceProcess } from './process';
import { createTestDatabase, type TestDatabase } from './storage';
import { waitFor } from './wait';

export interface SubgraphProcesses {
  directory: ServiceProcess;
  finance: ServiceProcess;
  /** The canteen, when asked for (`canteen: true`), seeding its demo term. */
  canteen?: ServiceProcess;
  /** Stops the processes and drops their databases. */
  stop(): Promise<void>;
}

/**
 * The directory and finance as `npm start` runs them: separate processes on databases of their own,
 * delivering their events to each other over internal HTTP (no NATS), the directory seeding the demo
 * district. Finance listens before the directory seeds and publishes it, so its copy of the schools it
 * validates against fills at once; resolves when the directory is ready (seeded). `env` is given to
 * both (e.g. secrets, tracing), `directoryEnv`/`financeEnv` to one. With `canteen: true` the canteen
 * runs too (its demo seeded; the three deliver their events to one another), as the console needs.
 */
export async function startSubgraphProcesses(
  options: {
    env?: Record<string, string>;
    directoryEnv?: Record<string, string>;
    financeEnv?: Record<string, string>;
    canteen?: boolean;
  } = {},
): Promise<SubgraphProcesses> {
  const databases: TestDatabase[] = [];
  const started: ServiceProcess[] = [];
  const stop = async () => {
    for (const service of started.reverse()) await service.stop();
    for (const database of databases) await database.drop();
  };
  try {
    const directoryDb = await createTestDatabase('directory');
    databases.push(directoryDb);
    const financeDb = await createTestDatabase('finance');
    databases.push(financeDb);
    // Both ports are picked first, so each service knows where to deliver its events to the other.
    const financePort = await freePort();
    let directoryPort = await freePort();
    while (directoryPort === financePort) directoryPort = await freePort();
    let canteenPort = await freePort();
    while (canteenPort === financePort || canteenPort === directoryPort) canteenPort = await freePort();
    const canteenUrl: Record<string, string> = options.canteen ? { CANTEEN_INTERNAL_URL: `http://127.0.0.1:${canteenPort}` } : {};
    let canteen: ServiceProcess | undefined;
    if (options.canteen) {
      const canteenDb = await createTestDatabase('canteen');
      databases.push(canteenDb);
      canteen = await startServiceProcess(
        'canteen',
        {
          ...options.env,
          DATABASE_URL: canteenDb.databaseUrl,
          DATA_DIR: canteenDb.dataDir,
          SEED_DEMO: 'true',
          NATS_URL: '',
          DIRECTORY_INTERNAL_URL: `http://127.0.0.1:${directoryPort}`,
          FINANCE_INTERNAL_URL: `http://127.0.0.1:${financePort}`,
        },
        { port: canteenPort, timeoutMs: 240_000 },
      );
      started.push(canteen);
    }
    const finance = await startServiceProcess(
      'finance',
      {
        ...options.env,
        DATABASE_URL: financeDb.databaseUrl,
        DATA_DIR: financeDb.dataDir,
        SEED_DEMO: 'false',
        NATS_URL: '',
        DIRECTORY_INTERNAL_URL: `http://127.0.0.1:${directoryPort}`,
        ...canteenUrl,
        ...options.financeEnv,
      },
      { port: financePort },
    );
    started.push(finance);
    const directory = await startServiceProcess(
      'directory',
      {
        ...options.env,
        DATABASE_URL: directoryDb.databaseUrl,
        DATA_DIR: directoryDb.dataDir,
        SEED_DEMO: 'true',
        PASSWORD_HASH_COST: '4',
        NATS_URL: '',
        FINANCE_INTERNAL_URL: `http://127.0.0.1:${financePort}`,
        ...canteenUrl,
        ...options.directoryEnv,
      },
      { port: directoryPort },
    );
    started.push(directory);
    await waitFor(
      'the directory to seed the demo district',
      () =>
        fetch(`${directory.baseUrl}/ready`).then(
          (r) => r.ok,
          () => false,
        ),
      60000,
    );
    return { directory, finance, canteen, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
