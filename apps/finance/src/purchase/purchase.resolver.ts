import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { WorkflowStep } from '../approval/approval.entity';
import { ApproveInput, PayInput, RejectInput } from '../approval/approval.inputs';
import { BudgetCategory } from '../budget/budget.entity';
import type { FinanceContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { Supplier } from '../supplier/supplier.entity';
import { PurchaseAction } from './purchase.actions';
import { PurchaseRequest, PurchaseRequestLine } from './purchase.entity';
import {
  OrderPurchaseInput,
  PurchaseRequestFilter,
  ReceivePurchaseInput,
  SubmitDraftPurchaseRequestInput,
  SubmitPurchaseRequestInput,
} from './purchase.inputs';
import { PurchaseRequestConnection, PurchaseRequestPayload } from './purchase.types';

@Resolver(() => PurchaseRequest)
export class PurchaseRequestResolver {
  @Query(() => PurchaseRequestConnection, {
    description: 'Purchase requests: all of a school for its finance staff and the district, your own otherwise.',
  })
  purchaseRequests(
    @Args() page: PageArgs,
    @Arg('filter', () => PurchaseRequestFilter, { nullable: true }) filter: PurchaseRequestFilter | null,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.purchases.list(filter ?? {}, page);
  }

  @Query(() => PurchaseRequest, { description: 'One purchase request; NOT_FOUND when you may not see it.' })
  purchaseRequest(@Arg('id', () => ID, { description: 'The request.' }) id: string, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.reader.get(id);
  }

  @FieldResolver(() => [PurchaseRequestLine], { description: 'The items.' })
  lines(@Root() r: PurchaseRequest, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.linesOf(r.id);
  }

  @FieldResolver(() => [PurchaseAction], {
    description:
      'The steps you could take on this request now (可办理操作), by the rules its mutations check: your role at its school, ' +
      'its status and the approval level it waits for, never a step on your own request. Costs no database read.',
  })
  viewerActions(@Root() r: PurchaseRequest, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.viewerActions(r);
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
    return r.supplierId ? ctx.suppliers.reader.byId(r.supplierId) : null;
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

  @Mutation(() => PurchaseRequestPayload, {
    description:
      'Submit a draft purchase request (草稿提交) another service created (a storeroom’s reorder list) into approval: only its requester; ' +
      'the category, fiscal year and reason may be changed now.',
  })
  async submitDraftPurchaseRequest(@Arg('input') input: SubmitDraftPurchaseRequestInput, @Ctx() ctx: FinanceContext) {
    const { record, warnings } = await ctx.purchases.submitDraft(input);
    return { request: record, warnings };
  }

  @Mutation(() => PurchaseRequest, {
    description: 'Approve at the awaited level; never your own request. The last approval commits the budget.',
  })
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

  @Mutation(() => PurchaseRequest, {
    description:
      'Pay the supplier once all goods are received (accountant): posts to the ledger, moves the budget from committed to spent.',
  })
  payPurchase(@Arg('input') input: PayInput, @Ctx() ctx: FinanceContext) {
    return ctx.purchases.pay(input);
  }
}
