import DataLoader from 'dataloader';
import { mapPage, Money, parseId, resolvePage, toPage } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { may, requirePermission, requireViewer, schoolsAllowed } from '@houqin/auth';
import { LoadersByArgument } from '@houqin/persistence';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { BudgetExecutionLine } from '../budget/budget.types';
import { AccountBalances } from '../federation/school';
import type { School } from '../federation/school';
import { Fund } from '../ledger/ledger.entity';
import { P } from '../permissions';
import type { SupplierService } from '../supplier/supplier.service';
import {
  budgetFenOf,
  byMonth,
  canteenFigures,
  categoryOf,
  categoryTotalsBySchool,
  num,
  perStudent,
  requireMonth,
  requireTopSuppliersFirst,
} from './report.rules';
import type { CanteenMovement } from './report.rules';
import { reportSql } from './report.store';
import { CanteenStatement, CategoryBudgetTotals, SchoolBudgetSummary, SupplierSpending } from './report.types';
import type { CanteenFigures } from './report.types';

/**
 * Finance reports. Each is one or two aggregate statements over budget and journal lines — never
 * a loop over rows — so they cost the same for one school as for two hundred.
 */
export class ReportService {
  private balancesLoader?: DataLoader<string, Record<Fund, number>>;
  private spentLoader = new LoadersByArgument<number, DataLoader<string, number>>();
  private categoryTotalsLoader = new LoadersByArgument<number, DataLoader<string, CategoryBudgetTotals[]>>();
  private canteenLoader = new LoadersByArgument<string, DataLoader<string, CanteenFigures>>();

  constructor(
    private readonly ctx: SubgraphContext,
    private readonly suppliers: SupplierService,
  ) {}

  private get manager() {
    return this.ctx.dataSource.manager;
  }

  /** Whether the viewer reads the school's books (School's finance fields are null otherwise). */
  private canRead(schoolId: string): boolean {
    return may(this.ctx.viewer, P.readBooks, schoolId);
  }

  /** Budget execution by category and month for one school (预算执行): 2 statements. */
  async budgetExecution(schoolIdInput: string, fiscalYear: number): Promise<BudgetExecutionLine[]> {
    const schoolId = parseId(schoolIdInput, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.readBooks, schoolId);
    const lines = await reportSql
      .executionLines(this.manager, viewer.districtId, schoolId, fiscalYear)
      .getRawMany<Record<string, unknown>>();
    const monthly = await reportSql
      .spendingByMonth(this.manager, schoolId, fiscalYear)
      .getRawMany<{ categoryId: string; period: string; net: string }>();
    return lines.map((row) =>
      BudgetExecutionLine.of(categoryOf(row), budgetFenOf(row), byMonth(monthly.filter((m) => m.categoryId === row.id))),
    );
  }

  /** `School.budgetExecution`: null unless the viewer reads the school's books. */
  executionOf(schoolId: string, fiscalYear: number): Promise<BudgetExecutionLine[]> | null {
    return this.canRead(schoolId) ? this.budgetExecution(schoolId, fiscalYear) : null;
  }

  /** Every school of the district side by side for a year, one aggregate statement per page (keyset on school id). */
  async districtComparison(fiscalYear: number, page: PageArgs): Promise<Page<SchoolBudgetSummary>> {
    const viewer = requirePermission(this.ctx.viewer, P.compareSchools);
    const window = resolvePage(page);
    const rows = (
      await reportSql.schoolSummaries(this.manager, viewer.districtId, fiscalYear, window).getRawMany<Record<string, string>>()
    ).map((r) => ({
      schoolId: r.schoolId,
      allocatedFen: num(r.allocatedFen),
      committedFen: num(r.committedFen),
      spentFen: num(r.spentFen),
    }));
    return mapPage(
      toPage(rows, window.limit, (row) => row.schoolId),
      (row) => SchoolBudgetSummary.of(row.schoolId, fiscalYear, row),
    );
  }

  /**
   * `SchoolBudgetSummary.byCategory`: a school's budget by category for the compared year, batched
   * across the schools of the page (one statement, `categoryTotals`). Only the district comparison
   * (compareSchools) hands out summaries.
   */
  categoryTotalsOf(summary: SchoolBudgetSummary): Promise<CategoryBudgetTotals[]> {
    const viewer = requirePermission(this.ctx.viewer, P.compareSchools);
    const loader = this.categoryTotalsLoader.get(
      summary.fiscalYear,
      () =>
        new DataLoader(async (schoolIds) => {
          const rows = await reportSql
            .categoryTotals(this.manager, viewer.districtId, schoolIds, summary.fiscalYear)
            .getRawMany<Record<string, unknown>>();
          const bySchool = categoryTotalsBySchool(rows, schoolIds);
          return schoolIds.map((id) => (bySchool.get(id) ?? []).map(({ category, fen }) => CategoryBudgetTotals.of(category, fen)));
        }),
    );
    return loader.load(summary.schoolId);
  }

  /** Spent in a fiscal year per school, batched across the schools of one request (one statement). */
  private spentInYear(schoolId: string, fiscalYear: number): Promise<number> {
    const loader = this.spentLoader.get(
      fiscalYear,
      () =>
        new DataLoader(async (schoolIds) => {
          const rows = await reportSql
            .spentBySchool(this.manager, schoolIds, fiscalYear)
            .getRawMany<{ schoolId: string; spentFen: string }>();
          const bySchool = new Map(rows.map((r) => [r.schoolId, num(r.spentFen)]));
          return schoolIds.map((id) => bySchool.get(id) ?? 0);
        }),
    );
    return loader.load(schoolId);
  }

  /** `School.spentPerStudent` (生均支出): null without students or unless the viewer reads the school's books. */
  async spentPerStudent(school: School, fiscalYear: number): Promise<Money | null> {
    if (!this.canRead(school.id) || !school.studentCount) return null;
    const fen = perStudent(await this.spentInYear(school.id, fiscalYear), school.studentCount);
    return fen === null ? null : Money.of(fen);
  }

  /** Bank balance of both accounts of each school, batched (one statement). */
  private balances(schoolId: string): Promise<Record<Fund, number>> {
    this.balancesLoader ??= new DataLoader(async (schoolIds) => {
      const rows = await reportSql.bankBalances(this.manager, schoolIds).getRawMany<{ schoolId: string; fund: Fund; balance: string }>();
      return schoolIds.map((id) => {
        const out = { [Fund.SCHOOL]: 0, [Fund.CANTEEN]: 0 } as Record<Fund, number>;
        for (const r of rows) if (r.schoolId === id) out[r.fund] = num(r.balance);
        return out;
      });
    });
    return this.balancesLoader.load(schoolId);
  }

  /** `School.accountBalances`: null unless the viewer reads the school's books. */
  async balancesOf(schoolId: string): Promise<AccountBalances | null> {
    if (!this.canRead(schoolId)) return null;
    const fen = await this.balances(schoolId);
    return Object.assign(new AccountBalances(), { schoolFen: fen.SCHOOL, canteenFen: fen.CANTEEN });
  }

  /**
   * The canteen account's monthly statement for public posting (食堂账目公示): opening balance,
   * meal-fee and other income, food and other costs, closing balance. One aggregate statement.
   * Any member of the school may read it: it is meant to be posted publicly.
   */
  async canteenStatement(schoolIdInput: string, period: string): Promise<CanteenStatement> {
    const schoolId = parseId(schoolIdInput, 'schoolId');
    requirePermission(this.ctx.viewer, P.readCanteenStatement, schoolId);
    requireMonth(period, 'period');
    return CanteenStatement.of(schoolId, period, await this.canteenFiguresOf(schoolId, period));
  }

  /**
   * `School.canteenStatement`: the same statement, null unless the viewer may read the school's; the
   * schools of a page (a district dashboard) share one statement per month asked.
   */
  async canteenStatementOf(schoolId: string, period: string): Promise<CanteenStatement | null> {
    requireMonth(period, 'period');
    if (!may(this.ctx.viewer, P.readCanteenStatement, schoolId)) return null;
    return CanteenStatement.of(schoolId, period, await this.canteenFiguresOf(schoolId, period));
  }

  /** A canteen statement's figures, batched across the schools asked in one request for the same month (`canteenMovements`). */
  private canteenFiguresOf(schoolId: string, period: string): Promise<CanteenFigures> {
    const districtId = requireViewer(this.ctx.viewer).districtId;
    const loader = this.canteenLoader.get(
      period,
      () =>
        new DataLoader(async (schoolIds) => {
          const movements = await reportSql
            .canteenMovements(this.manager, districtId, schoolIds, period)
            .getRawMany<CanteenMovement & { schoolId: string }>();
          return schoolIds.map((id) => canteenFigures(movements.filter((m) => m.schoolId === id)));
        }),
    );
    return loader.load(schoolId);
  }

  /** Suppliers paid the most in a fiscal year, across the schools the viewer reads or one school (one statement). */
  async topSuppliers(fiscalYear: number, schoolIdInput: string | null | undefined, first: number): Promise<SupplierSpending[]> {
    requireTopSuppliersFirst(first);
    const schoolId = schoolIdInput ? parseId(schoolIdInput, 'schoolId') : undefined;
    // One school's spending, or that of every school whose books the viewer reads.
    const viewer = requirePermission(this.ctx.viewer, P.readBooks, schoolId);
    // A viewer who reads the whole district's books gets the district's totals: suppliers × months rows, whatever its size.
    const statement =
      !schoolId && schoolsAllowed(viewer, P.readBooks) === 'district'
        ? reportSql.districtSupplierSpending(this.manager, viewer.districtId, fiscalYear, first)
        : reportSql.supplierSpending(this.manager, viewer, fiscalYear, first, schoolId);
    const rows = await statement.getRawMany<{ supplierId: string; paidFen: string; payments: string }>();
    return Promise.all(
      rows.map(async (r) =>
        Object.assign(new SupplierSpending(), {
          supplier: await this.suppliers.reader.byId(r.supplierId),
          paid: Money.of(num(r.paidFen)),
          payments: num(r.payments),
        }),
      ),
    );
  }
}
