import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { LIMITS } from '../limits';

@InputType({ description: 'Approve at the level awaited.' })
export class ApproveInput {
  @IdField('The request or claim.')
  id: string;

  @OptionalTextField('Comment for the record.', LIMITS.text)
  comment?: string;
}

@InputType({ description: 'Reject, with the reason the requester will see.' })
export class RejectInput {
  @IdField('The request or claim.')
  id: string;

  @TextField('Why it is rejected.', { max: LIMITS.text })
  reason: string;
}

@InputType({ description: 'Pay a received purchase or an approved claim.' })
export class PayInput {
  @IdField('The request or claim.')
  id: string;

  @DateField('Payment date YYYY-MM-DD (an open month); today when omitted.', { nullable: true })
  paidOn?: string;

  @OptionalTextField('Comment for the record.', LIMITS.text)
  comment?: string;
}

/** What both workflows' lists filter on; each adds its own status. */
// Decorated so subclasses inherit the fields; never used directly, so never emitted.
@InputType('WorkflowFilterBase')
export abstract class WorkflowFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string;

  @IdField('Only those filed by this staff member.', { nullable: true })
  requesterStaffId?: string;

  @Field({ nullable: true, description: 'Only those waiting for your approval.' })
  @IsOptional()
  awaitingMyApproval?: boolean;
}
