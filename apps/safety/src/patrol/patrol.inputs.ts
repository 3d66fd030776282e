import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { DateField, EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { HAZARD_PHOTOS_MAX, HAZARD_TEXT_MAX, HAZARD_TITLE_MAX, HazardLevel } from '../hazard/hazard.entity';
import { PATROL_FINDINGS_MAX, PATROL_NOTE_MAX } from './patrol.entity';

@InputType({ description: 'Something wrong found on a patrol (巡查发现): it becomes a hazard of the zone at once.' })
export class PatrolFindingInput {
  @TextField('What is wrong, in a line, e.g. "东门监控摄像头不亮".', { max: HAZARD_TITLE_MAX })
  title: string;

  @TextField('The finding in your words.', { max: HAZARD_TEXT_MAX })
  description: string;

  @EnumField(HazardLevel, 'How serious it is; left out: general (一般).', { nullable: true })
  level?: HazardLevel | null;

  @IdField('The room of the zone it is in, when it is in one.', { nullable: true })
  roomId?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: `References to photos of it (uploaded elsewhere), at most ${HAZARD_PHOTOS_MAX}.`,
  })
  @ArrayMaxSize(HAZARD_PHOTOS_MAX)
  photoRefs: string[];
}

@InputType({
  description: 'Record a patrol of a responsibility zone (区域巡查): the zone’s responsible person or the school’s safety office.',
})
export class RecordSafetyPatrolInput {
  @IdField('The zone patrolled.')
  zoneId: string;

  @DateField('The day it was patrolled: today when left out; not in the future, at most 7 days ago.', { nullable: true })
  patrolledOn?: string | null;

  @OptionalTextField('What was noted (巡查记录).', PATROL_NOTE_MAX)
  note?: string | null;

  @Field(() => [PatrolFindingInput], {
    defaultValue: [],
    description: `What was found wrong, at most ${PATROL_FINDINGS_MAX}: each becomes a hazard of the zone (source PATROL).`,
  })
  @ArrayMaxSize(PATROL_FINDINGS_MAX)
  @ValidateNested({ each: true })
  findings: PatrolFindingInput[];
}
