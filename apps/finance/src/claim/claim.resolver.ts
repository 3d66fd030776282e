import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { WorkflowStep } from '../approval/approval.entity';
import { ApproveInput, PayInput, RejectInput } from '../approval/approval.inputs';
import { BudgetCategory } from '../budget/budget.entity';
import type { FinanceContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { ClaimAction } from './claim.actions';
import { ExpenseClaim, ExpenseClaimLine } from './claim.entity';
import { ExpenseClaimFilter, ReviewClaimInput, SubmitExpenseClaimInput } from './claim.inputs';
import { ExpenseClaimConnection, ExpenseClaimPayload } from './claim.types';

@Resolver(() => ExpenseClaim)
export class ExpenseClaimResolver {
  @Query(() => ExpenseClaimConnection, {
    description: 'Expense claims: all of a school for its finance staff and the district, your own otherwise.',
  })
  expenseClaims(
    @Args() page: PageArgs,
    @Arg('filter', () => ExpenseClaimFilter, { nullable: true }) filter: ExpenseClaimFilter | null,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.claims.list(filter ?? {}, page);
  }

  @Query(() => ExpenseClaim, { description: 'One expense claim; NOT_FOUND when you may not see it.' })
  expenseClaim(@Arg('id', () => ID, { description: 'The claim.' }) id: string, @Ctx() ctx: FinanceContext) {
    return ctx.claims.reader.get(id);
  }

  @FieldResolver(() => [ExpenseClaimLine], { description: 'The invoices.' })
  lines(@Root() c: ExpenseClaim, @Ctx() ctx: FinanceContext) {
    return ctx.claims.linesOf(c.id);
  }

  @FieldResolver(() => [ClaimAction], {
    description:
      'The steps you could take on this claim now (可办理操作), by the rules its mutations check: your role at its school, its ' +
      "status and the approval level it waits for, never a step on your own claim, and the director's stand-in only for the " +
      "claim of the school's only accountant (read once per school, and only then).",
  })
  viewerActions(@Root() c: ExpenseClaim, @Ctx() ctx: FinanceContext) {
    return ctx.claims.viewerActions(c);
  }

  @FieldResolver(() => [WorkflowStep], { description: 'Every step so far, oldest first.' })
  steps(@Root() c: ExpenseClaim, @Ctx() ctx: FinanceContext) {
    return ctx.claims.stepsOf(c.id);
  }

  @FieldResolver(() => School, { description: 'The school paying.' })
  school(@Root() c: ExpenseClaim) {
    return schoolRef(c.schoolId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The staff member who filed it.' })
  requester(@Root() c: ExpenseClaim) {
    return staffRef(c.requesterStaffId);
  }

  @Mutation(() => ExpenseClaimPayload, {
    description: 'File an expense claim (报账); an invoice number can be claimed once in the district.',
  })
  async submitExpenseClaim(@Arg('input') input: SubmitExpenseClaimInput, @Ctx() ctx: FinanceContext) {
    const { record, warnings } = await ctx.claims.submit(input);
    return { claim: record, warnings };
  }

  @Mutation(() => ExpenseClaim, { description: "The accountant's review (审核); never your own claim." })
  reviewExpenseClaim(@Arg('input') input: ReviewClaimInput, @Ctx() ctx: FinanceContext) {
    return ctx.claims.review(input);
  }

  @Mutation(() => ExpenseClaim, { description: 'Approve at the awaited level; the last approval commits the budget.' })
  approveExpenseClaim(@Arg('input') input: ApproveInput, @Ctx() ctx: FinanceContext) {
    return ctx.claims.approve(input);
  }

  @Mutation(() => ExpenseClaim, { description: 'Reject at review or at the awaited approval level, with a reason.' })
  rejectExpenseClaim(@Arg('input') input: RejectInput, @Ctx() ctx: FinanceContext) {
    return ctx.claims.reject(input);
  }

  @Mutation(() => ExpenseClaim, { description: 'Pay an approved claim (accountant, not the claimant): posts to the ledger.' })
  payExpenseClaim(@Arg('input') input: PayInput, @Ctx() ctx: FinanceContext) {
    return ctx.claims.pay(input);
  }
}

@Resolver(() => ExpenseClaimLine)
export class ExpenseClaimLineResolver {
  @FieldResolver(() => BudgetCategory, { description: 'Budget category.' })
  category(@Root() l: ExpenseClaimLine, @Ctx() ctx: FinanceContext) {
    return ctx.budgets.category(l.categoryId);
  }
}
