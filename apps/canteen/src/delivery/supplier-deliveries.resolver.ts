import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { CanteenContext } from '../context';
import { Supplier, supplierRef } from '../federation/supplier';
import { Delivery } from './delivery.entity';
import { CanteenRejectionRate, DeliveryConnection } from './delivery.types';

/** What receiving adds to finance's Supplier: its deliveries to the canteens you see, and how much of them was rejected. */
@Resolver(() => Supplier)
export class SupplierDeliveriesResolver {
  @FieldResolver(() => DeliveryConnection, {
    description:
      "The supplier's deliveries to the canteens you may see (进货查验记录), newest first. One statement for a page of suppliers.",
  })
  canteenDeliveries(@Root() supplier: Supplier, @Args() page: PageArgs, @Ctx() ctx: CanteenContext) {
    return ctx.deliveries.ofSupplier(supplier.id, page);
  }

  @FieldResolver(() => CanteenRejectionRate, {
    description:
      "How many of the supplier's items the canteens you may see inspected and rejected (拒收率), over all their deliveries. One statement for a page of suppliers.",
  })
  canteenRejectionRate(@Root() supplier: Supplier, @Ctx() ctx: CanteenContext) {
    return ctx.deliveries.rejectionRateOf(supplier.id);
  }
}

/** A delivery's supplier as a reference to finance's Supplier (registered with SupplierDeliveriesResolver). */
@Resolver(() => Delivery)
export class DeliverySupplierResolver {
  @FieldResolver(() => Supplier, { description: 'The supplier (供应商) it came from.' })
  supplier(@Root() delivery: Delivery) {
    return supplierRef(delivery.supplierId);
  }
}
