import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { Room } from '../place/place.entity';
import { ConsumableItem } from '../storeroom/storeroom.entity';
import { ReorderRequest, ReorderRequestLine, ReorderStatus } from './reorder.entity';
import { CancelReorderRequestInput, RequestReorderPurchaseInput } from './reorder.inputs';
import { ReorderRequestConnection, ReorderSuggestion, ReorderSuggestionConnection } from './reorder.types';

@Resolver(() => ReorderSuggestion)
export class ReorderSuggestionResolver {
  @Query(() => ReorderSuggestionConnection, {
    description:
      'The reorder list (补货清单): items of the school at or below their reorder point, per storeroom, with a suggested quantity that brings the ' +
      'stock up to reorder point + reorder quantity. The storeroom’s readers (readFacilities).',
  })
  reorderSuggestions(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('storeroomRoomId', () => ID, { nullable: true, description: 'Only this storeroom (and items never stocked anywhere).' })
    storeroomRoomId: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.reorders.suggestions(schoolId, storeroomRoomId ?? null, page);
  }

  @FieldResolver(() => ConsumableItem, { nullable: true, description: 'The item.' })
  item(@Root() s: ReorderSuggestion, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.items.byId(s.itemId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The storeroom; null for an item never stocked.' })
  storeroom(@Root() s: ReorderSuggestion, @Ctx() ctx: FacilitiesContext) {
    return s.storeroomRoomId ? ctx.places.rooms.byId(s.storeroomRoomId) : null;
  }
}

@Resolver(() => ReorderRequest)
export class ReorderRequestResolver {
  @Query(() => ReorderRequestConnection, { description: 'The school’s reorder requests (补货申请), newest first. readFacilities.' })
  reorderRequests(
    @Arg('schoolId', () => ID, { description: 'The school.' }) schoolId: string,
    @Arg('status', () => ReorderStatus, { nullable: true, description: 'Only those in this state.' }) status: ReorderStatus | null,
    @Args() page: PageArgs,
    @Ctx() ctx: FacilitiesContext,
  ) {
    return ctx.reorders.listRequests(schoolId, status ?? null, page);
  }

  @FieldResolver(() => [ReorderRequestLine], { description: 'Its items, in order.' })
  lines(@Root() r: ReorderRequest, @Ctx() ctx: FacilitiesContext) {
    return ctx.reorders.linesOf(r.id);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The storeroom the goods go into.' })
  storeroom(@Root() r: ReorderRequest, @Ctx() ctx: FacilitiesContext) {
    return ctx.places.rooms.byId(r.storeroomRoomId);
  }

  @Mutation(() => ReorderRequest, {
    description:
      'Send the reorder list to finance as a draft purchase request (补货申请; storekeeper or general-affairs director): publishes ' +
      'facilities.reorder.requested; finance drafts one purchase request for you to submit, and its receipt puts the goods into the storeroom. ' +
      'CONFLICT when an item is already on an open reorder of the storeroom, or nothing is due.',
  })
  requestReorderPurchase(@Arg('input') input: RequestReorderPurchaseInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.reorders.request(input);
  }

  @Mutation(() => ReorderRequest, {
    description: 'Cancel an open reorder request (e.g. finance rejected the purchase), with a reason: its items may be requested again.',
  })
  cancelReorderRequest(@Arg('input') input: CancelReorderRequestInput, @Ctx() ctx: FacilitiesContext) {
    return ctx.reorders.cancel(input);
  }
}

@Resolver(() => ReorderRequestLine)
export class ReorderRequestLineResolver {
  @FieldResolver(() => ConsumableItem, { nullable: true, description: 'The item.' })
  item(@Root() l: ReorderRequestLine, @Ctx() ctx: FacilitiesContext) {
    return ctx.storeroom.items.byId(l.itemId);
  }
}
