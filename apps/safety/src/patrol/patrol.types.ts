import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { SafetyPatrol } from './patrol.entity';

@ObjectType({ description: 'A page of patrols (巡查记录).' })
export class SafetyPatrolConnection extends Connection(SafetyPatrol, 'SafetyPatrol') {}

@ObjectType({ description: 'A stretch of a zone’s patrol frequency in which no patrol was recorded (漏巡).' })
export class PatrolWindowMissed {
  @Field({ description: 'Its first day, YYYY-MM-DD.' })
  from: string;

  @Field({ description: 'Its last day, YYYY-MM-DD.' })
  to: string;
}

@ObjectType({ description: 'A zone’s patrols over a period against its frequency (巡查完成率).' })
export class ZonePatrolCompletion {
  @Field(() => ID, { description: 'The zone.' })
  zoneId: string;

  @Field({ description: 'The zone’s name.' })
  name: string;

  @Field(() => Int, { description: 'Its frequency: every this many days.' })
  patrolEveryDays: number;

  @Field(() => Int, {
    description:
      'Windows of that many days in the period with a school day in them, over by today (one still open and not yet patrolled is not counted): patrols expected.',
  })
  expected: number;

  @Field(() => Int, { description: 'Of those, windows with a patrol.' })
  covered: number;

  @Field(() => [PatrolWindowMissed], { description: 'The windows without a patrol (漏巡), in date order.' })
  missed: PatrolWindowMissed[];

  @Field({ description: 'covered / expected as a percentage with one decimal; "100.0" when none was expected.' })
  rate: string;
}

@ObjectType({ description: 'A zone’s patrol state today (巡查状态): its last patrol and when the next is due.' })
export class ZonePatrolState {
  @Field(() => String, { nullable: true, description: 'The last day it was patrolled; null when never.' })
  lastPatrolledOn: string | null;

  @Field({ description: 'The last day the next patrol is due: its frequency after the last patrol (or the first window’s end).' })
  dueOn: string;

  @Field({ description: 'True when today is past dueOn (逾期未巡).' })
  overdue: boolean;
}
