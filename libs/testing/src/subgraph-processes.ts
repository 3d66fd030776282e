import { freePort, type ServiceProcess, startServiceProcess } from './process';
import { createTestDatabase, type TestDatabase } from './storage';
import { waitFor } from './wait';

/** The domain services a test may run beside the directory and finance, each seeding its demo data. */
export type OptionalService = 'canteen' | 'facilities' | 'safety';
const OPTIONAL_SERVICES: readonly OptionalService[] = ['canteen', 'facilities', 'safety'];

export interface SubgraphProcesses {
  directory: ServiceProcess;
  finance: ServiceProcess;
  /** The canteen, when asked for (`canteen: true`), seeding its demo term. */
  canteen?: ServiceProcess;
  /** Facilities, when asked for (`facilities: true`), seeding its demo places, assets, storeroom and meters. */
  facilities?: ServiceProcess;
  /** Safety, when asked for (`safety: true`), seeding its demo hazards. */
  safety?: ServiceProcess;
  /** Stops the processes and drops their databases. */
  stop(): Promise<void>;
}

/**
 * The directory and finance as `npm start` runs them: separate processes on databases of their own,
 * delivering their events to each other over internal HTTP (no NATS), the directory seeding the demo
 * district. Finance listens before the directory seeds and publishes it, so its copy of the schools it
 * validates against fills at once; resolves when the directory is ready (seeded). `env` is given to
 * all (e.g. secrets, tracing), `directoryEnv`/`financeEnv` to one. With `canteen: true`,
 * `facilities: true` or `safety: true` those run too (their demo seeded; every service delivers its
 * events to the others), as the console needs.
 */
export async function startSubgraphProcesses(
  options: {
    env?: Record<string, string>;
    directoryEnv?: Record<string, string>;
    financeEnv?: Record<string, string>;
    canteen?: boolean;
    facilities?: boolean;
    safety?: boolean;
    /** The folder of a compiled build (`compiledBuild()`) to run instead of the sources. */
    compiled?: string;
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
    // Every port is picked first, so each service knows where to deliver its events to the others.
    const optional = OPTIONAL_SERVICES.filter((service) => options[service]);
    const ports = new Map<string, number>();
    for (const service of ['finance', 'directory', ...optional]) {
      let port = await freePort();
      while ([...ports.values()].includes(port)) port = await freePort();
      ports.set(service, port);
    }
    const internalUrls = Object.fromEntries(
      [...ports].map(([service, port]) => [`${service.toUpperCase()}_INTERNAL_URL`, `http://127.0.0.1:${port}`]),
    );
    const others = (self: string) =>
      Object.fromEntries(Object.entries(internalUrls).filter(([key]) => !key.startsWith(`${self.toUpperCase()}_`)));
    const extra: Partial<Record<OptionalService, ServiceProcess>> = {};
    for (const service of optional) {
      const db = await createTestDatabase(service);
      databases.push(db);
      const process = await startServiceProcess(
        service,
        { ...options.env, DATABASE_URL: db.databaseUrl, DATA_DIR: db.dataDir, SEED_DEMO: 'true', NATS_URL: '', ...others(service) },
        { port: ports.get(service)!, timeoutMs: 240_000, compiled: options.compiled },
      );
      started.push(process);
      extra[service] = process;
    }
    const finance = await startServiceProcess(
      'finance',
      {
        ...options.env,
        DATABASE_URL: financeDb.databaseUrl,
        DATA_DIR: financeDb.dataDir,
        SEED_DEMO: 'false',
        NATS_URL: '',
        ...others('finance'),
        ...options.financeEnv,
      },
      { port: ports.get('finance')!, timeoutMs: 240_000, compiled: options.compiled },
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
        ...others('directory'),
        ...options.directoryEnv,
      },
      { port: ports.get('directory')!, timeoutMs: 240_000, compiled: options.compiled },
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
    return { directory, finance, ...extra, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
