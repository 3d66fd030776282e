import { InputType, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { EnumField, IdField } from '@houqin/subgraph-kit';
import { RepairExpense, RepairExpenseStatus } from './repair-expense.entity';

@ObjectType({ description: 'A page of repair expenses.' })
export class RepairExpenseConnection extends Connection(RepairExpense, 'RepairExpense') {}

@InputType({ description: 'Filter of repair expenses.' })
export class RepairExpenseFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @EnumField(RepairExpenseStatus, 'Only POSTED or only HELD ones.', { nullable: true })
  status?: RepairExpenseStatus | null;
}
