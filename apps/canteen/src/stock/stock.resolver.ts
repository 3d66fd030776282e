import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { MoneyFields, PageArgs } from '@houqin/common';
import { StorageLocation } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import { CanteenStep } from '../workflow-step.entity';
import { StockLot, StockMovement } from './stock.entity';
import { StockWriteOff, Stocktake, StocktakeCount } from './stock-review.entity';
import {
  IssueStockInput,
  OpenStocktakeInput,
  RecordStocktakeCountsInput,
  RequestStockWriteOffInput,
  StockDecisionInput,
  StockLotFilter,
  StocktakeFilter,
  StockWriteOffFilter,
  SubmitStocktakeInput,
} from './stock.inputs';
import { StockLotConnection, StocktakeConnection, StockWriteOffConnection } from './stock.types';

@ObjectType({ description: 'What an issue to a meal service (出库) did: one ISSUE movement per lot taken from, and their cost.' })
@MoneyFields({ cost: ['costFen', 'Cost of what was issued (出库金额).'] })
export class StockIssue {
  @Field(() => ID, { description: 'The meal service issued to.' })
  mealServiceId: string;

  @Field(() => [StockMovement], { description: 'The ISSUE movements, first-expiring lot first.' })
  movements: StockMovement[];

  costFen: number;
}

@Resolver(() => StockLot)
export class StockLotResolver {
  @Query(() => StockLotConnection, {
    description:
      'Stock lots (库存批次) of the canteens whose records you read, by id (creation order); filter for what expires soon (临期).',
  })
  stockLots(
    @Args() page: PageArgs,
    @Arg('filter', () => StockLotFilter, { nullable: true }) filter: StockLotFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.stock.listLots(filter ?? {}, page);
  }

  @Query(() => StockLot, { description: 'One stock lot with its movements; NOT_FOUND when you may not see it.' })
  stockLot(@Arg('id', () => ID, { description: 'The lot.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.stock.lots.get(id);
  }

  @FieldResolver(() => [StockMovement], { description: 'Its movements (库存流水), oldest first; they sum to its balance.' })
  movements(@Root() lot: StockLot, @Ctx() ctx: CanteenContext) {
    return ctx.stock.movementsOf(lot.id);
  }

  @FieldResolver(() => Boolean, { description: 'Expired today (已过期): it is never issued, only written off.' })
  expired(@Root() lot: StockLot, @Ctx() ctx: CanteenContext) {
    return ctx.stock.isExpired(lot);
  }

  @FieldResolver(() => StorageLocation, { nullable: true, description: 'The storage location (库位) it sits in.' })
  location(@Root() lot: StockLot, @Ctx() ctx: CanteenContext) {
    return ctx.stock.locationById(lot.locationId);
  }

  @Mutation(() => StockIssue, {
    description:
      'Issue stock to a meal service (出库): each line is taken from the canteen’s lots first-expiring-first-out, never from an ' +
      'expired lot, never beyond what is left; the meal service must be of the canteen and not locked. Storekeepers and canteen managers.',
  })
  async issueStock(@Arg('input') input: IssueStockInput, @Ctx() ctx: CanteenContext) {
    return Object.assign(new StockIssue(), await ctx.stock.issue(input));
  }
}

@Resolver(() => StockWriteOff)
export class StockWriteOffResolver {
  @Query(() => StockWriteOffConnection, { description: 'Write-offs (报损单) you may see, newest first.' })
  stockWriteOffs(
    @Args() page: PageArgs,
    @Arg('filter', () => StockWriteOffFilter, { nullable: true }) filter: StockWriteOffFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.stock.listWriteOffs(filter ?? {}, page);
  }

  @Query(() => StockWriteOff, { description: 'One write-off; NOT_FOUND when you may not see it.' })
  stockWriteOff(@Arg('id', () => ID, { description: 'The write-off.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.stock.writeOffs.get(id);
  }

  @FieldResolver(() => StockLot, { nullable: true, description: 'The lot written off from.' })
  lot(@Root() w: StockWriteOff, @Ctx() ctx: CanteenContext) {
    return ctx.stock.lotById(w.lotId);
  }

  @FieldResolver(() => [CanteenStep], { description: 'Its steps, oldest first (who asked, who decided, why).' })
  steps(@Root() w: StockWriteOff, @Ctx() ctx: CanteenContext) {
    return ctx.stock.writeOffStepsOf(w.id);
  }

  @Mutation(() => StockWriteOff, {
    description:
      'Ask to write off (报损) a quantity of a lot, with the reason; the general-affairs director decides. Storekeepers and canteen managers.',
  })
  requestStockWriteOff(@Arg('input') input: RequestStockWriteOffInput, @Ctx() ctx: CanteenContext) {
    return ctx.stock.requestWriteOff(input);
  }

  @Mutation(() => StockWriteOff, {
    description:
      'Approve a write-off: the lot loses the quantity (a WRITE_OFF movement). The general-affairs director, never on their own request.',
  })
  approveStockWriteOff(@Arg('input') input: StockDecisionInput, @Ctx() ctx: CanteenContext) {
    return ctx.stock.approveWriteOff(input);
  }

  @Mutation(() => StockWriteOff, {
    description: 'Reject a write-off, saying why (comment); the lot is unchanged. The general-affairs director.',
  })
  rejectStockWriteOff(@Arg('input') input: StockDecisionInput, @Ctx() ctx: CanteenContext) {
    return ctx.stock.rejectWriteOff(input);
  }
}

@Resolver(() => Stocktake)
export class StocktakeResolver {
  @Query(() => StocktakeConnection, { description: 'Stocktakes (盘点单) you may see, newest first.' })
  stocktakes(
    @Args() page: PageArgs,
    @Arg('filter', () => StocktakeFilter, { nullable: true }) filter: StocktakeFilter | null,
    @Ctx() ctx: CanteenContext,
  ) {
    return ctx.stock.listStocktakes(filter ?? {}, page);
  }

  @Query(() => Stocktake, { description: 'One stocktake with its counts; NOT_FOUND when you may not see it.' })
  stocktake(@Arg('id', () => ID, { description: 'The stocktake.' }) id: string, @Ctx() ctx: CanteenContext) {
    return ctx.stock.stocktakes.get(id);
  }

  @FieldResolver(() => [StocktakeCount], { description: 'The lots counted, in the order recorded.' })
  counts(@Root() s: Stocktake, @Ctx() ctx: CanteenContext) {
    return ctx.stock.countsOf(s.id);
  }

  @FieldResolver(() => [CanteenStep], { description: 'Its steps, oldest first (opened, counted, submitted, decided).' })
  steps(@Root() s: Stocktake, @Ctx() ctx: CanteenContext) {
    return ctx.stock.stocktakeStepsOf(s.id);
  }

  @Mutation(() => Stocktake, { description: 'Open a stocktake (盘点) of a canteen; one at a time. Storekeepers and canteen managers.' })
  openStocktake(@Arg('input') input: OpenStocktakeInput, @Ctx() ctx: CanteenContext) {
    return ctx.stock.openStocktake(input);
  }

  @Mutation(() => Stocktake, {
    description:
      'Record counts of lots of an open stocktake, each against the books at that moment; counting a lot again replaces its count.',
  })
  recordStocktakeCounts(@Arg('input') input: RecordStocktakeCountsInput, @Ctx() ctx: CanteenContext) {
    return ctx.stock.recordCounts(input);
  }

  @Mutation(() => Stocktake, { description: "Submit a counted stocktake for the director's approval." })
  submitStocktake(@Arg('input') input: SubmitStocktakeInput, @Ctx() ctx: CanteenContext) {
    return ctx.stock.submitStocktake(input);
  }

  @Mutation(() => Stocktake, {
    description:
      'Approve a stocktake: each difference becomes a STOCKTAKE_GAIN (盘盈) or STOCKTAKE_LOSS (盘亏) movement; nothing is edited. ' +
      'The general-affairs director, never on a stocktake they submitted.',
  })
  approveStocktake(@Arg('input') input: StockDecisionInput, @Ctx() ctx: CanteenContext) {
    return ctx.stock.approveStocktake(input);
  }

  @Mutation(() => Stocktake, { description: 'Reject a stocktake, saying why (comment): no movement; count again in a new one.' })
  rejectStocktake(@Arg('input') input: StockDecisionInput, @Ctx() ctx: CanteenContext) {
    return ctx.stock.rejectStocktake(input);
  }
}
