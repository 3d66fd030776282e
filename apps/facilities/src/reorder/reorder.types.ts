import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, MoneyFields } from '@houqin/common';
import { ReorderRequest } from './reorder.entity';

/**
 * One item at or below its reorder point in a storeroom (补货建议), with the quantity that brings it
 * up to reorder point + reorder quantity. `storeroomRoomId` is null for an item never stocked in any
 * storeroom of the school (requestReorderPurchase then needs the storeroom named).
 */
@ObjectType({ description: 'An item at or below its reorder point in a storeroom (补货建议), with a suggested quantity.' })
@MoneyFields({
  estimatedUnitPrice: ['estimatedUnitPriceFen', 'Estimated price of one unit: the last receipt cost (最近进价), else the standard cost.'],
  estimatedTotal: ['estimatedTotalFen', 'Suggested quantity × estimated unit price.'],
})
export class ReorderSuggestion {
  /** The stock row's id, or the item's for an item never stocked: the cursor's key. */
  id: string;

  @Field(() => ID, { description: 'The consumable item.' })
  itemId: string;

  @Field(() => ID, { nullable: true, description: 'The storeroom whose stock is low; null for an item never stocked in any storeroom.' })
  storeroomRoomId: string | null;

  @Field(() => Int, { description: 'Units in stock there now (结存).' })
  quantityInStock: number;

  @Field(() => Int, { description: 'The item’s reorder point (再订货点).' })
  reorderPoint: number;

  @Field(() => Int, { description: 'The item’s reorder quantity (订货批量).' })
  reorderQuantity: number;

  @Field(() => Int, { description: 'Units to order (建议订货量): reorder point + reorder quantity − stock.' })
  suggestedQuantity: number;

  estimatedUnitPriceFen: number;
  estimatedTotalFen: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The open reorder request that already asks for it there; null when none (then it may be requested).',
  })
  openReorderId: string | null;
}

@ObjectType({ description: 'A page of reorder suggestions, in key order.' })
export class ReorderSuggestionConnection extends Connection(ReorderSuggestion, 'ReorderSuggestion') {}
@ObjectType({ description: 'A page of reorder requests, newest first.' })
export class ReorderRequestConnection extends Connection(ReorderRequest, 'ReorderRequest') {}
