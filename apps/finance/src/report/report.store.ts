import { Role } from '@houqin/auth';
import type { Viewer } from '@houqin/auth';
import type { PageWindow } from '@houqin/common';
import type { EntityManager } from 'typeorm';
import { defineSqlStore, exampleViewer, type RawSql } from '@houqin/persistence';
import { BudgetCategory, BudgetLine } from '../budget/budget.entity';
import { Fund, JournalLine, LedgerAccount } from '../ledger/ledger.entity';
import { COST_ACCOUNTS } from '../ledger/ledger.rules';
import { financeStaff } from '../visibility';
import { monthsOf } from './report.rules';
import { DistrictSupplierMonth, SupplierMonth } from './supplier-spending.entity';

/** A row of a supplier-totals table to add (inserted the first time, its amounts added after). */
interface SupplierMonthAdd {
  id: string;
  districtId: string;
  schoolId?: string;
  supplierId: string;
  period: string;
  paidFen: number;
  payments: number;
}

/**
 * INSERT … or add to the row with the same key, in one statement, so two first payments to a supplier
 * in a month cannot both insert: MySQL's ON DUPLICATE KEY UPDATE, SQLite's ON CONFLICT … DO UPDATE.
 */
function addToMonth(m: EntityManager, table: string, key: string[], row: SupplierMonthAdd): RawSql {
  const q = (name: string) => m.connection.driver.escape(name);
  const columns = Object.keys(row) as (keyof SupplierMonthAdd)[];
  const insert = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const add = (value: (column: string) => string) =>
    ['paidFen', 'payments'].map((c) => `${q(c)} = ${q(table)}.${q(c)} + ${value(c)}`).join(', ');
  const upsert =
    m.connection.options.type === 'sqljs'
      ? `ON CONFLICT (${key.map(q).join(', ')}) DO UPDATE SET ${add((c) => `excluded.${q(c)}`)}`
      : `ON DUPLICATE KEY UPDATE ${add((c) => `VALUES(${q(c)})`)}`;
  return { sql: `${insert} ${upsert}`, parameters: columns.map((c) => row[c]) };
}

/** A budget category's columns, as a report row names them (see `categoryOf` in report.rules.ts). */
const CATEGORY_COLUMNS = [
  'c.id AS id',
  'c.code AS code',
  'c.name AS name',
  'c.fund AS fund',
  'c.overrunPolicy AS overrunPolicy',
  'c.active AS active',
  'c.districtId AS districtId',
  'c.version AS version',
];

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
        .select(CATEGORY_COLUMNS)
        .addSelect('COALESCE(b.allocatedFen, 0)', 'allocatedFen')
        .addSelect('COALESCE(b.committedFen, 0)', 'committedFen')
        .addSelect('COALESCE(b.spentFen, 0)', 'spentFen')
        .orderBy('c.code'),
    /**
     * Budget execution by category of a page of schools side by side (the district comparison's
     * byCategory): every category of the district in use, with each page school's line for the year
     * (a row per school with a line; one with no school when none has one). One statement per page.
     */
    categoryTotals: (m, districtId: string, schoolIds: readonly string[], fiscalYear: number) =>
      m
        .getRepository(BudgetCategory)
        .createQueryBuilder('c')
        .leftJoin(BudgetLine, 'b', 'b.categoryId = c.id AND b.fiscalYear = :fiscalYear AND b.schoolId IN (:...schoolIds)', {
          schoolIds,
          fiscalYear,
        })
        .where('c.districtId = :districtId', { districtId })
        .andWhere('(c.active = :active OR b.id IS NOT NULL)', { active: true })
        .select(CATEGORY_COLUMNS)
        .addSelect('b.schoolId', 'schoolId')
        .addSelect('COALESCE(b.allocatedFen, 0)', 'allocatedFen')
        .addSelect('COALESCE(b.committedFen, 0)', 'committedFen')
        .addSelect('COALESCE(b.spentFen, 0)', 'spentFen')
        .orderBy('c.code')
        .addOrderBy('b.schoolId'),
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
    /**
     * The canteen account's movements per school and account up to a month, those before it apart (the
     * statement's opening balance): one statement for one school or a page of them.
     */
    canteenMovements: (m, districtId: string, schoolIds: readonly string[], period: string) =>
      m
        .getRepository(JournalLine)
        .createQueryBuilder('l')
        .select('l.schoolId', 'schoolId')
        // Not `before`: that is a reserved word on MySQL and MariaDB, where GROUP BY before fails to parse.
        .addSelect('CASE WHEN l.period < :period THEN 1 ELSE 0 END', 'earlierPeriod')
        .addSelect('l.account', 'account')
        .addSelect('SUM(l.debitFen)', 'debit')
        .addSelect('SUM(l.creditFen)', 'credit')
        .where('l.schoolId IN (:...schoolIds) AND l.districtId = :districtId AND l.fund = :fund AND l.period <= :period', {
          schoolIds,
          districtId,
          fund: Fund.CANTEEN,
          period,
        })
        .groupBy('l.schoolId')
        .addGroupBy('earlierPeriod')
        .addGroupBy('l.account'),
    /**
     * Suppliers paid the most in a year: in one school, or else in every school whose books the
     * viewer reads, from the schools' monthly supplier totals (kept at posting time, see
     * supplier-spending.ts): at most suppliers × 12 rows per school.
     */
    supplierSpending: (m, viewer: Viewer, fiscalYear: number, first: number, schoolId?: string) => {
      const qb = m
        .getRepository(SupplierMonth)
        .createQueryBuilder('s')
        .select('s.supplierId', 'supplierId')
        .addSelect('SUM(s.paidFen)', 'paidFen')
        .addSelect('SUM(s.payments)', 'payments')
        .where('s.districtId = :districtId', { districtId: viewer.districtId })
        .andWhere('s.period >= :from AND s.period <= :to', monthsOf(fiscalYear))
        .groupBy('s.supplierId')
        .orderBy('paidFen', 'DESC')
        .addOrderBy('s.supplierId')
        .limit(first);
      if (schoolId) qb.andWhere('s.schoolId = :schoolId', { schoolId });
      else financeStaff(qb, viewer, 's');
      return qb;
    },
    /** The same for a viewer who reads the whole district's books, from the district's totals: at most suppliers × 12 rows. */
    districtSupplierSpending: (m, districtId: string, fiscalYear: number, first: number) =>
      m
        .getRepository(DistrictSupplierMonth)
        .createQueryBuilder('d')
        .select('d.supplierId', 'supplierId')
        .addSelect('SUM(d.paidFen)', 'paidFen')
        .addSelect('SUM(d.payments)', 'payments')
        .where('d.districtId = :districtId', { districtId })
        .andWhere('d.period >= :from AND d.period <= :to', monthsOf(fiscalYear))
        .groupBy('d.supplierId')
        .orderBy('paidFen', 'DESC')
        .addOrderBy('d.supplierId')
        .limit(first),
    /** Adds a posting's payments to a supplier to its school's month. */
    addSchoolSupplierMonth: (m, row: SupplierMonthAdd) => addToMonth(m, 'supplier_spending', ['schoolId', 'period', 'supplierId'], row),
    /** Adds them to the district's month. */
    addDistrictSupplierMonth: (m, row: SupplierMonthAdd) =>
      addToMonth(m, 'district_supplier_spending', ['districtId', 'period', 'supplierId'], row),
  },
  {
    executionLines: ['district-1', 'school-1', 2026],
    spendingByMonth: ['school-1', 2026],
    categoryTotals: ['district-1', ['school-1', 'school-2'], 2026],
    schoolSummaries: ['district-1', 2026, { limit: 20, afterId: 'school-1' }],
    spentBySchool: [['school-1', 'school-2'], 2026],
    bankBalances: [['school-1', 'school-2']],
    canteenMovements: ['district-1', ['school-1', 'school-2'], '2026-03'],
    supplierSpending: [exampleViewer(Role.ACCOUNTANT), 2026, 10],
    districtSupplierSpending: ['district-1', 2026, 10],
    addSchoolSupplierMonth: [
      {
        id: 'id-1',
        districtId: 'district-1',
        schoolId: 'school-1',
        supplierId: 'supplier-1',
        period: '2026-03',
        paidFen: 12000,
        payments: 1,
      },
    ],
    addDistrictSupplierMonth: [
      { id: 'id-1', districtId: 'district-1', supplierId: 'supplier-1', period: '2026-03', paidFen: -12000, payments: 0 },
    ],
  },
);
