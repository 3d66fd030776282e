import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FinanceContext } from '../context';
import { Supplier } from './supplier.entity';
import { CreateSupplierInput, SupplierFilter, UpdateSupplierInput } from './supplier.inputs';
import { SupplierConnection } from './supplier.types';

@Resolver(() => Supplier)
export class SupplierResolver {
  @Query(() => SupplierConnection, { description: "The district's suppliers (供应商名录)." })
  suppliers(
    @Args() page: PageArgs,
    @Arg('filter', () => SupplierFilter, { nullable: true }) filter: SupplierFilter | null,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.suppliers.list(filter ?? {}, page);
  }

  @Query(() => Supplier, { description: 'One supplier of your district.' })
  supplier(@Arg('id', () => ID, { description: 'The supplier.' }) id: string, @Ctx() ctx: FinanceContext) {
    return ctx.suppliers.reader.get(id);
  }

  @Mutation(() => Supplier, {
    description: 'Register a supplier (district administrators, school accountants and directors); the credit code is checksum-validated.',
  })
  createSupplier(@Arg('input') input: CreateSupplierInput, @Ctx() ctx: FinanceContext) {
    return ctx.suppliers.create(input);
  }

  @Mutation(() => Supplier, { description: 'Update a supplier; suspending or reactivating is for district administrators.' })
  updateSupplier(@Arg('input') input: UpdateSupplierInput, @Ctx() ctx: FinanceContext) {
    return ctx.suppliers.update(input);
  }
}
