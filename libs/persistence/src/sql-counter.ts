import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { Logger } from '@houqin/common';
import { statementName } from './named-sql';

/** Per-request SQL statistics, carried through async calls of one GraphQL request. */
export interface SqlStats {
  statements: number;
  /** How many times each named statement ran (see `defineSqlStore`); unnamed ones are not listed. */
  named: Record<string, number>;
}

const requestSql = new AsyncLocalStorage<SqlStats>();

/** Runs `fn` with a fresh statement counter; `currentSqlStats()` inside it returns that counter. */
export function withSqlStats<T>(fn: () => T): T {
  return requestSql.run({ statements: 0, named: {} }, fn);
}

export function currentSqlStats(): SqlStats | undefined {
  return requestSql.getStore();
}

/**
 * TypeORM logger that counts every statement against the current request (so each request log line
 * says how many SQL statements it cost, the N+1 detector, and which named statements ran) and logs
 * errors and slow queries as JSON.
 */
export class CountingSqlLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const stats = requestSql.getStore();
    if (stats) {
      stats.statements += 1;
      const name = statementName(query);
      if (name) stats.named[name] = (stats.named[name] ?? 0) + 1;
    }
    if (this.logger.isLevelEnabled('trace')) this.logger.trace({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ err: error, sql: query }, 'sql error');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, sql: query }, 'slow sql');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
