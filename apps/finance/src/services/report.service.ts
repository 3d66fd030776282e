import DataLoader from 'dataloader';
import { badInput, Page, PageArgs, parseId, resolvePage, toPage } from '@houqin/common';
import { may, requirePermission } from '@houqin/auth';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { BudgetCategory, BudgetLine, JournalLine } from '../entities';
import { Fund, INCOME_ACCOUNTS, LedgerAccount } from '../enums';
import { P } from '../permissions';
import { restrictToReadableBooks } from '../rules';

export interface ExecutionRow {
  category: BudgetCategory;
  allocatedFen: number;
  committedFen: number;
  spentFen: number;
  spentByMonthFen: number[];
}

export interface SchoolSummaryRow {
  schoolId: string;
  allocatedFen: number;
  committedFen: number;
  spentFen: number;
}

export interface CanteenStatementRow {
  schoolId: string;
  period: string;
  openingBalanceFen: number;
  mealFeeIncomeFen: number;
  otherIncomeFen: number;
  foodCostFen: number;
  otherExpenseFen: number;
  closingBalanceFen: number;
}

export interface SupplierSpendingRow {
  supplierId: string;
  paidFen: number;
  payments: number;
}

const num = (value: unknown) => Number(value ?? 0);
export const MAX_TOP_SUPPLIERS = 50;

/**
 * Finance reports. Each is one or two aggregate statements over budget and journal lines — never
 * a loop over rows — so they cost the same for one school as for two hundred.
 */
export class ReportService {
  private balancesLoader?: DataLoader<string, Record<Fund, number>>;
  private spentLoader = new Map<number, DataLoader<string, number>>();

  constructor(private readonly ctx: SubgraphContext) {}

  /** Whether the viewer reads the school's books (School's finance fields are null otherwise). */
  canRead(schoolId: string): boolean {
    return may(this.ctx.viewer, P.readBooks, schoolId);
  }

  /** Budget execution by category and month for one school (预算执行): 2 statements. */
  async budgetExecution(schoolIdInput: string, fiscalYear: number): Promise<ExecutionRow[]> {
    const schoolId = parseId(schoolIdInput, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.readBooks, schoolId);
    const manager = this.ctx.dataSource.manager;
    const lines = await manager
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
    const monthly = await manager
      .getRepository(JournalLine)
      .createQueryBuilder('l')
      .select('l.categoryId', 'categoryId')
      .addSelect('l.period', 'period')
      .addSelect('SUM(l.debitFen) - SUM(l.creditFen)', 'net')
      .where('l.schoolId = :schoolId AND l.period >= :from AND l.period <= :to', { schoolId, from: `${fiscalYear}-01`, to: `${fiscalYear}-12` })
      .andWhere('l.account IN (:...costs)', { costs: [LedgerAccount.EXPENSE, LedgerAccount.FOOD_COST] })
      .andWhere('l.categoryId IS NOT NULL')
      .groupBy('l.categoryId')
      .addGroupBy('l.period')
      .getRawMany<{ categoryId: string; period: string; net: string }>();
    return lines.map((row) => {
      const byMonth = Array.from({ length: 12 }, () => 0);
      for (const m of monthly) if (m.categoryId === row.id) byMonth[Number(m.period.slice(5, 7)) - 1] += num(m.net);
      const category = Object.assign(new BudgetCategory(), { id: row.id, code: row.code, name: row.name, fund: row.fund, overrunPolicy: row.overrunPolicy, active: Boolean(Number(row.active)), districtId: row.districtId, version: num(row.version) });
      return { category, allocatedFen: num(row.allocatedFen), committedFen: num(row.committedFen), spentFen: num(row.spentFen), spentByMonthFen: byMonth };
    });
  }

  /** Every school of the district side by side for a year, one aggregate statement per page (keyset on school id). */
  async districtComparison(fiscalYear: number, page: PageArgs): Promise<Page<SchoolSummaryRow>> {
    const viewer = requirePermission(this.ctx.viewer, P.compareSchools);
    const { limit, afterId } = resolvePage(page);
    const qb = this.ctx.dataSource
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
    return toPage(rows, limit, (row) => row.schoolId);
  }

  /** Spent in a fiscal year per school, batched across the schools of one request (one statement). */
  spentInYear(schoolId: string, fiscalYear: number): Promise<number> {
    let loader = this.spentLoader.get(fiscalYear);
    if (!loader) {
      loader = new DataLoader(async (schoolIds) => {
        const rows = await this.ctx.dataSource
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

  /** Bank balance of both accounts of each school, batched (one statement). */
  balances(schoolId: string): Promise<Record<Fund, number>> {
    this.balancesLoader ??= new DataLoader(async (schoolIds) => {
      const rows = await this.ctx.dataSource
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

  /**
   * The canteen account's monthly statement for public posting (食堂账目公示): opening balance,
   * meal-fee and other income, food and other costs, closing balance. One aggregate statement.
   * Any member of the school may read it: it is meant to be posted publicly.
   */
  async canteenStatement(schoolIdInput: string, period: string): Promise<CanteenStatementRow> {
    const schoolId = parseId(schoolIdInput, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.readCanteenStatement, schoolId);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw badInput('period', 'period must be a month YYYY-MM.');
    const rows = await this.ctx.dataSource
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
      .getRawMany<{ earlierPeriod: string | number; account: LedgerAccount; debit: string; credit: string }>();
    const sum = (before: boolean, accounts: LedgerAccount[], side: 'debit' | 'credit') =>
      rows.filter((r) => Number(r.earlierPeriod) === (before ? 1 : 0) && accounts.includes(r.account)).reduce((acc, r) => acc + num(side === 'debit' ? r.debit : r.credit) - num(side === 'debit' ? r.credit : r.debit), 0);
    const opening = sum(true, [LedgerAccount.BANK], 'debit');
    const mealFeeIncomeFen = sum(false, [LedgerAccount.MEAL_FEE_INCOME], 'credit');
    const otherIncomeFen = sum(false, INCOME_ACCOUNTS.filter((a) => a !== LedgerAccount.MEAL_FEE_INCOME), 'credit');
    const foodCostFen = sum(false, [LedgerAccount.FOOD_COST], 'debit');
    const otherExpenseFen = sum(false, [LedgerAccount.EXPENSE], 'debit');
    return {
      schoolId,
      period,
      openingBalanceFen: opening,
      mealFeeIncomeFen,
      otherIncomeFen,
      foodCostFen,
      otherExpenseFen,
      closingBalanceFen: opening + sum(false, [LedgerAccount.BANK], 'debit'),
    };
  }

  /** Suppliers paid the most in a fiscal year, across the schools the viewer reads (one statement). */
  async topSuppliers(fiscalYear: number, schoolIdInput: string | null | undefined, first: number): Promise<SupplierSpendingRow[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_TOP_SUPPLIERS) throw badInput('first', `first must be between 1 and ${MAX_TOP_SUPPLIERS}.`);
    const schoolId = schoolIdInput ? parseId(schoolIdInput, 'schoolId') : undefined;
    // One school's spending, or that of every school whose books the viewer reads.
    const viewer = requirePermission(this.ctx.viewer, P.readBooks, schoolId);
    const qb = this.ctx.dataSource
      .getRepository(JournalLine)
      .createQueryBuilder('l')
      .select('l.supplierId', 'supplierId')
      .addSelect('SUM(l.creditFen) - SUM(l.debitFen)', 'paidFen')
      // Each payment credits the bank once; a reversal debits it, lowering the amount without
      // counting as another payment. Manual entries carry no supplier.
      .addSelect('SUM(CASE WHEN l.creditFen > 0 THEN 1 ELSE 0 END)', 'payments')
      .where('l.districtId = :districtId AND l.account = :bank AND l.supplierId IS NOT NULL', { districtId: viewer.districtId, bank: LedgerAccount.BANK })
      .andWhere('l.period >= :from AND l.period <= :to', { from: `${fiscalYear}-01`, to: `${fiscalYear}-12` })
      .groupBy('l.supplierId')
      .orderBy('paidFen', 'DESC')
      .limit(first);
    if (schoolId) qb.andWhere('l.schoolId = :schoolId', { schoolId });
    else restrictToReadableBooks(qb, 'l', viewer);
    const rows = await qb.getRawMany<{ supplierId: string; paidFen: string; payments: string }>();
    return rows.map((r) => ({ supplierId: r.supplierId, paidFen: num(r.paidFen), payments: num(r.payments) }));
  }
}
