import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import { Canteen, StorageLocation } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import { School, schoolRef } from '../federation/school';
import { Staff, staffRef } from '../federation/staff';
import { Ingredient } from '../ingredient/ingredient.entity';
import { StockLot } from '../stock/stock.entity';
import { CanteenStep } from '../workflow-step.entity';
import { deliveryActions, DeliveryViewerAction } from './delivery.actions';
import { Delivery, DeliveryItem } from './delivery.entity';
import { DeliveryFilter, RecordDeliveryInput, SecondInspectDeliveryInput } from './delivery.inputs';
import { DeliveryConnection } from './delivery.types';

@Resolver(() => Delivery)
export class DeliveryResolver {
  @Query(() => DeliveryConnection, {
    description:
      "Deliveries and their receiving inspection (进货查验记录), newest first: your schools' for the kitchen and school leaders, the district's for district readers.",
  })
  deliveries(
    @Args() page: PageArgs,
    @Arg('filter', () => DeliveryFilter, { nullable: true, description: 'Narrow the list.' }) filter: DeliveryFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.deliveries.list(filter ?? {}, page);
  }

  @Query(() => Delivery, { description: 'One delivery; NOT_FOUND when you may not see it.' })
  delivery(@Arg('id', () => ID, { description: 'The delivery.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.deliveries.reader.get(id);
  }

  @Mutation(() => Delivery, {
    description:
      'Record a delivery and its receiving inspection (进货查验, 索证索票): storekeepers and canteen managers. A suspended supplier, or one whose food licence has expired on the day, is refused. Each item is accepted or rejected with its reasons (temperature, expiry, sensory check); the delivery is accepted into stock at once, waits for a second inspector when an accepted item is a bulk staple (大宗食品), or is refused when every item was rejected. Never edited or deleted afterwards.',
  })
  recordDelivery(@Arg('input') input: RecordDeliveryInput, @Ctx() ctx: CanteenContext) {
    return ctx.deliveries.record(input);
  }

  @Mutation(() => Delivery, {
    description:
      'Second inspection of a delivery with bulk staples (大宗食品复核) by a different person than the first inspector (another kitchen role or a school leader): confirm it (accepted into stock; finance posts its cost) or refuse it with a reason.',
  })
  secondInspectDelivery(@Arg('input') input: SecondInspectDeliveryInput, @Ctx() ctx: CanteenContext) {
    return ctx.deliveries.secondInspect(input);
  }

  @FieldResolver(() => [DeliveryItem], { description: 'Its items in line order, each with what was found at the door. Batched.' })
  items(@Root() delivery: Delivery, @Ctx() ctx: CanteenContext) {
    return ctx.deliveries.itemsOf(delivery.id);
  }

  @FieldResolver(() => Canteen, { nullable: true, description: 'The canteen that received it.' })
  canteen(@Root() delivery: Delivery, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.reader.byId(delivery.canteenId);
  }

  @FieldResolver(() => [DeliveryViewerAction], {
    description:
      'The steps you could take on this delivery now (可办理操作), by the rules secondInspectDelivery checks: your role at its school, its status, and never the first inspector. Costs no database read.',
  })
  viewerActions(@Root() delivery: Delivery, @Ctx() ctx: CanteenContext) {
    return deliveryActions(ctx.viewer, delivery);
  }

  @FieldResolver(() => School, { description: 'The school whose canteen received it.' })
  school(@Root() delivery: Delivery) {
    return schoolRef(delivery.schoolId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The inspector (查验人), when their account has a staff record.' })
  inspector(@Root() delivery: Delivery) {
    return staffRef(delivery.inspectorStaffId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The second inspector (复核人), when there is one with a staff record.' })
  secondInspector(@Root() delivery: Delivery) {
    return staffRef(delivery.secondInspectorStaffId);
  }

  @FieldResolver(() => [CanteenStep], { description: 'Every step of its inspection, oldest first (who, when, what, why). Batched.' })
  steps(@Root() delivery: Delivery, @Ctx() ctx: CanteenContext) {
    return ctx.deliveries.stepsOf(delivery.id);
  }
}

@Resolver(() => DeliveryItem)
export class DeliveryItemResolver {
  @FieldResolver(() => Ingredient, { nullable: true, description: 'The ingredient (食材) of the catalogue. Batched.' })
  ingredient(@Root() item: DeliveryItem, @Ctx() ctx: CanteenContext) {
    return ctx.ingredients.reader.byId(item.ingredientId);
  }

  @FieldResolver(() => StorageLocation, {
    nullable: true,
    description: 'The storage location (库位) it went to; null for a rejected item.',
  })
  location(@Root() item: DeliveryItem, @Ctx() ctx: CanteenContext) {
    return item.locationId ? ctx.canteens.locationReader.byId(item.locationId) : null;
  }

  @FieldResolver(() => StockLot, {
    nullable: true,
    description: 'The stock lot (库存批次) it became once its delivery was accepted; null before, and for a rejected item. Batched.',
  })
  lot(@Root() item: DeliveryItem, @Ctx() ctx: CanteenContext) {
    return ctx.deliveries.lotOf(item);
  }
}
