import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { BudgetExecutionLine } from '../budget/budget.types';
import type { FinanceContext } from '../context';
import { CanteenStatement, SchoolBudgetSummaryConnection, SupplierSpending } from './report.types';

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
