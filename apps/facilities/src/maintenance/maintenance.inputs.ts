import { ArrayMaxSize, IsBoolean, IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { WorkOrderCategory } from '../repair/work-order.entity';
import { ChecklistItemKind, MaintenanceBasis, MaintenanceFrequency } from './maintenance.entity';
import { CHECKLIST_MAX } from './maintenance.rules';

@InputType({ description: 'One checklist item of a schedule.' })
export class ChecklistItemInput {
  @TextField('What to check.', { max: 200 })
  label: string;

  @EnumField(ChecklistItemKind, 'How it is answered.')
  kind: ChecklistItemKind;

  @OptionalTextField('The lowest acceptable number, for NUMBER (e.g. "0.10").', 20)
  min?: string | null;

  @OptionalTextField('The highest acceptable number, for NUMBER.', 20)
  max?: string | null;

  @OptionalTextField('The unit, e.g. "MPa".', 20)
  unit?: string | null;
}

@InputType({
  description:
    'A preventive maintenance schedule (预防性维护计划) for an asset, a room or a building of the school; from a statutory template (templateCode) or spelled out. ' +
    'Fields given override the template’s.',
})
export class CreateMaintenanceScheduleInput {
  @IdField('The school.')
  schoolId: string;

  @OptionalTextField(
    'A statutory template to start from (maintenanceTemplates: LIFT_15_DAYS, FIRE_SYSTEM_YEARLY, WATER_TANK_HALF_YEARLY).',
    40,
  )
  templateCode?: string | null;

  @OptionalTextField('What is done (the template’s title when omitted).', 200)
  title?: string | null;

  @EnumField(WorkOrderCategory, 'The category of its work orders (the template’s when omitted).', { nullable: true })
  category?: WorkOrderCategory | null;

  @IdField('The asset serviced; give this, roomId or buildingId.', { nullable: true })
  assetId?: string | null;

  @IdField('The room serviced.', { nullable: true })
  roomId?: string | null;

  @IdField('The building serviced.', { nullable: true })
  buildingId?: string | null;

  @EnumField(MaintenanceFrequency, 'The unit of its interval (the template’s when omitted).', { nullable: true })
  frequency?: MaintenanceFrequency | null;

  @Field(() => Int, { nullable: true, description: 'Every how many units (1–366; the template’s when omitted). A schedule needs one.' })
  interval?: number | null;

  @EnumField(MaintenanceBasis, 'What the interval counts from (the template’s when omitted).', { nullable: true })
  basis?: MaintenanceBasis | null;

  @DateField('Its first due day, YYYY-MM-DD.')
  startsOn: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days before a due day its work order opens (0–60; the template’s, else 3); by meter: the days its work order is given once opened.',
  })
  leadDays?: number | null;

  @OptionalTextField('By meter (basis METER): the unit its meter counts in, e.g. "h" for running hours (the template’s when omitted).', 20)
  meterUnit?: string | null;

  @OptionalTextField('By meter: serviced every this many units, e.g. "250" (the template’s when omitted).', 20)
  meterInterval?: string | null;

  @OptionalTextField('By meter: open the work order this many units before the due reading, e.g. "10" (the template’s, else 0).', 20)
  meterLead?: string | null;

  @OptionalTextField(
    'By meter: the meter’s reading now, e.g. "1002.5"; the first service falls due an interval after it. Required for METER.',
    20,
  )
  meterReading?: string | null;

  @Field(() => [ChecklistItemInput], {
    nullable: true,
    description: `Its checklist, 1–${CHECKLIST_MAX} items (the template’s when omitted).`,
  })
  @IsOptional()
  @ArrayMaxSize(CHECKLIST_MAX)
  checklist?: ChecklistItemInput[] | null;
}

@InputType({ description: 'Pause or resume a schedule, at the version read.' })
export class SetMaintenanceScheduleActiveInput {
  @IdField('The schedule.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field({ description: 'False to pause it (no work order opens), true to resume.' })
  @IsBoolean()
  active: boolean;
}

@InputType({ description: 'One answer of a checklist, in checklist order.' })
export class ChecklistAnswerInput {
  @Field(() => Boolean, { nullable: true, description: 'For PASS_FAIL: passed or not.' })
  @IsOptional()
  @IsBoolean()
  passed?: boolean | null;

  @OptionalTextField('For NUMBER and READING: the number, e.g. "0.35".', 20)
  value?: string | null;

  @OptionalTextField('For PHOTO: the photo reference.', 300)
  photoRef?: string | null;
}

@InputType({ description: 'Record a maintenance work order’s checklist (检查记录) before it is finished.' })
export class RecordMaintenanceChecklistInput {
  @IdField('The work order opened by the schedule.')
  workOrderId: string;

  @Field(() => [ChecklistAnswerInput], { description: 'One answer per checklist item, in order.' })
  @ArrayMaxSize(CHECKLIST_MAX)
  answers: ChecklistAnswerInput[];

  @OptionalTextField(
    'For a schedule by meter: the meter’s reading at this service (required there); the next falls due an interval after it.',
    20,
  )
  meterReading?: string | null;
}

@InputType({ description: 'A reading of the meter a schedule by meter keeps (e.g. the generator’s hour meter, 运行小时表).' })
export class RecordMaintenanceMeterReadingInput {
  @IdField('The schedule (basis METER).')
  scheduleId: string;

  @TextField('The reading, e.g. "1246.5": not below the last one.', { max: 20 })
  reading: string;
}

@InputType({ description: 'Narrow the maintenance schedules.' })
export class MaintenanceScheduleFilter {
  @IdField('Only this school.', { nullable: true })
  schoolId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or paused (false) schedules.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}
