import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { FinanceContext } from '../context';
import { BudgetCategory } from './budget.entity';
import {
  CreateBudgetCategoryInput,
  ImportBudgetsInput,
  SetApprovalPolicyInput,
  SetBudgetInput,
  UpdateBudgetCategoryInput,
} from './budget.inputs';
import { ApprovalPolicyView, BudgetExecutionLine, ImportBudgetsPayload } from './budget.types';

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

  @Mutation(() => ImportBudgetsPayload, {
    description:
      "Allocate budgets from a spreadsheet (预算批量下达; whoever may setBudget, at every row's school): every row checked as setBudget checks it, all bad rows answered at once in extensions.rowErrors, and nothing written unless every row is good.",
  })
  async importBudgets(@Arg('input') input: ImportBudgetsInput, @Ctx() ctx: FinanceContext) {
    const { count, lines } = await ctx.budgets.importBudgets(input);
    return Object.assign(new ImportBudgetsPayload(), {
      count,
      lines: lines.map(({ category, line }) => BudgetExecutionLine.of(category, line)),
    });
  }
}
