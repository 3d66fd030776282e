import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, PageArgs } from '@houqin/common';
import type { FinanceContext } from '../context';
import { BudgetCategory, ExpenseClaim, ExpenseClaimLine, PurchaseRequest, PurchaseRequestLine, Supplier, WorkflowStep } from '../entities';
import { ApproveInput, ExpenseClaimFilter, OrderPurchaseInput, PayInput, PurchaseRequestFilter, ReceivePurchaseInput, RejectInput, ReviewClaimInput, SubmitExpenseClaimInput, SubmitPurchaseRequestInput } from '../inputs';
import { ExpenseClaimConnection, ExpenseClaimPayload, PurchaseRequestConnection, PurchaseRequestPayload, School, schoolRef, Staff } from './types';

const staffRef = (id: string | null) => (id ? Object.assign(new Staff(), { id }) : null);

@Resolver(() => PurchaseRequest)
export class PurchaseRequestResolver {
  @Query(() => PurchaseRequestConnection, { description: 'Purchase requests: all of a school for its finance staff and the district, your own otherwise.' })
  purchaseRequests(@Args() page: PageArgs, @Arg('filter', () => PurchaseRequestFilter, { nullable: true }) filter: PurchaseRequestFilter | null, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.list(filter ?? {}, page);
  }

  @Query(() => PurchaseRequest, { description: 'One purchase request; NOT_FOUND when you may not see it.' })
  purchaseRequest(@Arg('id', () => ID, { description: 'The request.' }) id: string, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.get(id);
  }

  @FieldResolver(() => Money, { description: 'Estimated total of the lines.' })
  estimatedTotal(@Root() r: PurchaseRequest) {
    return Money.of(r.estimatedTotalFen);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Total at actual prices, once ordered.' })
  orderedTotal(@Root() r: PurchaseRequest) {
    return r.orderedTotalFen === null ? null : Money.of(r.orderedTotalFen);
  }

  @FieldResolver(() => [PurchaseRequestLine], { description: 'The items.' })
  lines(@Root() r: PurchaseRequest, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.linesOf(r.id);
  }

  @FieldResolver(() => [WorkflowStep], { description: 'Every step so far, oldest first (who, when, what, why).' })
  steps(@Root() r: PurchaseRequest, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.stepsOf(r.id);
  }

  @FieldResolver(() => BudgetCategory, { description: 'The budget category charged.' })
  category(@Root() r: PurchaseRequest, @Ctx() ctx: FinanceContext) {
    return ctx.budgets.category(r.categoryId);
  }

  @FieldResolver(() => Supplier, { nullable: true, description: 'The supplier, once ordered.' })
  supplier(@Root() r: PurchaseRequest, @Ctx() ctx: FinanceContext) {
    return r.supplierId ? ctx.suppliers.byId(r.supplierId) : null;
  }

  @FieldResolver(() => School, { description: 'The school buying.' })
  school(@Root() r: PurchaseRequest) {
    return schoolRef(r.schoolId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The staff member who filed it.' })
  requester(@Root() r: PurchaseRequest) {
    return staffRef(r.requesterStaffId);
  }

  @Mutation(() => PurchaseRequestPayload, { description: 'File a purchase request (物品申报); any staff member of the school.' })
  async submitPurchaseRequest(@Arg('input') input: SubmitPurchaseRequestInput, @Ctx() ctx: FinanceContext) {
    const { record, warnings } = await ctx.purchases.submit(input);
    return { request: record, warnings };
  }

  @Mutation(() => PurchaseRequest, { description: 'Approve at the awaited level; never your own request. The last approval commits the budget.' })
  approvePurchaseRequest(@Arg('input') input: ApproveInput, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.approve(input);
  }

  @Mutation(() => PurchaseRequest, { description: 'Reject at the awaited level, with a reason.' })
  rejectPurchaseRequest(@Arg('input') input: RejectInput, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.reject(input);
  }

  @Mutation(() => PurchaseRequest, { description: 'Order an approved request from a supplier at actual prices (accountant or director).' })
  orderPurchase(@Arg('input') input: OrderPurchaseInput, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.order(input);
  }

  @Mutation(() => PurchaseRequest, { description: 'Record goods received, all or part (storekeeper or director).' })
  receivePurchase(@Arg('input') input: ReceivePurchaseInput, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.receive(input);
  }

  @Mutation(() => PurchaseRequest, { description: 'Pay the supplier once all goods are received (accountant): posts to the ledger, moves the budget from committed to spent.' })
  payPurchase(@Arg('input') input: PayInput, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.pay(input);
  }
}

@Resolver(() => PurchaseRequestLine)
export class PurchaseRequestLineResolver {
  @FieldResolver(() => Money, { description: 'Estimated price of one unit.' })
  estimatedUnitPrice(@Root() l: PurchaseRequestLine) {
    return Money.of(l.estimatedUnitPriceFen);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Actual price of one unit, once ordered.' })
  actualUnitPrice(@Root() l: PurchaseRequestLine) {
    return l.actualUnitPriceFen === null ? null : Money.of(l.actualUnitPriceFen);
  }
}

@Resolver(() => ExpenseClaim)
export class ExpenseClaimResolver {
  @Query(() => ExpenseClaimConnection, { description: 'Expense claims: all of a school for its finance staff and the district, your own otherwise.' })
  expenseClaims(@Args() page: PageArgs, @Arg('filter', () => ExpenseClaimFilter, { nullable: true }) filter: ExpenseClaimFilter | null, @Ctx() ctx: FinanceContext) {
    return ctx.claims.list(filter ?? {}, page);
  }

  @Query(() => ExpenseClaim, { description: 'One expense claim; NOT_FOUND when you may not see it.' })
  expenseClaim(@Arg('id', () => ID, { description: 'The claim.' }) id: string, @Ctx() ctx: FinanceContext) {
    return ctx.claims.get(id);
  }

  @FieldResolver(() => Money, { description: 'Total of the invoices.' })
  total(@Root() c: ExpenseClaim) {
    return Money.of(c.totalFen);
  }

  @FieldResolver(() => [ExpenseClaimLine], { description: 'The invoices.' })
  lines(@Root() c: ExpenseClaim, @Ctx() ctx: FinanceContext) {
    return ctx.claims.linesOf(c.id);
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

  @Mutation(() => ExpenseClaimPayload, { description: 'File an expense claim (报账); an invoice number can be claimed once in the district.' })
  async submitExpenseClaim(@Arg('input') input: SubmitExpenseClaimInput, @Ctx() ctx: FinanceContext) {
    const { record, warnings } = await ctx.claims.submit(input);
    return { claim: record, warnings };
  }

  @Mutation(() => ExpenseClaim, { description: 'The accountant\'s review (审核); never your own claim.' })
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
  @FieldResolver(() => Money, { description: 'Amount of the invoice.' })
  amount(@Root() l: ExpenseClaimLine) {
    return Money.of(l.amountFen);
  }

  @FieldResolver(() => BudgetCategory, { description: 'Budget category.' })
  category(@Root() l: ExpenseClaimLine, @Ctx() ctx: FinanceContext) {
    return ctx.budgets.category(l.categoryId);
  }
}
