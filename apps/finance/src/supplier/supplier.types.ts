import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Supplier } from './supplier.entity';

@ObjectType({ description: 'A page of suppliers.' })
export class SupplierConnection extends Connection(Supplier, 'Supplier') {}
