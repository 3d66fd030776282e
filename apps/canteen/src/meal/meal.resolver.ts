import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, PageArgs } from '@houqin/common';
import { Canteen } from '../canteen/canteen.entity';
import { Supplier, supplierRef } from '../federation/supplier';
import type { CanteenContext } from '../context';
import { Delivery, DeliveryItem } from '../delivery/delivery.entity';
import { Staff, staffRef } from '../federation/staff';
import { FoodSample } from '../sample/sample.entity';
import { MissingFoodSample } from '../sample/sample.types';
import { StockLot } from '../stock/stock.entity';
import { MealService, MealServiceDish, MealServiceDuty } from './meal-service.entity';
import {
  AssignMealServiceDutyInput,
  MealServiceFilter,
  PlanMealServiceInput,
  RecordMealCountsInput,
  TraceBatchArgs,
  UpdateMealServicePlanInput,
} from './meal.inputs';
import { mealsServed } from './meal.rules';
import { BatchTrace, LotMealServiceUse, LotTrace, MealServiceConnection, MealServiceLotUse } from './meal.types';

@Resolver(() => MealService)
export class MealServiceResolver {
  @Query(() => MealServiceConnection, { description: "Meal services (餐次生产记录) of your schools' canteens, newest first." })
  mealServices(
    @Args() page: PageArgs,
    @Arg('filter', () => MealServiceFilter, { nullable: true, description: 'Narrow the list.' }) filter: MealServiceFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.meals.list(filter ?? {}, page);
  }

  @Query(() => MealService, { description: 'One meal service of your schools.' })
  mealService(@Arg('id', () => ID, { description: 'The meal service.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.meals.get(id);
  }

  @Query(() => LotTrace, {
    description:
      'Trace a stock lot both ways (食品追溯): its delivery, inspector, documents and supplier, and every meal service it was issued to.',
  })
  traceLot(@Arg('lotId', () => ID, { description: 'The stock lot.' }) lotId: string, @Ctx() ctx: CanteenContext) {
    return ctx.meals.traceLot(lotId);
  }

  @Query(() => BatchTrace, {
    description:
      "Trace a supplier's batch (生产批号) to every lot of it in your canteens and every meal service that used them: what a recall (召回) needs.",
  })
  traceBatch(@Args() args: TraceBatchArgs, @Ctx() ctx: CanteenContext) {
    return ctx.meals.traceBatch(args.supplierId, args.batchNumber);
  }

  @Mutation(() => MealService, {
    description:
      'Plan a meal service (计划餐次; canteen managers): one per canteen, school day and meal, with dishes of the school and portions planned.',
  })
  planMealService(@Arg('input') input: PlanMealServiceInput, @Ctx() ctx: CanteenContext) {
    return ctx.meals.plan(input);
  }

  @Mutation(() => MealService, {
    description: "Change an open meal service's dishes or planned portions (the version you read); refused once its meal counts are in.",
  })
  updateMealServicePlan(@Arg('input') input: UpdateMealServicePlanInput, @Ctx() ctx: CanteenContext) {
    return ctx.meals.updatePlan(input);
  }

  @Mutation(() => MealService, {
    description:
      "Put people on a meal service's duty list (值班; canteen managers): only staff who passed the morning check (晨检) at the canteen that day.",
  })
  assignMealServiceDuty(@Arg('input') input: AssignMealServiceDutyInput, @Ctx() ctx: CanteenContext) {
    return ctx.meals.assignDuty(input);
  }

  @Mutation(() => MealService, {
    description:
      'Record the meals served (就餐人数; canteen managers). Locks the production record (生产记录锁定): afterwards nothing of it changes and no ' +
      'stock is issued to it. A dish without a food sample of the minimum weight then raises the missing-sample alert (留样缺失), once.',
  })
  recordMealCounts(@Arg('input') input: RecordMealCountsInput, @Ctx() ctx: CanteenContext) {
    return ctx.meals.recordCounts(input);
  }

  @FieldResolver(() => Canteen, { nullable: true, description: 'The canteen that cooks it.' })
  canteen(@Root() service: MealService, @Ctx() ctx: CanteenContext) {
    return ctx.canteens.reader.byId(service.canteenId);
  }

  @FieldResolver(() => [MealServiceDish], { description: 'The dishes cooked (本餐菜品), in serving order.' })
  dishes(@Root() service: MealService, @Ctx() ctx: CanteenContext) {
    return ctx.meals.dishesOf(service.id);
  }

  @FieldResolver(() => [MealServiceDuty], { description: "The duty list (值班人员): people who passed that day's morning check." })
  duties(@Root() service: MealService, @Ctx() ctx: CanteenContext) {
    return ctx.meals.dutiesOf(service.id);
  }

  @FieldResolver(() => [FoodSample], { description: 'The food samples kept (留样), oldest first.' })
  samples(@Root() service: MealService, @Ctx() ctx: CanteenContext) {
    return ctx.samples.ofMealService(service.id);
  }

  @FieldResolver(() => [MissingFoodSample], {
    description: "Dishes without a food sample of the district's minimum weight (留样缺失); empty when every dish is sampled.",
  })
  missingSamples(@Root() service: MealService, @Ctx() ctx: CanteenContext) {
    return ctx.samples.missingOf(service);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Meals served (就餐总份数): students + staff; null until the counts are recorded.',
  })
  mealsServed(@Root() service: MealService) {
    return mealsServed(service);
  }

  @FieldResolver(() => Money, { description: 'Cost of the stock issued to it (领用成本): the sum of its issues.' })
  async issuedCost(@Root() service: MealService, @Ctx() ctx: CanteenContext) {
    return Money.of(await ctx.meals.issuedCostFen(service.id));
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      'Cost per meal (每餐成本) = issued cost ÷ meals served, in whole fen rounded half up (四舍五入到分); null until meals were served.',
  })
  async costPerMeal(@Root() service: MealService, @Ctx() ctx: CanteenContext) {
    const fen = await ctx.meals.costPerMealFen(service);
    return fen === null ? null : Money.of(fen);
  }

  @FieldResolver(() => [MealServiceLotUse], {
    description: 'Every stock lot it drew on (本餐所用批次), with the delivery, inspector, documents and supplier of each (追溯).',
  })
  lotsUsed(@Root() service: MealService, @Ctx() ctx: CanteenContext) {
    return ctx.meals.lotsUsedBy(service.id);
  }
}

@Resolver(() => MealServiceDuty)
export class MealServiceDutyResolver {
  @FieldResolver(() => Staff, { description: 'The staff member on duty.' })
  staff(@Root() duty: MealServiceDuty) {
    return staffRef(duty.staffId);
  }
}

@Resolver(() => MealServiceLotUse)
export class MealServiceLotUseResolver {
  @FieldResolver(() => StockLot, { nullable: true, description: 'The lot (批次); null if outside your scope.' })
  lot(@Root() use: MealServiceLotUse, @Ctx() ctx: CanteenContext) {
    return ctx.meals.lotById(use.lotId);
  }

  @FieldResolver(() => DeliveryItem, {
    nullable: true,
    description: 'The delivery item the lot came from (进货查验记录); null for an opening balance.',
  })
  async deliveryItem(@Root() use: MealServiceLotUse, @Ctx() ctx: CanteenContext) {
    const lot = await ctx.meals.lotById(use.lotId);
    return lot ? ctx.meals.itemOfLot(lot) : null;
  }

  @FieldResolver(() => Delivery, {
    nullable: true,
    description: 'The delivery the lot came from: its inspectors, invoice and documents sighted (索证索票); null for an opening balance.',
  })
  async delivery(@Root() use: MealServiceLotUse, @Ctx() ctx: CanteenContext) {
    const lot = await ctx.meals.lotById(use.lotId);
    return lot ? ctx.meals.deliveryOfLot(lot) : null;
  }
}

@Resolver(() => LotTrace)
export class LotTraceResolver {
  @FieldResolver(() => DeliveryItem, {
    nullable: true,
    description: 'The delivery item it came from (进货查验记录); null for an opening balance.',
  })
  deliveryItem(@Root() trace: LotTrace, @Ctx() ctx: CanteenContext) {
    return ctx.meals.itemOfLot(trace.lot);
  }

  @FieldResolver(() => Delivery, {
    nullable: true,
    description: 'The delivery it came from: inspectors, invoice and documents sighted (索证索票); null for an opening balance.',
  })
  delivery(@Root() trace: LotTrace, @Ctx() ctx: CanteenContext) {
    return ctx.meals.deliveryOfLot(trace.lot);
  }

  @FieldResolver(() => [LotMealServiceUse], { description: 'Every meal service it was issued to (批次去向), with quantity and cost.' })
  mealServices(@Root() trace: LotTrace, @Ctx() ctx: CanteenContext) {
    return ctx.meals.usesOfLot(trace.lot.id);
  }
}

@Resolver(() => LotMealServiceUse)
export class LotMealServiceUseResolver {
  @FieldResolver(() => MealService, { nullable: true, description: 'The meal service; null if outside your scope.' })
  mealService(@Root() use: LotMealServiceUse, @Ctx() ctx: CanteenContext) {
    return ctx.meals.byId(use.mealServiceId);
  }
}

@Resolver(() => BatchTrace)
export class BatchTraceResolver {
  @FieldResolver(() => Supplier, { description: 'The supplier (finance’s register), for its name and contacts in a recall.' })
  supplier(@Root() trace: BatchTrace) {
    return supplierRef(trace.supplierId);
  }

  @FieldResolver(() => [MealService], { description: 'Every meal service that used the batch, by day and meal (召回范围).' })
  mealServices(@Root() trace: BatchTrace, @Ctx() ctx: CanteenContext) {
    return ctx.meals.mealServicesOfLots(trace.lots.map((l) => l.lot));
  }
}

export const mealResolvers = [
  MealServiceResolver,
  MealServiceDutyResolver,
  MealServiceLotUseResolver,
  LotTraceResolver,
  LotMealServiceUseResolver,
  BatchTraceResolver,
] as const;
