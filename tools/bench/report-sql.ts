import { DataSource } from 'typeorm';
import type { ObjectLiteral, QueryBuilder } from 'typeorm';
import { AuditEntry, isMariaDb } from '@houqin/persistence';
import type { Built } from '@houqin/persistence';
import { financeEntities } from '@houqin/finance';

/**
 * The SQL of the finance reports, as the finance service runs it: each statement is built by the
 * report store (apps/finance/src/report/report.store.ts, printed to apps/finance/sql/report.sql)
 * on the bench database, with the arguments the service passes, then the server is asked for its
 * plan (EXPLAIN) and it is timed alone, without GraphQL or HTTP around it.
 */

export interface Statement {
  query: string;
  parameters: unknown[];
}

export interface PlanRow {
  table: string;
  type: string;
  key: string | null;
  rows: number;
  extra: string;
}

export interface AnalysedStatement {
  report: string;
  sql: string;
  plan: PlanRow[];
  /** Median of the timed runs, ms. */
  medianMs: number;
  resultRows: number;
}

export class ReportSql {
  private constructor(private readonly dataSource: DataSource) {}

  /** `entities`: the tables the store's statements are built on (finance's by default; the canteen part passes the canteen's). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  static async open(financeUrl: string, entities: Function[] = [...financeEntities, AuditEntry]): Promise<ReportSql> {
    const mariadb = await isMariaDb(financeUrl);
    const dataSource = new DataSource({
      type: mariadb ? 'mariadb' : 'mysql',
      url: financeUrl,
      entities,
      synchronize: false,
      timezone: 'Z',
      dateStrings: ['DATE'],
      supportBigNumbers: true,
      bigNumberStrings: true,
      poolSize: 2,
    });
    await dataSource.initialize();
    return new ReportSql(dataSource);
  }

  /** What a store's statements are built on: this database's manager, so they come out in its dialect. */
  get manager() {
    return this.dataSource.manager;
  }

  /** A store statement built on `manager` as the SQL and positional parameters the driver sends. */
  statement(built: Built): Statement {
    if ('sql' in built) return { query: built.sql, parameters: built.parameters };
    const [query, parameters] = (built as QueryBuilder<ObjectLiteral>).getQueryAndParameters();
    return { query, parameters };
  }

  /** Plan and median time (of `times` runs) of one statement. */
  async analyse(report: string, statement: Statement, times = 5): Promise<AnalysedStatement> {
    const plan = ((await this.dataSource.query(`EXPLAIN ${statement.query}`, statement.parameters)) as Record<string, unknown>[]).map(
      (r) => ({
        table: String(r.table ?? ''),
        type: String(r.type ?? ''),
        key: r.key == null ? null : String(r.key),
        rows: Number(r.rows ?? 0),
        extra: String(r.Extra ?? ''),
      }),
    );
    const ms: number[] = [];
    let resultRows = 0;
    for (let i = 0; i < times; i += 1) {
      const t = performance.now();
      resultRows = ((await this.dataSource.query(statement.query, statement.parameters)) as unknown[]).length;
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    return { report, sql: statement.query, plan, medianMs: ms[Math.floor(ms.length / 2)], resultRows };
  }

  /** Columns of every index of the finance database, by index name (TypeORM names indexes by a hash). */
  async indexColumns(): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(
      'SELECT INDEX_NAME AS name, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS columns FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() GROUP BY TABLE_NAME, INDEX_NAME',
    )) as { name: string; columns: string }[];
    return new Map(rows.map((r) => [r.name, `(${r.columns})`]));
  }

  /** DDL on the bench database (the index experiment), timed. */
  async execute(sql: string): Promise<number> {
    const t = performance.now();
    await this.dataSource.query(sql);
    return performance.now() - t;
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }
}
