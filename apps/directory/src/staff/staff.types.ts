import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Staff } from './staff.entity';

@ObjectType({ description: 'A page of staff members.' })
export class StaffConnection extends Connection(Staff, 'Staff') {}

@ObjectType({ description: 'What a staff import (批量导入教职工) added.' })
export class ImportStaffPayload {
  @Field(() => Int, { description: 'Staff members added; with validateOnly, how many the file would add.' })
  count: number;

  @Field(() => [Staff], { description: 'The staff members added, in the order of the rows; empty with validateOnly.' })
  staff: Staff[];
}
