import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { ACTION_TEXT_MAX, ActionItemKind } from './action-item.entity';

@InputType({ description: 'An action item: what, its owner (a staff member of the school) and its deadline.' })
export class ActionItemInput {
  @TextField('What is to be done.', { max: ACTION_TEXT_MAX })
  description: string;

  @IdField('The staff member of the school who owns it.')
  ownerStaffId: string;

  @DateField('The day it is due by (not before the meeting or incident).')
  deadline: string;

  @EnumField(ActionItemKind, 'For an incident: CORRECTIVE or PREVENTIVE; a meeting’s are DECISION.', { nullable: true })
  kind?: ActionItemKind | null;
}

@InputType({ description: 'Mark an action item done (the version you read), with how.' })
export class CompleteActionItemInput {
  @IdField('The action item.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @OptionalTextField('How it was done.', ACTION_TEXT_MAX)
  note?: string | null;
}
