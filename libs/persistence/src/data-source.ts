import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { Logger } from '@houqin/common';
import { AuditEntry } from './audit';
import { isMariaDb } from './mysql-admin';
import { CountingSqlLogger } from './sql-counter';

export interface DataSourceOptions {
  /** Service name, e.g. `directory`; names the embedded file `<dataDir>/<service>.sqlite`. */
  service: string;
  /** `mysql://…/houqin_<service>` or `mariadb://…`; empty for the embedded database. */
  databaseUrl: string;
  /** Folder of the embedded database files. */
  dataDir: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logger: Logger;
  poolSize?: number;
}

export type StorageKind = 'mysql' | 'embedded';

export function storageKind(databaseUrl: string): StorageKind {
  return databaseUrl ? 'mysql' : 'embedded';
}

/**
 * One DataSource per service. On MySQL (or MariaDB) the schema comes from the service's versioned
 * migrations; on the embedded sql.js file (the zero-install default) it is synchronised from the
 * entities, because the migrations are written in MySQL's dialect.
 * Every service gets the shared `audit_entry` table.
 */
export async function createDataSource(options: DataSourceOptions): Promise<DataSource> {
  const entities = [...(options.entities as unknown[]), AuditEntry] as DataSourceOptions['entities'];
  const logger = new CountingSqlLogger(options.logger);
  if (options.databaseUrl) {
    const mariadb = await isMariaDb(options.databaseUrl);
    return new DataSource({
      type: mariadb ? 'mariadb' : 'mysql',
      url: options.databaseUrl.replace(/^mariadb:/, 'mysql:'),
      entities,
      migrations: options.migrations,
      migrationsTransactionMode: 'each',
      synchronize: false,
      logger,
      // Dates travel as UTC; the API shows them in the school's zone.
      timezone: 'Z',
      // Calendar dates stay 'YYYY-MM-DD' strings; as Date objects they would come back at UTC
      // midnight and be re-formatted in the server's zone (a day early west of Greenwich).
      dateStrings: ['DATE'],
      charset: 'utf8mb4',
      // BIGINT money columns come back as strings and are converted exactly by their transformer.
      supportBigNumbers: true,
      bigNumberStrings: true,
      poolSize: options.poolSize ?? 10,
      maxQueryExecutionTime: 1000,
      // mysql2 otherwise captures a stack trace (Error.captureStackTrace) on every query, in case it
      // fails: about 3% of a subgraph's CPU under load. A failed query still names its SQL in the log.
      trace: false,
    });
  }
  mkdirSync(resolve(options.dataDir), { recursive: true });
  return oneTransactionAtATime(
    new DataSource({
      type: 'sqljs',
      location: join(resolve(options.dataDir), `${options.service}.sqlite`),
      autoSave: true,
      entities,
      synchronize: true,
      logger,
    }),
  );
}

/**
 * The embedded database is one connection for the whole process, and TypeORM turns a transaction
 * begun while another is open into a savepoint inside it: a request, the event relay and a scheduled
 * job running at once would then commit or roll back each other's work, and a COMMIT of the outer
 * one under an inner savepoint leaves TypeORM's transaction flag stuck (every later transaction then
 * waits forever). So on sql.js top-level transactions take turns; one begun inside another (same
 * async context) still nests as a savepoint, as before. MySQL has a connection per transaction.
 */
function oneTransactionAtATime(dataSource: DataSource): DataSource {
  const manager = dataSource.manager;
  const begin = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  // The transaction whose turn it is; work started inside it carries its token. A token that
  // outlived its transaction (a timer it set) is not "inside" any more and waits its turn.
  const inside = new AsyncLocalStorage<object>();
  let current: object | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const token = inside.getStore();
    if (token && token === current) return begin(...args);
    const turn = queue.then(() => {
      const mine = {};
      current = mine;
      return inside
        .run(mine, () => begin(...args))
        .finally(() => {
          if (current === mine) current = null;
        });
    });
    queue = turn.catch(() => undefined);
    return turn;
  }) as typeof manager.transaction;
  return dataSource;
}

/** Connects and brings the schema up to date (migrations on MySQL, synchronisation when embedded). */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await createDataSource(options);
  await dataSource.initialize();
  if (dataSource.options.type !== 'sqljs') {
    await dataSource.runMigrations({ transaction: 'each' });
  }
  return dataSource;
}

/** The SQL TypeORM would still run to make the database match the entities; empty when in sync. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
