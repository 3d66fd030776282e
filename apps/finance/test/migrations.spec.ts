import pino from 'pino';
import { createDataSource, openDataSource, pendingSchemaChanges } from '@houqin/persistence';
import { createTestDatabase, testStorage } from '@houqin/testing';
import { financeEntities } from '../src/entities';
import { financeMigrations } from '../src/migrations';

const logger = pino({ level: 'silent' });
const onMysql = testStorage().kind === 'mysql';

// Migrations are MySQL DDL; on the embedded database the schema is synchronised from the entities instead.
(onMysql ? describe : describe.skip)('finance migrations on MySQL', () => {
  it('give exactly the schema the entities describe', async () => {
    const db = await createTestDatabase('finance');
    try {
      const dataSource = await openDataSource({ service: 'finance', databaseUrl: db.databaseUrl, dataDir: db.dataDir, entities: financeEntities, migrations: financeMigrations, logger });
      try {
        expect(await dataSource.showMigrations()).toBe(false);
        expect(await pendingSchemaChanges(dataSource)).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await db.drop();
    }
  });

  it('roll back to an empty database and forward again', async () => {
    const db = await createTestDatabase('finance');
    try {
      const dataSource = await openDataSource({ service: 'finance', databaseUrl: db.databaseUrl, dataDir: db.dataDir, entities: financeEntities, migrations: financeMigrations, logger });
      try {
        for (let i = 0; i < financeMigrations.length; i++) await dataSource.undoLastMigration();
        const tables = (await dataSource.query('SHOW TABLES')) as Record<string, string>[];
        expect(tables.map((t) => Object.values(t)[0]).filter((name) => name !== 'migrations')).toEqual([]);
        await dataSource.runMigrations();
        expect(await pendingSchemaChanges(dataSource)).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await db.drop();
    }
  });
});

describe('finance schema on the embedded database', () => {
  it('is synchronised from the entities with nothing left to change', async () => {
    const db = await createTestDatabase('finance');
    try {
      const dataSource = await createDataSource({ service: 'finance', databaseUrl: '', dataDir: db.dataDir, entities: financeEntities, migrations: [], logger });
      await dataSource.initialize();
      try {
        expect(await pendingSchemaChanges(dataSource)).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await db.drop();
    }
  });
});
