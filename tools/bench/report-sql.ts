import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import pino from 'pino';
import { Viewer, ViewerClaims } from '@houqin/auth';
import { AuditEntry, isMariaDb } from '@houqin/persistence';
import { ReportService } from '../../apps/finance/src/report/report.service';
import { SupplierService } from '../../apps/finance/src/supplier/supplier.service';
import { financeEntities } from '../../apps/finance/src/subgraph';

/**
 * The SQL of the finance reports, as ReportService (apps/finance/src/services/report.service.ts)
 * really issues it: the bench runs the service's own methods against the bench database with a
 * TypeORM logger that records each statement and its parameters, then asks the server for each
 * statement's plan (EXPLAIN) and times it alone, without GraphQL or HTTP around it.
 */

export interface Statement {
  query: string;
  parameters: unknown[];
}

class CapturingLogger implements TypeOrmLogger {
  statements: Statement[] = [];
  logQuery(query: string, parameters?: unknown[]): void {
    this.statements.push({ query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
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
  private constructor(
    private readonly dataSource: DataSource,
    private readonly logger: CapturingLogger,
  ) {}

  static async open(financeUrl: string): Promise<ReportSql> {
    const logger = new CapturingLogger();
    const mariadb = await isMariaDb(financeUrl);
    const dataSource = new DataSource({
      type: mariadb ? 'mariadb' : 'mysql',
      url: financeUrl,
      entities: [...financeEntities, AuditEntry],
      synchronize: false,
      logger,
      timezone: 'Z',
      dateStrings: ['DATE'],
      supportBigNumbers: true,
      bigNumberStrings: true,
      poolSize: 2,
    });
    await dataSource.initialize();
    return new ReportSql(dataSource, logger);
  }

  /** The report service as `viewer` would get it in a request. */
  reports(viewer: ViewerClaims): ReportService {
    const ctx = { viewer: new Viewer(viewer), requestId: 'bench-sql', logger: pino({ level: 'silent' }), dataSource: this.dataSource };
    return new ReportService(ctx, new SupplierService(ctx));
  }

  /** The statements `run` issues. */
  async capture(run: () => Promise<unknown>): Promise<Statement[]> {
    this.logger.statements = [];
    await run();
    const captured = this.logger.statements;
    this.logger.statements = [];
    return captured;
  }

  /** Plan and median time (of `times` runs) of one statement. */
  async analyse(report: string, statement: Statement, times = 5): Promise<AnalysedStatement> {
    const plan = ((await this.dataSource.query(`EXPLAIN ${statement.query}`, statement.parameters)) as Record<string, unknown>[]).map((r) => ({
      table: String(r.table ?? ''),
      type: String(r.type ?? ''),
      key: r.key == null ? null : String(r.key),
      rows: Number(r.rows ?? 0),
      extra: String(r.Extra ?? ''),
    }));
    const ms: number[] = [];
    let resultRows = 0;
    for (let i = 0; i < times; i += 1) {
      const t = performance.now();
      resultRows = ((await this.dataSource.query(statement.query, statement.parameters)) as unknown[]).length;
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    this.logger.statements = [];
    return { report, sql: statement.query, plan, medianMs: ms[Math.floor(ms.length / 2)], resultRows };
  }

  /** Columns of every index of the finance database, by index name (TypeORM names indexes by a hash). */
  async indexColumns(): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(
      'SELECT INDEX_NAME AS name, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS columns FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() GROUP BY TABLE_NAME, INDEX_NAME',
    )) as { name: string; columns: string }[];
    this.logger.statements = [];
    return new Map(rows.map((r) => [r.name, `(${r.columns})`]));
  }

  /** DDL on the bench database (the index experiment), timed. */
  async execute(sql: string): Promise<number> {
    const t = performance.now();
    await this.dataSource.query(sql);
    this.logger.statements = [];
    return performance.now() - t;
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }
}
