import { IsBoolean, IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import {
  DUTY_REQUIREMENT_MAX,
  DUTY_RULE_MAX,
  DUTY_TEXT_MAX,
  DUTY_TITLE_MAX,
  DutyCheckResult,
  DutyOccurrenceStatus,
  DutyTaskKind,
  DutyTaskStatus,
} from './duty.entity';

@InputType({
  description:
    'Set a duty task (布置工作): routine (常规) with a recurrence rule, or urgent (突击) with a deadline; a responsible person and a different checker of the school.',
})
export class CreateDutyTaskInput {
  @IdField('The school.')
  schoolId: string;

  @EnumField(DutyTaskKind, 'Routine (with rule) or urgent (with deadline).')
  kind: DutyTaskKind;

  @TextField('What is to be done, in a line (e.g. "检查各教室水龙头").', { max: DUTY_TITLE_MAX })
  title: string;

  @TextField('The requirement (工作要求): what counts as done.', { max: DUTY_REQUIREMENT_MAX })
  requirement: string;

  @IdField('The staff member responsible (责任人), of the school.')
  responsibleStaffId: string;

  @IdField('The staff member who checks it (检查人), of the school and not the responsible person.')
  checkerStaffId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'ROUTINE: its recurrence, an RFC 5545 rule with FREQ (DAILY, WEEKLY, MONTHLY, YEARLY) and optionally INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, e.g. "FREQ=WEEKLY;BYDAY=FR".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(DUTY_RULE_MAX)
  rule?: string | null;

  @DateField('ROUTINE: the first day it applies (YYYY-MM-DD); today at the school when left out.', { nullable: true })
  startsOn?: string | null;

  @DateField('ROUTINE: the last day it applies (YYYY-MM-DD), not before startsOn; open-ended when left out.', { nullable: true })
  endsOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ROUTINE: each occurrence is due at this time of its day (HH:MM); by the end of the day when left out.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5)
  dueTime?: string | null;

  @Field(() => Date, { nullable: true, description: 'URGENT: the deadline, an instant after now.' })
  @IsOptional()
  @IsDate({ message: 'deadline must be an instant' })
  deadline?: Date | null;
}

@InputType({
  description: 'Change a duty task in force, at the version read; fields left out stay as they are. The occurrences still to come follow.',
})
export class UpdateDutyTaskInput {
  @IdField('The duty task.')
  id: string;

  @Field(() => Int, { description: 'The version you read (CONFLICT when it changed meanwhile).' })
  version: number;

  @TextField('Its title.', { max: DUTY_TITLE_MAX, nullable: true })
  title?: string | null;

  @TextField('Its requirement (工作要求).', { max: DUTY_REQUIREMENT_MAX, nullable: true })
  requirement?: string | null;

  @IdField('The new responsible person (责任人), of the school.', { nullable: true })
  responsibleStaffId?: string | null;

  @IdField('The new checker (检查人), of the school and not the responsible person.', { nullable: true })
  checkerStaffId?: string | null;

  @Field(() => String, { nullable: true, description: 'ROUTINE: the time of day occurrences are due (HH:MM).' })
  @IsOptional()
  @IsString()
  @MaxLength(5)
  dueTime?: string | null;

  @Field({ defaultValue: false, description: 'ROUTINE: true to make occurrences due by the end of their day again (clears dueTime).' })
  clearDueTime: boolean;

  @DateField(
    'ROUTINE: a new last day (YYYY-MM-DD), not before its first day; its occurrences still to come after it are taken off the sheet.',
    { nullable: true },
  )
  endsOn?: string | null;

  @Field(() => Date, { nullable: true, description: 'URGENT: a new deadline, after now.' })
  @IsOptional()
  @IsDate({ message: 'deadline must be an instant' })
  deadline?: Date | null;

  @OptionalTextField('Why, for the record.', DUTY_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'End a duty task: it is no longer planned, and its occurrences still to come are taken off the sheet.' })
export class EndDutyTaskInput {
  @IdField('The duty task.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @TextField('Why it ends, for the record.', { max: DUTY_TEXT_MAX })
  reason: string;
}

@InputType({
  description:
    'Plan the routine tasks of a school (排表) for a term or a date range: one occurrence per task and school day its rule names. Run again at will: nothing is planned twice.',
})
export class PlanDutyTasksInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('A term of the school (学期): plan its days. Give this, or from and to.', { nullable: true })
  termId?: string | null;

  @DateField('The first day (YYYY-MM-DD), with to.', { nullable: true })
  from?: string | null;

  @DateField('The last day (YYYY-MM-DD), at most 200 days after from.', { nullable: true })
  to?: string | null;
}

@InputType({ description: 'Mark an occurrence of a task you are responsible for done (完成), with a note.' })
export class MarkDutyOccurrenceDoneInput {
  @IdField('The occurrence.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @OptionalTextField('What was done (完成情况).', DUTY_TEXT_MAX)
  note?: string | null;
}

@InputType({
  description: 'Record what you found as the checker (检查) of an occurrence: once, after it is marked done or its deadline has passed.',
})
export class CheckDutyOccurrenceInput {
  @IdField('The occurrence.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @EnumField(DutyCheckResult, 'DONE_WELL (好), DONE (合格) or NOT_DONE (未完成).')
  result: DutyCheckResult;

  @OptionalTextField('Your comment (检查意见): required for NOT_DONE.', DUTY_TEXT_MAX)
  comment?: string | null;
}

@InputType({ description: 'Narrow the duty tasks.' })
export class DutyTaskFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @EnumField(DutyTaskKind, 'Only routine or only urgent tasks.', { nullable: true })
  kind?: DutyTaskKind | null;

  @EnumField(DutyTaskStatus, 'Only tasks in force, or ended.', { nullable: true })
  status?: DutyTaskStatus | null;

  @IdField('Only tasks this staff member is responsible for.', { nullable: true })
  responsibleStaffId?: string | null;

  @IdField('Only tasks this staff member checks.', { nullable: true })
  checkerStaffId?: string | null;
}

@InputType({ description: 'Narrow the duty occurrences (the sheet, 工作叙事表).' })
export class DutyOccurrenceFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only this task’s occurrences.', { nullable: true })
  taskId?: string | null;

  @IdField('Only occurrences this staff member is responsible for.', { nullable: true })
  responsibleStaffId?: string | null;

  @IdField('Only occurrences this staff member checks.', { nullable: true })
  checkerStaffId?: string | null;

  @EnumField(DutyOccurrenceStatus, 'Only this status.', { nullable: true })
  status?: DutyOccurrenceStatus | null;

  @EnumField(DutyCheckResult, 'Only this check result.', { nullable: true })
  checkResult?: DutyCheckResult | null;

  @DateField('Only days from this one (YYYY-MM-DD).', { nullable: true })
  from?: string | null;

  @DateField('Only days up to this one (YYYY-MM-DD).', { nullable: true })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only those still to do after their deadline (逾期).' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}
