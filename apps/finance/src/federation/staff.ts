import { Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { ExpenseClaimConnection } from '../claim/claim.types';
import type { FinanceContext } from '../context';
import { PurchaseRequestConnection } from '../purchase/purchase.types';

@ObjectType({ description: 'A staff member (owned by the directory); finance adds their requests and claims.' })
@Directive('@key(fields: "id")')
export class Staff {
  @Field(() => ID)
  id: string;
}

/** A reference to a directory staff member, or null for none. */
export const staffRef = (id: string | null) => (id ? Object.assign(new Staff(), { id }) : null);

/** The fields finance adds to the directory's Staff: what they filed, as far as the viewer may see it. */
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
