import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Money } from '@houqin/common';
import { Canteen } from '../canteen/canteen.entity';
import type { CanteenContext } from '../context';
import { StockLot, StockMovement } from './stock.entity';

/** What stock adds to a canteen: what its stock is worth. */
@Resolver(() => Canteen)
export class CanteenStockResolver {
  @FieldResolver(() => Money, { description: 'What its stock is worth now (库存金额): the remaining cost of its lots. Batched.' })
  stockValue(@Root() canteen: Canteen, @Ctx() ctx: CanteenContext) {
    return ctx.stock.stockValueOf(canteen.id).then(Money.of);
  }
}

/** A movement's lot (traceability: from what a meal used to the lot, its delivery and supplier). */
@Resolver(() => StockMovement)
export class StockMovementResolver {
  @FieldResolver(() => StockLot, { nullable: true, description: 'The lot that moved. Batched.' })
  lot(@Root() movement: StockMovement, @Ctx() ctx: CanteenContext) {
    return ctx.stock.lotById(movement.lotId);
  }
}
