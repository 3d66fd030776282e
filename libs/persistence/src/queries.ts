import DataLoader from 'dataloader';
import {
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
  QueryFailedError,
  type SelectQueryBuilder,
} from 'typeorm';
import { type Page, type PageArgs, resolvePage, toPage } from '@houqin/common';
import type { Viewer } from '@houqin/auth';

/** Where the scoping rule finds a row's school and district. */
export interface ScopeColumns {
  school: string;
  district: string;
}

/**
 * The one tenancy rule (brief §3) as SQL: rows of the viewer's district, and for a school-level
 * viewer only rows of their schools. A row outside the scope is simply not there, so asking for it
 * by id answers NOT_FOUND rather than FORBIDDEN, and nothing about it leaks.
 */
export function applySchoolScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: Viewer,
  columns: ScopeColumns = { school: `${qb.alias}.schoolId`, district: `${qb.alias}.districtId` },
): SelectQueryBuilder<T> {
  const scope = viewer.schoolScope();
  qb.andWhere(`${columns.district} = :scopeDistrictId`, { scopeDistrictId: scope.districtId });
  if (scope.kind === 'schools') {
    if (scope.schoolIds.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere(`${columns.school} IN (:...scopeSchoolIds)`, { scopeSchoolIds: scope.schoolIds });
  }
  return qb;
}

/** Keyset pagination on the UUIDv7 id (creation order; `DESC` for newest first): one statement, `first + 1` rows. */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  order: 'ASC' | 'DESC' = 'ASC',
): Promise<Page<T>> {
  const { limit, afterId } = resolvePage(args);
  if (afterId) qb.andWhere(`${qb.alias}.id ${order === 'ASC' ? '>' : '<'} :pageAfterId`, { pageAfterId: afterId });
  const rows = await qb
    .orderBy(`${qb.alias}.id`, order)
    .limit(limit + 1)
    .getMany();
  return toPage(rows, limit);
}

/**
 * A per-request loader: every `load(id)` made in one tick becomes one `fetchMany(ids)` call, i.e.
 * one `WHERE id IN (…)` statement. Ids the fetch does not return (absent or out of scope) load as null.
 */
export function byIdLoader<T extends { id: string }>(fetchMany: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const rows = await fetchMany(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}

/**
 * The per-request loaders of one batched field, one per set of its arguments (a month, a period, a
 * fiscal year): the schools of a page asked with the same arguments load in one statement, other
 * arguments get a loader of their own. The key is the arguments as one value.
 */
export class LoadersByArgument<K, L> {
  private readonly loaders = new Map<K, L>();

  /** The loader for `key`, made by `make` the first time it is asked for in this request. */
  get(key: K, make: () => L): L {
    let loader = this.loaders.get(key);
    if (loader === undefined) {
      loader = make();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/**
 * A per-request loader of children grouped by parent: every `load(parentId)` made in one tick
 * becomes one `fetchMany(parentIds)` call, one `WHERE parent IN (…)` statement. A parent without
 * children loads as [].
 */
export function groupedLoader<T>(
  fetchMany: (parentIds: readonly string[]) => Promise<T[]>,
  parentOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(
    async (parentIds) => {
      const groups = groupBy(await fetchMany(parentIds), parentOf);
      return parentIds.map((id) => groups.get(id) ?? []);
    },
    { maxBatchSize: 500 },
  );
}

/** Groups rows by a key, for batched one-to-many field resolvers. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** True when a statement failed on a unique index (MySQL/MariaDB or sql.js). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; errno?: number; message?: string } | undefined;
  return (
    driverError?.code === 'ER_DUP_ENTRY' ||
    driverError?.errno === 1062 ||
    /UNIQUE constraint failed/i.test(driverError?.message ?? error.message)
  );
}

/**
 * Runs an INSERT that records something done once (an announcement, a marker) under a unique key:
 * true when it inserted, false when the key says it was recorded already, e.g. by a run at the same
 * time (only this statement failed; on MySQL it waited for the other's commit). Other errors throw.
 */
export async function insertOnce(insert: { execute(): Promise<unknown> }): Promise<boolean> {
  try {
    await insert.execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Optimistic-locking edit: updates the row only if it still has the version the client read.
 * Returns false when another writer got there first (the caller answers CONFLICT).
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(changes)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  return (result.affected ?? 0) === 1;
}

/**
 * A `LIKE … ESCAPE '!'` condition matching `text` anywhere in `column`, wildcards in the text taken
 * literally. The escape character is named because SQLite has none by default and MySQL's default
 * (backslash) needs different quoting.
 */
export function likeContains(column: string, param: string, text: string): [string, Record<string, string>] {
  const literal = text.replace(/[!%_]/g, (c) => `!${c}`);
  return [`${column} LIKE :${param} ESCAPE '!'`, { [param]: `%${literal}%` }];
}

/**
 * The rows `qb` reads, locked until the transaction ends (`FOR UPDATE`; `pessimistic_read`: a shared
 * lock), so a second writer waits and then reads what the first one wrote. Unchanged on the embedded
 * database (sql.js), which runs one transaction at a time and knows no row locks.
 */
export function lockRows<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  mode: 'pessimistic_write' | 'pessimistic_read' = 'pessimistic_write',
): SelectQueryBuilder<T> {
  return qb.connection.options.type === 'sqljs' ? qb : qb.setLock(mode);
}
