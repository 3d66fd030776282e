import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '@houqin/common';
import { Patrol, PatrolRoute } from './patrol.entity';

@ObjectType({ description: 'A page of patrol routes.' })
export class PatrolRouteConnection extends Connection(PatrolRoute, 'PatrolRoute') {}

@ObjectType({ description: 'A page of patrols.' })
export class PatrolConnection extends Connection(Patrol, 'Patrol') {}

@ObjectType({ description: 'A school’s finished patrols over a period (巡视完成率): checkpoints expected, scanned, missed, out of order.' })
export class PatrolCompleteness {
  @Field({ description: 'The school.' })
  schoolId: string;

  @Field(() => Int, { description: 'Finished patrols.' })
  patrols: number;

  @Field(() => Int, { description: 'Checkpoints they should have scanned.' })
  expected: number;

  @Field(() => Int, { description: 'Checkpoints scanned.' })
  scanned: number;

  @Field(() => Int, { description: 'Checkpoints missed (漏检).' })
  missed: number;

  @Field(() => Int, { description: 'Checkpoints scanned out of order.' })
  outOfOrder: number;

  @Field(() => Int, { description: 'Patrols started outside their route’s window.' })
  outsideWindow: number;

  @Field(() => Int, { nullable: true, description: 'scanned ÷ expected in whole percent, rounded down; null when none.' })
  completenessPercent: number | null;
}
