import { IsInt } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdField } from '@houqin/subgraph-kit';

@InputType({ description: 'Post a held repair expense (暂挂的维修支出入账) once its REPAIRS budget line has room.' })
export class PostRepairExpenseInput {
  @IdField('The repair expense (RepairExpense.id).')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;
}
