import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createDatabase, dropDatabase, withDatabase } from '@houqin/persistence';

/**
 * Where integration tests keep data. `npm test` (tools/scripts/test.mjs) decides once per run:
 * HOUQIN_TEST_MYSQL_URL names a MySQL-compatible server (CI sets it, so it cannot silently fall
 * back); without it the run uses a local server when one answers, else the embedded database.
 */
export type TestStorage = { kind: 'mysql'; serverUrl: string } | { kind: 'embedded' };

export function testStorage(): TestStorage {
  const serverUrl = process.env.HOUQIN_TEST_MYSQL_URL;
  return serverUrl ? { kind: 'mysql', serverUrl } : { kind: 'embedded' };
}

export interface TestDatabase {
  /** DATABASE_URL for the service ('' for embedded). */
  databaseUrl: string;
  /** DATA_DIR for the service (a fresh temporary folder). */
  dataDir: string;
  /** Drops the database and removes the folder. */
  drop(): Promise<void>;
}

/** A database of this test's own (`houqin_t<pid>_<random>_<service>`), dropped by `drop()`. */
export async function createTestDatabase(service: string): Promise<TestDatabase> {
  const storage = testStorage();
  const dataDir = mkdtempSync(join(tmpdir(), `houqin-${service}-`));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (storage.kind === 'embedded') {
    return { databaseUrl: '', dataDir, drop: async () => removeDir() };
  }
  const name = `houqin_t${process.pid}_${randomBytes(3).toString('hex')}_${service.replace(/-/g, '_')}`;
  const databaseUrl = withDatabase(storage.serverUrl, name);
  await createDatabase(databaseUrl);
  return {
    databaseUrl,
    dataDir,
    drop: async () => {
      await dropDatabase(databaseUrl);
      removeDir();
    },
  };
}
