import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { BudgetExecutionLine } from '../budget/budget.types';
import type { FinanceContext } from '../context';
import { ASSUMED_CATEGORIES_PER_SCHOOL } from '../limits';
import {
  CanteenStatement,
  CategoryBudgetTotals,
  SchoolBudgetSummary,
  SchoolBudgetSummaryConnection,
  SupplierSpending,
} from './report.types';

@Resolver()
export class ReportResolver {
  @Query(() => [BudgetExecutionLine], { description: 'Budget execution by category and month for one school (预算执行情况).' })
  budgetExecution(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.reports.budgetExecution(schoolId, fiscalYear);
  }

  @Query(() => SchoolBudgetSummaryConnection, {
    description:
      'Every school of the district side by side for a year (district roles); ask `school { name studentCount spentPerStudent }` for per-student figures.',
  })
  districtBudgetComparison(
    @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number,
    @Args() page: PageArgs,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.reports.districtComparison(fiscalYear, page);
  }

  @Query(() => CanteenStatement, {
    description: "The canteen account's monthly statement for public posting (食堂账目公示); any member of the school may read it.",
  })
  canteenStatement(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('period', { description: 'The month YYYY-MM.' }) period: string,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.reports.canteenStatement(schoolId, period);
  }

  @Query(() => [SupplierSpending], { description: 'Suppliers paid the most in a year, across the schools you read or one school.' })
  topSuppliers(
    @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number,
    @Arg('schoolId', () => ID, { nullable: true, description: 'Only this school.' }) schoolId: string | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many, 1 to 50.' }) first: number,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.reports.topSuppliers(fiscalYear, schoolId, first);
  }
}

/** The district comparison's per-category figures (the dashboard's budget execution by category). */
@Resolver(() => SchoolBudgetSummary)
export class SchoolBudgetSummaryResolver {
  @Directive(`@listSize(assumedSize: ${ASSUMED_CATEGORIES_PER_SCHOOL})`)
  @FieldResolver(() => [CategoryBudgetTotals], {
    description: `The school's budget by category (预算科目) for the year: every active category of the district (zero without a line) and any retired one the school has a line in, by code. One statement for the whole page of schools. The gateway's cost estimate assumes ${ASSUMED_CATEGORIES_PER_SCHOOL} categories, a district's usual chart of budget categories (the demo district has 8), so a dashboard can ask it of a page of 50 schools.`,
  })
  byCategory(@Root() summary: SchoolBudgetSummary, @Ctx() ctx: FinanceContext) {
    return ctx.reports.categoryTotalsOf(summary);
  }
}
