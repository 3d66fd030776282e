import { ArrayMaxSize, IsBoolean, IsOptional } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { EnumField, IdField, OptionalTextField, TextField, YuanField } from '@houqin/subgraph-kit';
import { WORK_ORDER_TEXT_MAX, WORK_ORDER_TITLE_MAX, WorkOrderCategory, WorkOrderPriority, WorkOrderStatus } from './work-order.entity';
import { MAX_ASSIGNEES, MAX_PHOTO_REFS } from './work-order.rules';

@InputType({ description: 'Report a repair (报修): a problem in a room or on an asset of your school.' })
export class ReportWorkOrderInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('The room the problem is in; give this, assetId, or both.', { nullable: true })
  roomId?: string | null;

  @IdField('The broken fixed asset (its room is taken when roomId is left out).', { nullable: true })
  assetId?: string | null;

  @TextField('What is wrong, in a line, e.g. "三年级2班水龙头漏水".', { max: WORK_ORDER_TITLE_MAX })
  title: string;

  @TextField('The problem in your words.', { max: WORK_ORDER_TEXT_MAX })
  description: string;

  @EnumField(WorkOrderCategory, 'What kind of repair it is.')
  category: WorkOrderCategory;

  @Field({ defaultValue: false, description: 'True for a safety matter (安全隐患): due the same school day.' })
  @IsBoolean()
  safety: boolean;

  @Field({
    defaultValue: false,
    description: 'True when it cannot wait: due within 24 hours (ignored for a safety matter, which is sooner).',
  })
  @IsBoolean()
  urgent: boolean;

  @Field(() => [String], { defaultValue: [], description: `References to photos of it (uploaded elsewhere), at most ${MAX_PHOTO_REFS}.` })
  @ArrayMaxSize(MAX_PHOTO_REFS)
  photoRefs: string[];
}

@InputType({ description: 'Correct what was reported (分诊), before the review: fields left out stay as they are.' })
export class TriageWorkOrderInput {
  @IdField('The work order.')
  id: string;

  @Field(() => Int, { description: 'The version you read (CONFLICT when it changed meanwhile).' })
  version: number;

  @EnumField(WorkOrderCategory, 'Its category.', { nullable: true })
  category?: WorkOrderCategory | null;

  @EnumField(WorkOrderPriority, 'Its priority; its due time is counted again from the report.', { nullable: true })
  priority?: WorkOrderPriority | null;

  @IdField('Its room (a room of the school).', { nullable: true })
  roomId?: string | null;

  @IdField('Its asset (an asset of the school).', { nullable: true })
  assetId?: string | null;

  @OptionalTextField('Why, for the record.', WORK_ORDER_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'Estimate a repair (核算): labour and materials, in yuan with at most two decimals.' })
export class CostWorkOrderInput {
  @IdField('The work order.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @YuanField('Estimated labour (人工费).')
  labour: string;

  @YuanField('Estimated materials (材料费).')
  materials: string;

  @OptionalTextField('How it was estimated, for the reviewer.', WORK_ORDER_TEXT_MAX)
  comment?: string | null;
}

/** The review's decision (研究结论). */
export enum WorkOrderDecision {
  IN_HOUSE = 'IN_HOUSE',
  CONTRACTOR = 'CONTRACTOR',
  REJECT = 'REJECT',
}
registerEnumType(WorkOrderDecision, {
  name: 'WorkOrderDecision',
  description: 'What the review decides (研究结论).',
  valuesConfig: {
    IN_HOUSE: { description: 'Repair it with the school’s own staff (自修).' },
    CONTRACTOR: { description: 'Give it to a contractor (外包), one of finance’s suppliers.' },
    REJECT: { description: 'Do not repair it (不予维修), with the reason.' },
  },
});

@InputType({ description: 'Review a work order (研究): repair in house, give it to a contractor, or reject it with a reason.' })
export class ReviewWorkOrderInput {
  @IdField('The work order.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @EnumField(WorkOrderDecision, 'The decision.')
  decision: WorkOrderDecision;

  @IdField('The contractor (a supplier of finance’s register), for CONTRACTOR.', { nullable: true })
  contractorSupplierId?: string | null;

  @OptionalTextField('The reason: required to REJECT.', WORK_ORDER_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'Assign a work order (派工) to the people who repair it, or who supervise the contractor.' })
export class AssignWorkOrderInput {
  @IdField('The work order.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => [String], { description: `Staff members of the school, 1 to ${MAX_ASSIGNEES}.` })
  @ArrayMaxSize(MAX_ASSIGNEES)
  staffIds: string[];

  @OptionalTextField('Instructions, for the record.', WORK_ORDER_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'Start or finish the repair of a work order assigned to you.' })
export class WorkOrderStepInput {
  @IdField('The work order.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @OptionalTextField('What was done or found, for the record.', WORK_ORDER_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'The final account (决算): what the repair actually cost, in yuan with at most two decimals.' })
export class AccountWorkOrderInput {
  @IdField('The work order.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @YuanField('Actual labour (实际人工费).')
  labour: string;

  @YuanField('Actual materials (实际材料费).')
  materials: string;

  @YuanField('What the contractor is paid (外包费用); 0 for an in-house repair.')
  contractor: string;

  @OptionalTextField('Why it is beyond the district’s variance from the estimate (超支说明): required then.', WORK_ORDER_TEXT_MAX)
  varianceExplanation?: string | null;
}

@InputType({ description: 'Rate a repair you reported (评价), which closes it.' })
export class RateWorkOrderInput {
  @IdField('The work order.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  rating: number;

  @OptionalTextField('A comment.', WORK_ORDER_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'Narrow the work orders.' })
export class WorkOrderFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @EnumField(WorkOrderStatus, 'Only this status.', { nullable: true })
  status?: WorkOrderStatus | null;

  @EnumField(WorkOrderCategory, 'Only this category.', { nullable: true })
  category?: WorkOrderCategory | null;

  @EnumField(WorkOrderPriority, 'Only this priority.', { nullable: true })
  priority?: WorkOrderPriority | null;

  @IdField('Only work orders of this room.', { nullable: true })
  roomId?: string | null;

  @IdField('Only work orders assigned to this staff member (a maintenance worker’s queue).', { nullable: true })
  assigneeStaffId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only those still open after their due time (超期).' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}

@InputType({ description: 'Change the district’s repair settings; fields left out stay as they are.' })
export class UpdateWorkOrderSettingsInput {
  @Field(() => Int, { description: 'The version you read (0 while the defaults apply).' })
  version: number;

  @Field(() => Int, { nullable: true, description: 'A normal repair is due within this many school days (1–30).' })
  normalDueSchoolDays?: number | null;

  @YuanField('Estimates above this are reviewed by the principal.', { nullable: true })
  principalReviewAbove?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'A final account more than this percent above the estimate needs an explanation (0–100).',
  })
  variancePercent?: number | null;
}
