import { ArrayMaxSize, IsBoolean, IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { WorkOrderCategory } from '../repair/work-order.entity';
import { CHECKPOINTS_MAX } from './patrol.rules';

@InputType({ description: 'A patrol route (巡视路线): rooms of the school in order, and the time window it is walked in.' })
export class CreatePatrolRouteInput {
  @IdField('The school.')
  schoolId: string;

  @TextField('Its name, e.g. "教学楼晚间巡查".', { max: 120 })
  name: string;

  @Field(() => [String], { description: `The checkpoints: 2 to ${CHECKPOINTS_MAX} rooms of the school, in route order.` })
  @ArrayMaxSize(CHECKPOINTS_MAX)
  roomIds: string[];

  @TextField('The window starts at, HH:MM (school time).', { max: 5 })
  windowStart: string;

  @TextField('The window ends at, HH:MM.', { max: 5 })
  windowEnd: string;
}

@InputType({ description: 'Start walking a route (开始巡视).' })
export class StartPatrolInput {
  @IdField('The route.')
  routeId: string;
}

@InputType({ description: 'Scan a checkpoint’s QR code during a patrol, with any issue found there.' })
export class RecordPatrolScanInput {
  @IdField('The patrol.')
  patrolId: string;

  @TextField('The room’s QR code: the 12 characters after /r/ in the link on its door.', { max: 40 })
  qrCode: string;

  @OptionalTextField('An issue found there (发现问题), e.g. "水龙头未关".', 500)
  issue?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True to report the issue as a repair work order at once.' })
  @IsOptional()
  @IsBoolean()
  reportRepair?: boolean | null;

  @EnumField(WorkOrderCategory, 'The repair’s category, with reportRepair (OTHER when omitted).', { nullable: true })
  category?: WorkOrderCategory | null;
}

@InputType({ description: 'Finish a patrol: its missed and out-of-order checkpoints are counted.' })
export class FinishPatrolInput {
  @IdField('The patrol.')
  patrolId: string;
}
