import DataLoader from 'dataloader';
import { mapPage, Money, parseId, resolvePage, toPage } from '@houqin/common';
import type { Page, PageArgs } from '@houqin/common';
import { may, requirePermission } from '@houqin/auth';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { BudgetCategory, BudgetLine } from '../budget/budget.entity';
import { BudgetExecutionLine } from '../budget/budget.types';
import { AccountBalances } from '../federation/school';
import type { School } from '../federation/school';
import { Fund, JournalLine, LedgerAccount } from '../ledger/ledger.entity';
import { COST_ACCOUNTS } from '../ledger/ledger.rules';
import { P } from '../permissions';
import type { SupplierService } from '../supplier/supplier.service';
import { financeStaff } from '../visibility';
import { byMonth, canteenFigures, monthsOf, num, perStudent, requireMonth, requireTopSuppliersFirst } from './report.rules';
import type { CanteenMovement } from './report.rules';
import { CanteenStatement, SchoolBudgetSummary, SupplierSpending } from './report.types';

/**
 * Finance reports. Each is one or two aggregate statements over budget and journal lines — never
 * a loop over rows — so they cost the same for one school as for two hundred.
 */
export class ReportService {
  private balancesLoader?: DataLoader<string, Record<Fund, number>>;
  private spentLoader = new Map<number, DataLoader<string, number>>();

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
    const lines = await this.manager
      .getRepository(BudgetCategory)
      .createQueryBuilder('c')
      .leftJoin(BudgetLine, 'b', 'b.categoryId = c.id AND b.schoolId = :schoolId AND b.fiscalYear = :fiscalYear', { schoolId, fiscalYear })
      .where('c.districtId = :districtId', { districtId: viewer.districtId })
      .andWhere('(c.active = :active OR b.id IS NOT NULL)', { active: true })
      .select(['c.id AS id', 'c.code AS code', 'c.name AS name', 'c.fund AS fund', 'c.overrunPolicy AS overrunPolicy', 'c.active AS active', 'c.districtId AS districtId', 'c.version AS version'])
      .addSelect('COALESCE(b.allocatedFen, 0)', 'allocatedFen')
      .addSelect('COALESCE(b.committedFen, 0)', 'committedFen')
      .addSelect('COALESCE(b.spentFen, 0)', 'spentFen')
      .orderBy('c.code')
      .getRawMany<Record<string, unknown>>();
    const { from, to } = monthsOf(fiscalYear);
    const monthly = await this.manager
      .getRepository(JournalLine)
      .createQueryBuilder('l')
      .select('l.categoryId', 'categoryId')
      .addSelect('l.period', 'period')
      .addSelect('SUM(l.debitFen) - SUM(l.creditFen)', 'net')
      .where('l.schoolId = :schoolId AND l.period >= :from AND l.period <= :to', { schoolId, from, to })
      .andWhere('l.account IN (:...costs)', { costs: COST_ACCOUNTS })
      .andWhere('l.categoryId IS NOT NULL')
      .groupBy('l.categoryId')
      .addGroupBy('l.period')
      .getRawMany<{ categoryId: string; period: string; net: string }>();
    return lines.map((row) => {
      const category = Object.assign(new BudgetCategory(), {
        id: row.id,
        code: row.code,
        name: row.name,
        fund: row.fund,
        overrunPolicy: row.overrunPolicy,
        active: Boolean(Number(row.active)),
        districtId: row.districtId,
        version: num(row.version),
      });
      const fen = { allocatedFen: num(row.allocatedFen), committedFen: num(row.committedFen), spentFen: num(row.spentFen) };
      return BudgetExecutionLine.of(category, fen, byMonth(monthly.filter((m) => m.categoryId === row.id)));
    });
  }

  /** `School.budgetExecution`: null unless the viewer reads the school's books. */
  executionOf(schoolId: string, fiscalYear: number): Promise<BudgetExecutionLine[]> | null {
    return this.canRead(schoolId) ? this.budgetExecution(schoolId, fiscalYear) : null;
  }

  /** Every school of the district side by side for a year, one aggregate statement per page (keyset on school id). */
  async districtComparison(fiscalYear: number, page: PageArgs): Promise<Page<SchoolBudgetSummary>> {
    const viewer = requirePermission(this.ctx.viewer, P.compareSchools);
    const { limit, afterId } = resolvePage(page);
    const qb = this.manager
      .getRepository(BudgetLine)
      .createQueryBuilder('b')
      .select('b.schoolId', 'schoolId')
      .addSelect('SUM(b.allocatedFen)', 'allocatedFen')
      .addSelect('SUM(b.committedFen)', 'committedFen')
      .addSelect('SUM(b.spentFen)', 'spentFen')
      .where('b.districtId = :districtId AND b.fiscalYear = :fiscalYear', { districtId: viewer.districtId, fiscalYear })
      .groupBy('b.schoolId')
      .orderBy('b.schoolId')
      .limit(limit + 1);
    if (afterId) qb.andWhere('b.schoolId > :afterId', { afterId });
    const rows = (await qb.getRawMany<Record<string, string>>()).map((r) => ({ schoolId: r.schoolId, allocatedFen: num(r.allocatedFen), committedFen: num(r.committedFen), spentFen: num(r.spentFen) }));
    return mapPage(toPage(rows, limit, (row) => row.schoolId), (row) => SchoolBudgetSummary.of(row.schoolId, row));
  }

  /** Spent in a fiscal year per school, batched across the schools of one request (one statement). */
  spentInYear(schoolId: string, fiscalYear: number): Promise<number> {
    let loader = this.spentLoader.get(fiscalYear);
    if (!loader) {
      loader = new DataLoader(async (schoolIds) => {
        const rows = await this.manager
          .getRepository(BudgetLine)
          .createQueryBuilder('b')
          .select('b.schoolId', 'schoolId')
          .addSelect('SUM(b.spentFen)', 'spentFen')
          .where('b.schoolId IN (:...schoolIds) AND b.fiscalYear = :fiscalYear', { schoolIds, fiscalYear })
          .groupBy('b.schoolId')
          .getRawMany<{ schoolId: string; spentFen: string }>();
        const bySchool = new Map(rows.map((r) => [r.schoolId, num(r.spentFen)]));
        return schoolIds.map((id) => bySchool.get(id) ?? 0);
      });
      this.spentLoader.set(fiscalYear, loader);
    }
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
      const rows = await this.manager
        .getRepository(JournalLine)
        .createQueryBuilder('l')
        .select('l.schoolId', 'schoolId')
        .addSelect('l.fund', 'fund')
        .addSelect('SUM(l.debitFen) - SUM(l.creditFen)', 'balance')
        .where('l.schoolId IN (:...schoolIds) AND l.account = :bank', { schoolIds, bank: LedgerAccount.BANK })
        .groupBy('l.schoolId')
        .addGroupBy('l.fund')
        .getRawMany<{ schoolId: string; fund: Fund; balance: string }>();
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
    const viewer = requirePermission(this.ctx.viewer, P.readCanteenStatement, schoolId);
    requireMonth(period, 'period');
    const movements = await this.manager
      .getRepository(JournalLine)
      .createQueryBuilder('l')
      // Not `before`: that is a reserved word on MySQL and MariaDB, where GROUP BY before fails to parse.
      .select('CASE WHEN l.period < :period THEN 1 ELSE 0 END', 'earlierPeriod')
      .addSelect('l.account', 'account')
      .addSelect('SUM(l.debitFen)', 'debit')
      .addSelect('SUM(l.creditFen)', 'credit')
      .where('l.schoolId = :schoolId AND l.districtId = :districtId AND l.fund = :fund AND l.period <= :period', { schoolId, districtId: viewer.districtId, fund: Fund.CANTEEN, period })
      .groupBy('earlierPeriod')
      .addGroupBy('l.account')
      .getRawMany<CanteenMovement>();
    return CanteenStatement.of(schoolId, period, canteenFigures(movements));
  }

  /** Suppliers paid the most in a fiscal year, across the schools the viewer reads or one school (one statement). */
  async topSuppliers(fiscalYear: number, schoolIdInput: string | null | undefined, first: number): Promise<SupplierSpending[]> {
    requireTopSuppliersFirst(first);
    const schoolId = schoolIdInput ? parseId(schoolIdInput, 'schoolId') : undefined;
    // One school's spending, or that of every school whose books the viewer reads.
    const viewer = requirePermission(this.ctx.viewer, P.readBooks, schoolId);
    const { from, to } = monthsOf(fiscalYear);
    const qb = this.manager
      .getRepository(JournalLine)
      .createQueryBuilder('l')
      .select('l.supplierId', 'supplierId')
      .addSelect('SUM(l.creditFen) - SUM(l.debitFen)', 'paidFen')
      // Each payment credits the bank once; a reversal debits it, lowering the amount without
      // counting as another payment. Manual entries carry no supplier.
      .addSelect('SUM(CASE WHEN l.creditFen > 0 THEN 1 ELSE 0 END)', 'payments')
      .where('l.districtId = :districtId AND l.account = :bank AND l.supplierId IS NOT NULL', { districtId: viewer.districtId, bank: LedgerAccount.BANK })
      .andWhere('l.period >= :from AND l.period <= :to', { from, to })
      .groupBy('l.supplierId')
      .orderBy('paidFen', 'DESC')
      .limit(first);
    if (schoolId) qb.andWhere('l.schoolId = :schoolId', { schoolId });
    else financeStaff(qb, viewer, 'l');
    const rows = await qb.getRawMany<{ supplierId: string; paidFen: string; payments: string }>();
    return Promise.all(
      rows.map(async (r) => Object.assign(new SupplierSpending(), { supplier: await this.suppliers.reader.byId(r.supplierId), paid: Money.of(num(r.paidFen)), payments: num(r.payments) })),
    );
  }
}
