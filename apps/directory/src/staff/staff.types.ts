import { ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Staff } from './staff.entity';

@ObjectType({ description: 'A page of staff members.' })
export class StaffConnection extends Connection(Staff, 'Staff') {}
