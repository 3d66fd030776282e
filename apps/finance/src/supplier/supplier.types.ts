import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Supplier } from './supplier.entity';

@ObjectType({ description: 'A page of suppliers.' })
export class SupplierConnection extends Connection(Supplier, 'Supplier') {}

@ObjectType({ description: 'What importSuppliers registered (供应商批量导入).' })
export class ImportSuppliersPayload {
  @Field(() => Int, { description: 'Rows imported, or that would be with validateOnly.' })
  count: number;

  @Field(() => [Supplier], { description: 'The suppliers registered, in the order of the rows; empty with validateOnly.' })
  suppliers: Supplier[];
}
