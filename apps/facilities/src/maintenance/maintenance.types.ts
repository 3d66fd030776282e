import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { MaintenanceBasis, MaintenanceOccurrence, MaintenanceSchedule } from './maintenance.entity';

@ObjectType({ description: 'A page of maintenance schedules.' })
export class MaintenanceScheduleConnection extends Connection(MaintenanceSchedule, 'MaintenanceSchedule') {}

@ObjectType({ description: 'A page of maintenance due days (the PM calendar).' })
export class MaintenanceOccurrenceConnection extends Connection(MaintenanceOccurrence, 'MaintenanceOccurrence') {}

@ObjectType({ description: 'A school’s preventive maintenance over a period (维保完成率): due days done on time, late, still open.' })
export class MaintenanceCompliance {
  @Field({ description: 'The school.' })
  schoolId: string;

  @Field({ description: 'The first day, YYYY-MM-DD.' })
  from: string;

  @Field({ description: 'The last day, YYYY-MM-DD.' })
  to: string;

  @Field(() => Int, { description: 'Due days in the period whose work order was opened.' })
  due: number;

  @Field(() => Int, { description: 'Done by their due day.' })
  onTime: number;

  @Field(() => Int, { description: 'Done after their due day.' })
  late: number;

  @Field(() => Int, { description: 'Not done yet.' })
  open: number;

  @Field(() => Int, { nullable: true, description: 'onTime ÷ due in whole percent, rounded down; null when nothing was due.' })
  compliancePercent: number | null;

  today: string;
}

@ObjectType({ description: 'A statutory maintenance template (法定维保模板) a schedule can start from.' })
export class MaintenanceTemplateInfo {
  @Field({ description: 'Its code, for createMaintenanceSchedule.templateCode.' })
  code: string;

  @Field({ description: 'What is done.' })
  title: string;

  @Field(() => MaintenanceBasis, { description: 'What its interval counts from.' })
  basis: MaintenanceBasis;

  @Field(() => String, {
    nullable: true,
    description: 'Its rule as RFC 5545 text, e.g. "FREQ=DAILY;INTERVAL=15"; null for a template by meter.',
  })
  rule: string | null;

  @Field(() => String, { nullable: true, description: 'By meter: the unit, e.g. "h" (running hours).' })
  meterUnit: string | null;

  @Field(() => String, { nullable: true, description: 'By meter: serviced every this many units, e.g. "250".' })
  meterInterval: string | null;

  @Field({ description: 'The regulation it follows.' })
  basisNote: string;
}
