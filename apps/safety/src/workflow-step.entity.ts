import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { WorkflowStepRecord } from '@houqin/workflow';

/** One recorded step of a safety workflow: who did what, when, with what comment. Append-only. */
@ObjectType('SafetyStep', {
  description: 'A recorded step of a safety workflow (流程记录): who did what, when and why. Never changed.',
})
@Entity('workflow_step')
@Index(['subjectType', 'subjectId', 'occurredAt'])
export class SafetyStep extends WorkflowStepRecord {
  @Field(() => ID)
  override id: string;

  @Field({ description: 'What was done.' })
  override action: string;

  @Field(() => ID, { description: 'The account that acted.' })
  override actorAccountId: string;

  @Field(() => String, { nullable: true, description: 'Comment or reason.' })
  override comment: string | null;

  @Field({ description: 'When.' })
  override occurredAt: Date;
}
