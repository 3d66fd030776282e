import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '@houqin/common';
import type { FinanceContext } from '../context';
import { Supplier } from './supplier.entity';
import { CreateSupplierInput, ImportSuppliersInput, SupplierFilter, UpdateSupplierInput } from './supplier.inputs';
import { ImportSuppliersPayload, SupplierConnection } from './supplier.types';

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

  @Mutation(() => ImportSuppliersPayload, {
    description:
      'Register suppliers from a spreadsheet (供应商批量导入; whoever may createSupplier): every row checked as createSupplier checks it, all bad rows answered at once in extensions.rowErrors, and nothing written unless every row is good.',
  })
  importSuppliers(@Arg('input') input: ImportSuppliersInput, @Ctx() ctx: FinanceContext) {
    return ctx.suppliers.import(input);
  }

  @Mutation(() => Supplier, { description: 'Update a supplier; suspending or reactivating is for district administrators.' })
  updateSupplier(@Arg('input') input: UpdateSupplierInput, @Ctx() ctx: FinanceContext) {
    return ctx.suppliers.update(input);
  }
}
