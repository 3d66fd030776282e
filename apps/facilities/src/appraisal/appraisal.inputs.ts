import { Field, InputType, Int } from 'type-graphql';
import { EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { APPRAISAL_TEXT_MAX, AppraisalGrade, StaffAppraisalStatus } from './appraisal.entity';

@InputType({
  description:
    'Propose a staff member’s term grade (拟定考核等次): the general-affairs director, with a comment. The figures as they are now are stored with it; a current proposal for the same person and term is superseded.',
})
export class ProposeStaffAppraisalInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('The staff member appraised, of the school (not yourself).')
  staffId: string;

  @IdField('The term (学期) of the school.')
  termId: string;

  @EnumField(AppraisalGrade, 'EXCELLENT (优秀), PASS (合格), BASIC_PASS (基本合格) or FAIL (不合格).')
  grade: AppraisalGrade;

  @TextField('Your comment (评语): why this grade.', { max: APPRAISAL_TEXT_MAX })
  comment: string;
}

@InputType({ description: 'Confirm a proposed term grade (确认考核): the principal, never the proposer.' })
export class ConfirmStaffAppraisalInput {
  @IdField('The appraisal.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @OptionalTextField('A comment, for the record.', APPRAISAL_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'Narrow the appraisals.' })
export class StaffAppraisalFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only this staff member’s.', { nullable: true })
  staffId?: string | null;

  @IdField('Only this term’s.', { nullable: true })
  termId?: string | null;

  @EnumField(StaffAppraisalStatus, 'Only this status (e.g. PROPOSED: waiting for the principal).', { nullable: true })
  status?: StaffAppraisalStatus | null;
}
