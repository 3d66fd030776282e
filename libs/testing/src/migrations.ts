import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource, openDataSource, pendingSchemaChanges } from '@houqin/persistence';
import type { AnySubgraphDefinition } from '@houqin/subgraph-kit';
import { createTestDatabase, testStorage } from './storage';

const logger = pino({ level: 'silent' });
/** A service's whole schema built, dropped and built again: dozens of DDL statements, slow on a loaded CI machine. */
const SCHEMA_TEST_TIMEOUT_MS = 120_000;

async function withDatabase(
  service: string,
  open: (databaseUrl: string, dataDir: string) => Promise<DataSource>,
  check: (dataSource: DataSource) => Promise<void>,
) {
  const db = await createTestDatabase(service);
  try {
    const dataSource = await open(db.databaseUrl, db.dataDir);
    try {
      await check(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await db.drop();
  }
}

/**
 * The schema tests every subgraph needs: on MySQL its migrations give exactly the schema its
 * entities describe and roll back to nothing; on the embedded database the synchronised schema
 * leaves nothing to change. Call it from a spec file: `describeSchema(createFinanceSubgraph())`.
 */
export function describeSchema(definition: AnySubgraphDefinition): void {
  const { name: service, entities, migrations } = definition;
  const onMysql = testStorage().kind === 'mysql';

  // Migrations are MySQL DDL; on the embedded database the schema is synchronised from the entities instead.
  (onMysql ? describe : describe.skip)(`${service} migrations on MySQL`, () => {
    it(
      'give exactly the schema the entities describe',
      () =>
        withDatabase(
          service,
          (databaseUrl, dataDir) => openDataSource({ service, databaseUrl, dataDir, entities, migrations, logger }),
          async (dataSource) => {
            expect(await dataSource.showMigrations()).toBe(false);
            expect(await pendingSchemaChanges(dataSource)).toEqual([]);
          },
        ),
      SCHEMA_TEST_TIMEOUT_MS,
    );

    it(
      'roll back to an empty database and forward again',
      () =>
        withDatabase(
          service,
          (databaseUrl, dataDir) => openDataSource({ service, databaseUrl, dataDir, entities, migrations, logger }),
          async (dataSource) => {
            for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration();
            const tables = (await dataSource.query('SHOW TABLES')) as Record<string, string>[];
            expect(tables.map((t) => Object.values(t)[0]).filter((name) => name !== 'migrations')).toEqual([]);
            await dataSource.runMigrations();
            expect(await pendingSchemaChanges(dataSource)).toEqual([]);
          },
        ),
      SCHEMA_TEST_TIMEOUT_MS,
    );
  });

  describe(`${service} schema on the embedded database`, () => {
    it(
      'is synchronised from the entities with nothing left to change',
      () =>
        withDatabase(
          service,
          async (_url, dataDir) => {
            const dataSource = await createDataSource({ service, databaseUrl: '', dataDir, entities, migrations: [], logger });
            return dataSource.initialize();
          },
          async (dataSource) => expect(await pendingSchemaChanges(dataSource)).toEqual([]),
        ),
      SCHEMA_TEST_TIMEOUT_MS,
    );
  });
}
