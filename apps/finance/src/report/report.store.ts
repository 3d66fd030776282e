import { Role } from '@houqin/auth';
import type { Viewer } from '@houqin/auth';
import type { PageWindow } from '@houqin/common';
import { defineSqlStore, exampleViewer } from '@houqin/persistence';
import { BudgetCategory, BudgetLine } from '../budget/budget.entity';
import { Fund, JournalLine, LedgerAccount } from '../ledger/ledger.entity';
import { COST_ACCOUNTS } from '../ledger/ledger.rules';
import { financeStaff } from '../visibility';
import { monthsOf } from './report.rules';

/**
 * The reports' SQL (printed to apps/finance/sql/report.sql): aggregates over budget and journal
 * lines, never a loop over rows, so a report costs the same for one school as for two hundred.
 * The benchmark explains and times these statements on a district's data.
 */
export const reportSql = defineSqlStore(
  'report',
  {
    /** Budget execution, first half: every category of the district in use, with the school's line for the year (0 without one). */
    executionLines: (m, districtId: string, schoolId: string, fiscalYear: number) =>
      m
        .getRepository(BudgetCategory)
        .createQueryBuilder('c')
        .leftJoin(BudgetLine, 'b', 'b.categoryId = c.id AND b.schoolId = :schoolId AND b.fiscalYear = :fiscalYear', {
          schoolId,
          fiscalYear,
        })
        .where('c.districtId = :districtId', { districtId })
        .andWhere('(c.active = :active OR b.id IS NOT NULL)', { active: true })
        .select([
          'c.id AS id',
          'c.code AS code',
          'c.name AS name',
          'c.fund AS fund',
          'c.overrunPolicy AS overrunPolicy',
          'c.active AS active',
          'c.districtId AS districtId',
          'c.version AS version',
        ])
        .addSelect('COALESCE(b.allocatedFen, 0)', 'allocatedFen')
        .addSelect('COALESCE(b.committedFen, 0)', 'committedFen')
        .addSelect('COALESCE(b.spentFen, 0)', 'spentFen')
        .orderBy('c.code'),
    /** Budget execution, second half: the school's net spending per category and month of the year. */
    spendingByMonth: (m, schoolId: string, fiscalYear: number) =>
      m
        .getRepository(JournalLine)
        .createQueryBuilder('l')
        .select('l.categoryId', 'categoryId')
        .addSelect('l.period', 'period')
        .addSelect('SUM(l.debitFen) - SUM(l.creditFen)', 'net')
        .where('l.schoolId = :schoolId AND l.period >= :from AND l.period <= :to', { schoolId, ...monthsOf(fiscalYear) })
        .andWhere('l.account IN (:...costs)', { costs: COST_ACCOUNTS })
        .andWhere('l.categoryId IS NOT NULL')
        .groupBy('l.categoryId')
        .addGroupBy('l.period'),
    /** The district's schools side by side for a year: one page of budget sums per school (keyset on the school id). */
    schoolSummaries: (m, districtId: string, fiscalYear: number, window: PageWindow) => {
      const qb = m
        .getRepository(BudgetLine)
        .createQueryBuilder('b')
        .select('b.schoolId', 'schoolId')
        .addSelect('SUM(b.allocatedFen)', 'allocatedFen')
        .addSelect('SUM(b.committedFen)', 'committedFen')
        .addSelect('SUM(b.spentFen)', 'spentFen')
        .where('b.districtId = :districtId AND b.fiscalYear = :fiscalYear', { districtId, fiscalYear })
        .groupBy('b.schoolId')
        .orderBy('b.schoolId')
        .limit(window.limit + 1);
      return window.afterId ? qb.andWhere('b.schoolId > :afterId', { afterId: window.afterId }) : qb;
    },
    /** Spent in a year by each of a page of schools (spending per student). */
    spentBySchool: (m, schoolIds: readonly string[], fiscalYear: number) =>
      m
        .getRepository(BudgetLine)
        .createQueryBuilder('b')
        .select('b.schoolId', 'schoolId')
        .addSelect('SUM(b.spentFen)', 'spentFen')
        .where('b.schoolId IN (:...schoolIds) AND b.fiscalYear = :fiscalYear', { schoolIds, fiscalYear })
        .groupBy('b.schoolId'),
    /** The bank balance of each fund of each of a page of schools. */
    bankBalances: (m, schoolIds: readonly string[]) =>
      m
        .getRepository(JournalLine)
        .createQueryBuilder('l')
        .select('l.schoolId', 'schoolId')
        .addSelect('l.fund', 'fund')
        .addSelect('SUM(l.debitFen) - SUM(l.creditFen)', 'balance')
        .where('l.schoolId IN (:...schoolIds) AND l.account = :bank', { schoolIds, bank: LedgerAccount.BANK })
        .groupBy('l.schoolId')
        .addGroupBy('l.fund'),
    /** The canteen account's movements per account up to a month, those before it apart (the statement's opening balance). */
    canteenMovements: (m, districtId: string, schoolId: string, period: string) =>
      m
        .getRepository(JournalLine)
        .createQueryBuilder('l')
        // Not `before`: that is a reserved word on MySQL and MariaDB, where GROUP BY before fails to parse.
        .select('CASE WHEN l.period < :period THEN 1 ELSE 0 END', 'earlierPeriod')
        .addSelect('l.account', 'account')
        .addSelect('SUM(l.debitFen)', 'debit')
        .addSelect('SUM(l.creditFen)', 'credit')
        .where('l.schoolId = :schoolId AND l.districtId = :districtId AND l.fund = :fund AND l.period <= :period', {
          schoolId,
          districtId,
          fund: Fund.CANTEEN,
          period,
        })
        .groupBy('earlierPeriod')
        .addGroupBy('l.account'),
    /**
     * Suppliers paid the most in a year: in one school, or else in every school whose books the
     * viewer reads. Each payment credits the bank once; a reversal debits it, lowering the amount
     * without counting as another payment. Manual entries carry no supplier.
     */
    supplierSpending: (m, viewer: Viewer, fiscalYear: number, first: number, schoolId?: string) => {
      const qb = m
        .getRepository(JournalLine)
        .createQueryBuilder('l')
        .select('l.supplierId', 'supplierId')
        .addSelect('SUM(l.creditFen) - SUM(l.debitFen)', 'paidFen')
        .addSelect('SUM(CASE WHEN l.creditFen > 0 THEN 1 ELSE 0 END)', 'payments')
        .where('l.districtId = :districtId AND l.account = :bank AND l.supplierId IS NOT NULL', {
          districtId: viewer.districtId,
          bank: LedgerAccount.BANK,
        })
        .andWhere('l.period >= :from AND l.period <= :to', monthsOf(fiscalYear))
        .groupBy('l.supplierId')
        .orderBy('paidFen', 'DESC')
        .limit(first);
      if (schoolId) qb.andWhere('l.schoolId = :schoolId', { schoolId });
      else financeStaff(qb, viewer, 'l');
      return qb;
    },
  },
  {
    executionLines: ['district-1', 'school-1', 2026],
    spendingByMonth: ['school-1', 2026],
    schoolSummaries: ['district-1', 2026, { limit: 20, afterId: 'school-1' }],
    spentBySchool: [['school-1', 'school-2'], 2026],
    bankBalances: [['school-1', 'school-2']],
    canteenMovements: ['district-1', 'school-1', '2026-03'],
    supplierSpending: [exampleViewer(Role.ACCOUNTANT), 2026, 10],
  },
);
