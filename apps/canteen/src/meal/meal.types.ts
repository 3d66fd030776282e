import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, MoneyFields } from '@houqin/common';
import { StockLot } from '../stock/stock.entity';
import { MealService } from './meal-service.entity';

@ObjectType({ description: 'A page of meal services.' })
export class MealServiceConnection extends Connection(MealService, 'MealService') {}

/** What a meal service drew from one lot (MealService.lotsUsed): the lot, and through it its delivery and supplier. */
@ObjectType({
  description:
    'What a meal service drew from one stock lot (追溯: 本餐所用批次): the quantity and cost issued, the lot, and through it the delivery item, ' +
    'the delivery (inspector, documents sighted) and the supplier.',
})
@MoneyFields({ costIssued: ['costFen', 'Cost of what was issued from the lot to the meal service.'] })
export class MealServiceLotUse {
  @Field(() => ID, { description: 'The meal service.' })
  mealServiceId: string;

  @Field(() => ID, { description: 'The lot.' })
  lotId: string;

  @Field(() => Int, { description: "Quantity issued to the meal service, in the ingredient's base unit (g, mL or pieces)." })
  quantityIssued: number;

  costFen: number;
}

/** A meal service one lot was issued to (LotTrace.mealServices). */
@ObjectType({ description: 'A meal service a lot was issued to (追溯: 批次去向), with the quantity and cost issued to it.' })
@MoneyFields({ costIssued: ['costFen', 'Cost of what was issued from the lot to the meal service.'] })
export class LotMealServiceUse {
  @Field(() => ID, { description: 'The lot.' })
  lotId: string;

  @Field(() => ID, { description: 'The meal service.' })
  mealServiceId: string;

  @Field(() => Int, { description: "Quantity issued to it, in the ingredient's base unit." })
  quantityIssued: number;

  costFen: number;
}

/** A lot traced both ways: where it came from and which meal services used it (traceLot). */
@ObjectType({
  description:
    'A stock lot traced both ways (食品追溯): back to its delivery item, delivery (inspector, documents sighted) and supplier, and forward ' +
    'to every meal service it was issued to.',
})
export class LotTrace {
  @Field(() => StockLot, { description: 'The lot (批次).' })
  lot: StockLot;
}

/** A supplier's batch traced to every lot and meal service (traceBatch): what a recall needs. */
@ObjectType({
  description:
    "A supplier's batch (生产批号) traced through every lot of it in your canteens to every meal service that used it: what a recall (召回) needs.",
})
export class BatchTrace {
  @Field(() => ID, { description: 'The supplier.' })
  supplierId: string;

  @Field({ description: 'The batch number.' })
  batchNumber: string;

  @Field(() => [LotTrace], { description: 'Every lot of the batch received by your canteens, oldest first.' })
  lots: LotTrace[];
}
