import { badInput } from '@houqin/common';
import { BudgetCategory } from '../budget/budget.entity';
import type { BudgetFen } from '../budget/budget.types';
import { LedgerAccount } from '../ledger/ledger.entity';
import { INCOME_ACCOUNTS } from '../ledger/ledger.rules';
import type { CanteenFigures } from './report.types';

/** How many suppliers `topSuppliers` lists at most. */
export const MAX_TOP_SUPPLIERS = 50;

/** `first` of topSuppliers: 1 to 50, else BAD_USER_INPUT. */
export function requireTopSuppliersFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_TOP_SUPPLIERS)
    throw badInput('first', `first must be between 1 and ${MAX_TOP_SUPPLIERS}.`);
}

/** A month `YYYY-MM`, else BAD_USER_INPUT on `field`. */
export function requireMonth(period: string, field: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw badInput(field, `${field} must be a month YYYY-MM.`);
}

/** The accounting months of a fiscal year (the calendar year), for `period BETWEEN from AND to`. */
export const monthsOf = (fiscalYear: number) => ({ from: `${fiscalYear}-01`, to: `${fiscalYear}-12` });

/** A number read back from an aggregate (MySQL returns SUM of BIGINT as a string; none is 0). */
export const num = (value: unknown) => Number(value ?? 0);

/** Spending by month, January to December, from net spending per accounting month ('YYYY-MM'). */
export function byMonth(rows: { period: string; net: unknown }[]): number[] {
  const months = Array.from({ length: 12 }, () => 0);
  for (const row of rows) months[Number(row.period.slice(5, 7)) - 1] += num(row.net);
  return months;
}

/** Spending per enrolled student (生均支出), to the fen; none without students. */
export function perStudent(spentFen: number, students: number | null | undefined): number | null {
  return students ? Math.round(spentFen / students) : null;
}

/** The canteen account's movements up to a month: per account, debits and credits before the month (`earlierPeriod` 1) and in it (0). */
export interface CanteenMovement {
  earlierPeriod: string | number;
  account: LedgerAccount;
  debit: unknown;
  credit: unknown;
}

/**
 * The canteen statement (食堂账目公示) from the account's movements: the bank balance before the
 * month, meal-fee and other income and food and other costs in it, and the balance after; and
 * what is owed to suppliers at its end (ACCOUNTS_PAYABLE: accepted deliveries not yet paid).
 */
export function canteenFigures(movements: CanteenMovement[]): CanteenFigures {
  const sum = (before: boolean, accounts: LedgerAccount[], side: 'debit' | 'credit') =>
    movements
      .filter((m) => Number(m.earlierPeriod) === (before ? 1 : 0) && accounts.includes(m.account))
      .reduce((acc, m) => acc + num(side === 'debit' ? m.debit : m.credit) - num(side === 'debit' ? m.credit : m.debit), 0);
  const openingBalanceFen = sum(true, [LedgerAccount.BANK], 'debit');
  return {
    openingBalanceFen,
    mealFeeIncomeFen: sum(false, [LedgerAccount.MEAL_FEE_INCOME], 'credit'),
    otherIncomeFen: sum(
      false,
      INCOME_ACCOUNTS.filter((a) => a !== LedgerAccount.MEAL_FEE_INCOME),
      'credit',
    ),
    foodCostFen: sum(false, [LedgerAccount.FOOD_COST], 'debit'),
    otherExpenseFen: sum(false, [LedgerAccount.EXPENSE], 'debit'),
    closingBalanceFen: openingBalanceFen + sum(false, [LedgerAccount.BANK], 'debit'),
    // Food is cost when it comes (accrual), so a statement shows what is still owed for it.
    accountsPayableFen: sum(true, [LedgerAccount.ACCOUNTS_PAYABLE], 'credit') + sum(false, [LedgerAccount.ACCOUNTS_PAYABLE], 'credit'),
  };
}

/** A budget category read back from a report row (CATEGORY_COLUMNS of report.store.ts). */
export function categoryOf(row: Record<string, unknown>): BudgetCategory {
  return Object.assign(new BudgetCategory(), {
    id: row.id,
    code: row.code,
    name: row.name,
    fund: row.fund,
    overrunPolicy: row.overrunPolicy,
    active: Boolean(Number(row.active)),
    districtId: row.districtId,
    version: num(row.version),
  });
}

/** The budget figures of a report row, in fen. */
export const budgetFenOf = (row: Record<string, unknown>): BudgetFen => ({
  allocatedFen: num(row.allocatedFen),
  committedFen: num(row.committedFen),
  spentFen: num(row.spentFen),
});

/**
 * Each school's budget by category from `categoryTotals` rows (category columns, `schoolId` of a
 * line or null, its figures; by code): for every school, every active category (zero without a
 * line) and the retired ones it has a line in, as budgetExecution lists them for one school.
 */
export function categoryTotalsBySchool(
  rows: Record<string, unknown>[],
  schoolIds: readonly string[],
): Map<string, { category: BudgetCategory; fen: BudgetFen }[]> {
  const categories = new Map<string, { category: BudgetCategory; lines: Map<string, BudgetFen> }>();
  for (const row of rows) {
    const id = String(row.id);
    let entry = categories.get(id);
    if (!entry) categories.set(id, (entry = { category: categoryOf(row), lines: new Map() }));
    if (row.schoolId != null) entry.lines.set(String(row.schoolId), budgetFenOf(row));
  }
  const zero: BudgetFen = { allocatedFen: 0, committedFen: 0, spentFen: 0 };
  return new Map(
    schoolIds.map((schoolId) => [
      schoolId,
      [...categories.values()]
        .filter(({ category, lines }) => category.active || lines.has(schoolId))
        .map(({ category, lines }) => ({ category, fen: lines.get(schoolId) ?? zero })),
    ]),
  );
}
