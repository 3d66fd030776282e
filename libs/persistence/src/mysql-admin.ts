import { createConnection } from 'mysql2/promise';

/** Splits `mysql://user:pass@host:port/db` into the server URL and the database name. */
export function splitDatabaseUrl(url: string): { serverUrl: string; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  parsed.pathname = '/';
  return { serverUrl: parsed.toString(), database };
}

/** The same server with another database: `withDatabase('mysql://h:3306/', 'houqin_finance')`. */
export function withDatabase(serverUrl: string, database: string): string {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function withServer<T>(url: string, fn: (run: (sql: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const { serverUrl } = splitDatabaseUrl(url);
  const parsed = new URL(serverUrl);
  const connection = await createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    connectTimeout: 3000,
  });
  try {
    return await fn((sql) => connection.query(sql).then(([rows]) => rows));
  } finally {
    await connection.end();
  }
}

const identifier = (name: string) => {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return `\`${name}\``;
};

export async function createDatabase(url: string): Promise<void> {
  const { database } = splitDatabaseUrl(url);
  await withServer(url, (run) => run(`CREATE DATABASE IF NOT EXISTS ${identifier(database)} CHARACTER SET utf8mb4`));
}

export async function dropDatabase(url: string): Promise<void> {
  const { database } = splitDatabaseUrl(url);
  await withServer(url, (run) => run(`DROP DATABASE IF EXISTS ${identifier(database)}`));
}

/** The server's own version string, e.g. `8.4.3` or `10.11.19-MariaDB-0+deb12u1`. */
export async function serverVersion(url: string): Promise<string> {
  return withServer(url, async (run) => String(((await run('SELECT VERSION() AS v')) as { v: string }[])[0]?.v ?? ''));
}

/** True when the server identifies itself as MariaDB (TypeORM needs to know for type mapping). */
export async function isMariaDb(url: string): Promise<boolean> {
  return /mariadb/i.test(await serverVersion(url));
}

/** True when a MySQL-compatible server answers at `url` within the timeout. */
export async function canConnect(url: string): Promise<boolean> {
  try {
    await withServer(url, (run) => run('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}
