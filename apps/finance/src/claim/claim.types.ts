import { Field, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { ExpenseClaim } from './claim.entity';

@ObjectType({ description: 'A page of expense claims.' })
export class ExpenseClaimConnection extends Connection(ExpenseClaim, 'ExpenseClaim') {}

@ObjectType({ description: 'A filed expense claim, with any budget warnings.' })
export class ExpenseClaimPayload {
  @Field(() => ExpenseClaim, { description: 'The claim as filed.' })
  claim: ExpenseClaim;

  @Field(() => [String], { description: 'Budget warnings under a WARN policy; empty when within budget.' })
  warnings: string[];
}
