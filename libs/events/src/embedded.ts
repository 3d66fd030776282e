import type { DataSource, EntityManager } from 'typeorm';

/**
 * The embedded sql.js database has one connection, shared by every transaction of the process, and
 * TypeORM runs a transaction begun while another is open as a savepoint inside it. A relay reading
 * the outbox then would see a mutation's uncommitted event (and publish it even if it rolls back),
 * and a consumer's effect could be rolled back by someone else's failure after it was acknowledged.
 * So on sql.js the event machinery starts its transactions only when no other is open, takes turns
 * with itself, and confirms afterwards that what it committed is really there (`whenIdle`).
 * On MySQL/MariaDB every transaction has its own connection and none of this applies.
 */

export function isEmbedded(dataSource: DataSource): boolean {
  return dataSource.options.type === 'sqljs';
}

/** How often the embedded connection is checked for an open transaction. */
const IDLE_POLL_MS = 2;

// sql.js hands every caller the same query runner, so its flag says whether any transaction is open.
const busy = (dataSource: DataSource) => dataSource.createQueryRunner().isTransactionActive;

const turns = new WeakMap<DataSource, Promise<unknown>>();

/** Runs `work` after the lib's earlier embedded work on this data source (MySQL: at once). */
function inTurn<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (!isEmbedded(dataSource)) return work();
  const turn = (turns.get(dataSource) ?? Promise.resolve()).then(work);
  turns.set(
    dataSource,
    turn.catch(() => undefined),
  );
  return turn;
}

/**
 * A transaction of the event machinery. On MySQL: READ COMMITTED, so a claim's locking read takes
 * no gap locks and never makes a mutation inserting into the outbox wait. On sql.js: begun only when
 * the connection is idle (the check and the BEGIN happen in the same tick, so nothing slips between).
 */
export function eventTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!isEmbedded(dataSource)) return dataSource.transaction('READ COMMITTED', work);
  return inTurn(dataSource, async () => {
    while (busy(dataSource)) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
    return dataSource.transaction(work);
  });
}

/** Resolves once no transaction is open on the embedded connection (at once on MySQL). */
export async function whenIdle(dataSource: DataSource): Promise<void> {
  if (!isEmbedded(dataSource)) return;
  while (busy(dataSource)) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
}
