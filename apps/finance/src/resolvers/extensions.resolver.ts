import { Arg, Args, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Money, PageArgs } from '@houqin/common';
import type { FinanceContext } from '../context';
import { executionLines } from './budget.resolver';
import { AccountBalances, BudgetExecutionLine, ExpenseClaimConnection, PurchaseRequestConnection, School, Staff } from './types';

@Resolver(() => School)
export class SchoolFinanceResolver {
  @FieldResolver(() => AccountBalances, { nullable: true, description: 'Bank balances of the school and canteen accounts; null unless you read the school\'s books.' })
  async accountBalances(@Root() school: School, @Ctx() ctx: FinanceContext) {
    if (!ctx.reports.canRead(school.id)) return null;
    const b = await ctx.reports.balances(school.id);
    return { school: Money.of(b.SCHOOL), canteen: Money.of(b.CANTEEN) };
  }

  @FieldResolver(() => [BudgetExecutionLine], { nullable: true, description: 'Budget execution by category and month (预算执行); null unless you read the school\'s books. Costs two statements per school: ask it of one school at a time.' })
  budgetExecution(@Root() school: School, @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number, @Ctx() ctx: FinanceContext) {
    return ctx.reports.canRead(school.id) ? executionLines(ctx, school.id, fiscalYear) : null;
  }

  @Directive('@requires(fields: "studentCount")')
  @FieldResolver(() => Money, { nullable: true, description: 'Spent in the fiscal year per enrolled student (生均支出); null without students or unless you read the school\'s books.' })
  async spentPerStudent(@Root() school: School, @Arg('fiscalYear', () => Int, { description: 'Fiscal year.' }) fiscalYear: number, @Ctx() ctx: FinanceContext) {
    if (!ctx.reports.canRead(school.id) || !school.studentCount) return null;
    const spent = await ctx.reports.spentInYear(school.id, fiscalYear);
    return Money.of(Math.round(spent / school.studentCount));
  }
}

@Resolver(() => Staff)
export class StaffFinanceResolver {
  @FieldResolver(() => PurchaseRequestConnection, { description: 'Purchase requests this person filed that you may see.' })
  purchaseRequests(@Root() staff: Staff, @Args() page: PageArgs, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.list({ requesterStaffId: staff.id }, page);
  }

  @FieldResolver(() => ExpenseClaimConnection, { description: 'Expense claims this person filed that you may see.' })
  expenseClaims(@Root() staff: Staff, @Args() page: PageArgs, @Ctx() ctx: FinanceContext) {
    return ctx.claims.list({ requesterStaffId: staff.id }, page);
  }
}
