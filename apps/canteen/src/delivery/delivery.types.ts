import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Delivery } from './delivery.entity';

@ObjectType({ description: 'A page of deliveries, newest first.' })
export class DeliveryConnection extends Connection(Delivery, 'Delivery') {}

@ObjectType({ description: "How much of a supplier's food the canteens you see rejected at the door (拒收率)." })
export class CanteenRejectionRate {
  @Field(() => Int, { description: 'Items inspected (查验品次) from the supplier.' })
  itemsInspected: number;

  @Field(() => Int, { description: 'Of those, items rejected at the door or in a delivery refused as a whole.' })
  itemsRejected: number;

  @Field(() => String, {
    nullable: true,
    description: 'Rejected items as a percentage with one decimal, e.g. "12.5"; null when nothing was inspected.',
  })
  percent: string | null;
}
