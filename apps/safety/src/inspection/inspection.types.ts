import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { InspectionRound, InspectionSchedule, InspectionTemplate } from './inspection.entity';

@ObjectType({ description: 'A page of inspection templates (检查模板).' })
export class InspectionTemplateConnection extends Connection(InspectionTemplate, 'InspectionTemplate') {}

@ObjectType({ description: 'A page of inspection rounds (检查记录).' })
export class InspectionRoundConnection extends Connection(InspectionRound, 'InspectionRound') {}

@ObjectType({ description: 'A page of inspection schedules (检查计划).' })
export class InspectionScheduleConnection extends Connection(InspectionSchedule, 'InspectionSchedule') {}

@ObjectType({ description: 'Inspection completion (检查完成率) of one template at a school over a period: rounds due, submitted, late.' })
export class InspectionCompletion {
  @Field(() => ID, { description: 'The template.' })
  templateId: string;

  @Field({ description: 'The template’s name (as its rounds carry it).' })
  title: string;

  @Field(() => Int, { description: 'Rounds due in the period.' })
  due: number;

  @Field(() => Int, { description: 'Of those, submitted.' })
  submitted: number;

  @Field(() => Int, { description: 'Of those submitted, after their due day (逾期完成).' })
  late: number;

  @Field(() => Int, { description: 'Items failed in them (each became a hazard).' })
  failedItems: number;

  @Field({ description: 'submitted / due as a percentage with one decimal, e.g. "87.5"; "0.0" when none were due.' })
  rate: string;
}
