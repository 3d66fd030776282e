import type { DataSource, EntityManager } from 'typeorm';

/**
 * The embedded sql.js database has one connection for the whole process; `@houqin/persistence`
 * makes its top-level transactions take turns (see `createDataSource`), so a relay reading the
 * outbox never sees a mutation's uncommitted event and a consumer's effect is never rolled back by
 * someone else's failure. On MySQL/MariaDB every transaction has its own connection.
 */

export function isEmbedded(dataSource: DataSource): boolean {
  return dataSource.options.type === 'sqljs';
}

/**
 * A transaction of the event machinery. On MySQL: READ COMMITTED, so a claim's locking read takes
 * no gap locks and never makes a mutation inserting into the outbox wait. On sql.js: a plain
 * transaction, in its turn.
 */
export function eventTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return isEmbedded(dataSource) ? dataSource.transaction(work) : dataSource.transaction('READ COMMITTED', work);
}
