import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context';
import { BudgetCategory } from './budget.entity';
import { CreateBudgetCategoryInput, SetApprovalPolicyInput, SetBudgetInput, UpdateBudgetCategoryInput } from './budget.inputs';
import { ApprovalPolicyView, BudgetExecutionLine } from './budget.types';

@Resolver(() => BudgetCategory)
export class BudgetResolver {
  @Query(() => [BudgetCategory], { description: "The district's budget categories (预算科目), by code; at most 200." })
  budgetCategories(
    @Arg('includeInactive', { defaultValue: false, description: 'Include retired categories.' }) includeInactive: boolean,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.budgets.categories(includeInactive);
  }

  @Query(() => ApprovalPolicyView, { description: "The district's approval thresholds." })
  async approvalPolicy(@Ctx() ctx: FinanceContext) {
    return ApprovalPolicyView.of(await ctx.budgets.policy());
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
    return ApprovalPolicyView.of(await ctx.budgets.setApprovalPolicy(input));
  }

  @Mutation(() => BudgetExecutionLine, {
    description: "Allocate a school's budget for a category and year (district administrators); never below what is committed and spent.",
  })
  async setBudget(@Arg('input') input: SetBudgetInput, @Ctx() ctx: FinanceContext) {
    const { line, category } = await ctx.budgets.setBudget(input);
    return BudgetExecutionLine.of(category, line);
  }
}
