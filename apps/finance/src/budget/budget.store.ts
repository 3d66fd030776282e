import { newId } from '@houqin/common';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { BudgetCategory, BudgetLine } from './budget.entity';

/** The district's budget categories: a list shared by every school of the district. */
export const categoryReader = (ctx: ReadContext) => new ScopedReader(ctx, BudgetCategory, 'BudgetCategory', 'c', { level: 'district' });

/** A budget line is identified by school, fiscal year and category (a unique index). */
export interface LineKey {
  schoolId: string;
  fiscalYear: number;
  categoryId: string;
}
const LINE_KEY = 'schoolId = :schoolId AND fiscalYear = :fiscalYear AND categoryId = :categoryId';
const EXAMPLE_KEY: LineKey = { schoolId: 'school-1', fiscalYear: 2026, categoryId: 'category-1' };

/**
 * The budgets' hand-written SQL (printed to apps/finance/sql/budget.sql). A line's committed and
 * spent amounts change only through these conditional updates, so concurrent approvals and
 * payments can never take a BLOCK line below zero.
 */
export const budgetSql = defineSqlStore(
  'budget',
  {
    /** The district's categories by code, the retired ones too when asked; at most 200. */
    categories: (m, categories: ScopedReader<BudgetCategory>, includeInactive: boolean) => {
      const qb = categories.query(m);
      if (!includeInactive) qb.andWhere('c.active = :active', { active: true });
      return qb.orderBy('c.code', 'ASC').take(200);
    },
    /** The district's categories with these codes (a budget spreadsheet names categories by code): one statement per file. */
    categoriesByCode: (m, categories: ScopedReader<BudgetCategory>, codes: readonly string[]) =>
      categories.query(m).andWhere('c.code IN (:...codes)', { codes }),
    /** One category of the district, by id (an input names it). */
    category: (m, categories: ScopedReader<BudgetCategory>, categoryId: string) =>
      categories.query(m).andWhere('c.id = :categoryId', { categoryId }),
    /** The lines a budget spreadsheet may re-allocate: of these schools, years and categories (a superset, matched by key after). */
    linesIn: (m, schoolIds: readonly string[], fiscalYears: readonly number[], categoryIds: readonly string[]) =>
      m
        .getRepository(BudgetLine)
        .createQueryBuilder('b')
        .where('b.schoolId IN (:...schoolIds) AND b.fiscalYear IN (:...fiscalYears) AND b.categoryId IN (:...categoryIds)', {
          schoolIds,
          fiscalYears,
          categoryIds,
        }),
    /** Re-allocates a line, never below what it has already committed and spent: that money is promised or gone. */
    reallocate: (m, lineId: string, allocatedFen: number) =>
      m
        .createQueryBuilder()
        .update(BudgetLine)
        .set({ allocatedFen })
        .where('id = :id AND committedFen + spentFen <= :allocatedFen', { id: lineId, allocatedFen }),
    /**
     * A line at zero for a WARN category spent without an allocation. A line created meanwhile gets a
     * no-op update (same district) instead of a duplicate-key error: on MySQL that takes an exclusive
     * lock, not the shared lock a failed INSERT leaves behind, so concurrent first approvals queue for
     * the line instead of deadlocking when they update it.
     */
    ensureLine: (m, districtId: string, key: LineKey) =>
      m
        .createQueryBuilder()
        .insert()
        .into(BudgetLine)
        .values({ id: newId(), districtId, ...key, allocatedFen: 0, committedFen: 0, spentFen: 0 })
        .orUpdate(['districtId'], ['schoolId', 'fiscalYear', 'categoryId']),
    /** Commits an approved amount; on a BLOCK line only while it still fits. */
    commit: (m, key: LineKey, amountFen: number, block: boolean) =>
      m
        .createQueryBuilder()
        .update(BudgetLine)
        .set({ committedFen: () => `committedFen + ${Number(amountFen)}` })
        .where(block ? `${LINE_KEY} AND allocatedFen - committedFen - spentFen >= :amount` : LINE_KEY, { ...key, amount: amountFen }),
    /**
     * At payment: releases what was committed and adds what was paid; on a BLOCK line only if that does
     * not overspend it. A negative amount (a reversal or refund giving spending back) never takes spent
     * below zero, whatever the policy: no line gets more room than it was allocated.
     */
    settle: (m, key: LineKey, releasedFen: number, paidFen: number, block: boolean) =>
      m
        .createQueryBuilder()
        .update(BudgetLine)
        .set({ committedFen: () => `committedFen - ${Number(releasedFen)}`, spentFen: () => `spentFen + ${Number(paidFen)}` })
        .where(
          `${LINE_KEY} AND spentFen + :paid >= 0${block ? ' AND allocatedFen - (committedFen - :released) - spentFen >= :paid' : ''}`,
          {
            ...key,
            released: releasedFen,
            paid: paidFen,
          },
        ),
    /** Moves a commitment from what was committed to a new amount (an order at actual prices); on a BLOCK line only if it fits. */
    recommit: (m, key: LineKey, releasedFen: number, committedFen: number, block: boolean) =>
      m
        .createQueryBuilder()
        .update(BudgetLine)
        .set({ committedFen: () => `committedFen - ${Number(releasedFen)} + ${Number(committedFen)}` })
        .where(block ? `${LINE_KEY} AND allocatedFen - (committedFen - :released) - spentFen >= :committed` : LINE_KEY, {
          ...key,
          released: releasedFen,
          committed: committedFen,
        }),
    /** A reversed payment: what was paid is committed again, never taking spent below zero. */
    unsettle: (m, key: LineKey, paidFen: number) =>
      m
        .createQueryBuilder()
        .update(BudgetLine)
        .set({ committedFen: () => `committedFen + ${Number(paidFen)}`, spentFen: () => `spentFen - ${Number(paidFen)}` })
        .where(`${LINE_KEY} AND spentFen >= :paid`, { ...key, paid: paidFen }),
  },
  {
    categories: [categoryReader(exampleRequest()), false],
    categoriesByCode: [categoryReader(exampleRequest()), ['OFFICE_SUPPLIES', 'REPAIRS']],
    category: [categoryReader(exampleRequest()), 'category-1'],
    linesIn: [['school-1', 'school-2'], [2026], ['category-1', 'category-2']],
    reallocate: ['line-1', 1_000_000],
    ensureLine: ['district-1', EXAMPLE_KEY],
    commit: [EXAMPLE_KEY, 50_000, true],
    settle: [EXAMPLE_KEY, 50_000, 48_000, true],
    recommit: [EXAMPLE_KEY, 50_000, 56_000, true],
    unsettle: [EXAMPLE_KEY, 48_000],
  },
);
