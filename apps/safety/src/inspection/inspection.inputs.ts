import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import {
  ANSWER_NOTE_MAX,
  ANSWER_PHOTOS_MAX,
  InspectionCadence,
  InspectionResult,
  InspectionSection,
  InspectionRoundStatus,
  ITEMS_MAX,
  SECTIONS_MAX,
  TEMPLATE_NAME_MAX,
} from './inspection.entity';
import { DUE_DAYS_MAX } from './inspection.rules';

@InputType({
  description: 'Create an inspection template (检查模板): a district one (no schoolId; district administrators) or a school’s own.',
})
export class CreateInspectionTemplateInput {
  @IdField('The school for a school’s own template; left out for a district template.', { nullable: true })
  schoolId?: string | null;

  @TextField('Its name, e.g. "每月全校安全检查".', { max: TEMPLATE_NAME_MAX })
  name: string;

  @EnumField(InspectionCadence, 'How often it is meant to be used.')
  cadence: InspectionCadence;

  @Field(() => [InspectionSection], { description: `Its sections and items: 1–${SECTIONS_MAX} sections, 1–${ITEMS_MAX} items in all.` })
  @ArrayMaxSize(SECTIONS_MAX)
  sections: InspectionSection[];
}

@InputType({
  description:
    'Revise a template: new sections make a new version (rounds already opened keep theirs); `inPlace` corrects the current version instead, only while no round has been submitted with it.',
})
export class ReviseInspectionTemplateInput {
  @IdField('The template.')
  id: string;

  @Field(() => Int, { description: 'The version (row version) you read.' })
  version: number;

  @TextField('A new name.', { max: TEMPLATE_NAME_MAX, nullable: true })
  name?: string | null;

  @Field(() => [InspectionSection], { nullable: true, description: 'The new content; left out: the content stays.' })
  @IsOptional()
  @ArrayMaxSize(SECTIONS_MAX)
  sections?: InspectionSection[] | null;

  @Field({
    defaultValue: false,
    description: 'Correct the current version instead of adding one (refused once a round was submitted with it).',
  })
  inPlace: boolean;

  @Field(() => Boolean, { nullable: true, description: 'false withdraws it (no new rounds or schedules); true brings it back.' })
  active?: boolean | null;
}

@InputType({ description: 'Schedule inspection rounds (检查计划): a template at a school, a person, a rule (RFC 5545) and a due time.' })
export class CreateInspectionScheduleInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('A district template or one of the school’s.')
  templateId: string;

  @IdField('The staff member of the school each round is assigned to (检查人).')
  assigneeStaffId: string;

  @IdField('The responsibility zone its rounds cover; left out: the whole school.', { nullable: true })
  zoneId?: string | null;

  @EnumField(InspectionCadence, 'The unit of the rule: DAILY, WEEKLY, MONTHLY or YEARLY.')
  frequency: InspectionCadence;

  @Field(() => Int, { description: 'Every this many units, 1–366.' })
  interval: number;

  @DateField('The first day of the rule (a round opens that day when it is today or later).')
  startsOn: string;

  @Field(() => Int, { description: `Each round is due this many days after its day, 0–${DUE_DAYS_MAX}.` })
  dueDays: number;
}

@InputType({ description: 'Change an inspection schedule: only the fields given change.' })
export class UpdateInspectionScheduleInput {
  @IdField('The schedule.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @IdField('A new person each round is assigned to.', { nullable: true })
  assigneeStaffId?: string | null;

  @Field(() => Int, { nullable: true, description: `A new due time in days, 0–${DUE_DAYS_MAX}.` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(DUE_DAYS_MAX)
  dueDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false pauses it; true resumes it.' })
  active?: boolean | null;
}

@InputType({ description: 'Start an unscheduled inspection round (临时检查), assigned to someone.' })
export class StartInspectionRoundInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('A district template or one of the school’s (its current version is used).')
  templateId: string;

  @IdField('The staff member of the school who does it.')
  assigneeStaffId: string;

  @IdField('The responsibility zone it covers; left out: the whole school.', { nullable: true })
  zoneId?: string | null;

  @DateField('The day it is due by (today or later); left out: today.', { nullable: true })
  dueOn?: string | null;
}

@InputType({ description: 'One item’s answer (检查结果).' })
export class InspectionAnswerInput {
  @Field(() => Int, { description: 'The item, from 0 in the round’s version order (sections flattened).' })
  itemIndex: number;

  @EnumField(InspectionResult, 'Pass, fail or not applicable; for a NUMBER item left out (it follows from the number) or NOT_APPLICABLE.', {
    nullable: true,
  })
  result?: InspectionResult | null;

  @Field(() => String, { nullable: true, description: 'The number, for a NUMBER item (decimal text, e.g. "1.2").' })
  value?: string | null;

  @OptionalTextField('What you found (becomes the hazard’s description when it fails).', ANSWER_NOTE_MAX)
  note?: string | null;

  @Field(() => [String], { defaultValue: [], description: `Photo references (uploaded elsewhere), at most ${ANSWER_PHOTOS_MAX}.` })
  @ArrayMaxSize(ANSWER_PHOTOS_MAX)
  photoRefs: string[];

  @IdField('A facilities room of the school where it was found (the hazard is placed there).', { nullable: true })
  roomId?: string | null;
}

@InputType({ description: 'Answer items of an open round (a later answer to the same item replaces the earlier one).' })
export class AnswerInspectionItemsInput {
  @IdField('The round.')
  roundId: string;

  @Field(() => [InspectionAnswerInput], { description: `The answers, 1–${ITEMS_MAX}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(ITEMS_MAX)
  @ValidateNested({ each: true })
  answers: InspectionAnswerInput[];
}

@InputType({ description: 'Filter inspection rounds.' })
export class InspectionRoundFilter {
  @IdField('Only this school’s.', { nullable: true })
  schoolId?: string | null;

  @EnumField(InspectionRoundStatus, 'Only open or only submitted rounds.', { nullable: true })
  status?: InspectionRoundStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the rounds assigned to you.' })
  mine?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open rounds past their due day.' })
  overdue?: boolean | null;
}
