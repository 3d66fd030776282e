import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { mapPage, Money, PageArgs } from '@houqin/common';
import type { FinanceContext } from '../context';
import { BudgetCategory } from '../entities';
import { CreateBudgetCategoryInput, SetApprovalPolicyInput, SetBudgetInput, UpdateBudgetCategoryInput } from '../inputs';
import { ApprovalPolicyView, BudgetExecutionLine, budgetFigures, CanteenStatement, SchoolBudgetSummary, SchoolBudgetSummaryConnection, schoolRef, SupplierSpending } from './types';

const policyView = (p: { directorLimitFen: number; principalLimitFen: number }) =>
  Object.assign(new ApprovalPolicyView(), { directorLimit: Money.of(p.directorLimitFen), principalLimit: Money.of(p.principalLimitFen) });

/** Budget execution of one school as GraphQL objects (2 statements). */
export async function executionLines(ctx: FinanceContext, schoolId: string, fiscalYear: number): Promise<BudgetExecutionLine[]> {
  const rows = await ctx.reports.budgetExecution(schoolId, fiscalYear);
  return rows.map((r) => Object.assign(new BudgetExecutionLine(), { category: r.category, ...budgetFigures(r), spentByMonth: r.spentByMonthFen.map(Money.of) }));
}

@Resolver(() => BudgetCategory)
export class BudgetResolver {
  @Query(() => [BudgetCategory], { description: 'The district\'s budget categories (预算科目), by code; at most 200.' })
  budgetCategories(@Arg('includeInactive', { defaultValue: false, description: 'Include retired categories.' }) includeInactive: boolean, @Ctx() ctx: FinanceContext) {
    return ctx.budgets.categories(includeInactive);
  }

  @Query(() => ApprovalPolicyView, { description: 'The district\'s approval thresholds.' })
  async approvalPolicy(@Ctx() ctx: FinanceContext) {
    return policyView(await ctx.budgets.policy());
  }

  @Query(() => [BudgetExecutionLine], { description: 'Budget execution by category and month for one school (预算执行情况).' })
  budgetExecution(@Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string, @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number, @Ctx() ctx: FinanceContext) {
    return executionLines(ctx, schoolId, fiscalYear);
  }

  @Query(() => SchoolBudgetSummaryConnection, { description: 'Every school of the district side by side for a year (district roles); ask `school { name studentCount spentPerStudent }` for per-student figures.' })
  async districtBudgetComparison(@Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number, @Args() page: PageArgs, @Ctx() ctx: FinanceContext) {
    return mapPage(await ctx.reports.districtComparison(fiscalYear, page), (r) => Object.assign(new SchoolBudgetSummary(), { school: schoolRef(r.schoolId), ...budgetFigures(r) }));
  }

  @Query(() => CanteenStatement, { description: 'The canteen account\'s monthly statement for public posting (食堂账目公示); any member of the school may read it.' })
  async canteenStatement(@Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string, @Arg('period', { description: 'The month YYYY-MM.' }) period: string, @Ctx() ctx: FinanceContext) {
    const s = await ctx.reports.canteenStatement(schoolId, period);
    return Object.assign(new CanteenStatement(), {
      school: schoolRef(s.schoolId),
      period: s.period,
      openingBalance: Money.of(s.openingBalanceFen),
      mealFeeIncome: Money.of(s.mealFeeIncomeFen),
      otherIncome: Money.of(s.otherIncomeFen),
      foodCost: Money.of(s.foodCostFen),
      otherExpense: Money.of(s.otherExpenseFen),
      closingBalance: Money.of(s.closingBalanceFen),
    });
  }

  @Query(() => [SupplierSpending], { description: 'Suppliers paid the most in a year, across the schools you read or one school.' })
  async topSuppliers(
    @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number,
    @Arg('schoolId', () => ID, { nullable: true, description: 'Only this school.' }) schoolId: string | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many, 1 to 50.' }) first: number,
    @Ctx() ctx: FinanceContext,
  ) {
    const rows = await ctx.reports.topSuppliers(fiscalYear, schoolId, first);
    return Promise.all(rows.map(async (r) => Object.assign(new SupplierSpending(), { supplier: await ctx.suppliers.byId(r.supplierId), paid: Money.of(r.paidFen), payments: r.payments })));
  }

  @Mutation(() => BudgetCategory, { description: 'Add a budget category (district administrators).' })
  createBudgetCategory(@Arg('input') input: CreateBudgetCategoryInput, @Ctx() ctx: FinanceContext) {
    return ctx.budgets.createCategory(input);
  }

  @Mutation(() => BudgetCategory, { description: 'Rename, re-police or retire a budget category (district administrators).' })
  updateBudgetCategory(@Arg('input') input: UpdateBudgetCategoryInput, @Ctx() ctx: FinanceContext) {
    return ctx.budgets.updateCategory(input);
  }

  @Mutation(() => ApprovalPolicyView, { description: 'Set the approval thresholds (district administrators).' })
  async setApprovalPolicy(@Arg('input') input: SetApprovalPolicyInput, @Ctx() ctx: FinanceContext) {
    return policyView(await ctx.budgets.setApprovalPolicy(input));
  }

  @Mutation(() => BudgetExecutionLine, { description: 'Allocate a school\'s budget for a category and year (district administrators); never below what is committed and spent.' })
  async setBudget(@Arg('input') input: SetBudgetInput, @Ctx() ctx: FinanceContext) {
    const { line, category } = await ctx.budgets.setBudget(input);
    return Object.assign(new BudgetExecutionLine(), { category, ...budgetFigures(line), spentByMonth: [] });
  }
}

