import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

/** One checkpoint of a route: a room, in route order. */
@ObjectType({ description: 'One checkpoint of a patrol route (巡视点): a room, scanned by its QR code, in route order.' })
export class PatrolCheckpoint {
  @Field(() => Int, { description: 'Its place in the route, from 1.' })
  order: number;

  @Field(() => ID, { description: 'The room.' })
  roomId: string;
}

/**
 * A patrol route (巡视路线) of a school: rooms in order, walked within a daily time window, scanning each
 * room's QR code.
 */
@ObjectType({
  description: 'A patrol route (巡视路线): ordered checkpoints (rooms, by their QR code) and the time window it is walked in.',
})
@Entity('patrol_route')
@Index(['schoolId', 'active'])
export class PatrolRoute extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field({ description: 'Its name, e.g. "教学楼晚间巡查".' })
  @Column('varchar', { length: 120 })
  name: string;

  @Field(() => [PatrolCheckpoint], { description: 'Its checkpoints in order (2 to 50 rooms of the school).' })
  @Column('simple-json')
  checkpoints: PatrolCheckpoint[];

  @Field({ description: 'The window it is walked in starts at (HH:MM, school time).' })
  @Column('varchar', { length: 5 })
  windowStart: string;

  @Field({ description: 'The window ends at (HH:MM, school time).' })
  @Column('varchar', { length: 5 })
  windowEnd: string;

  @Field({ description: 'False once retired.' })
  @Column('boolean')
  active: boolean;

  @Field(() => Int, { description: 'Row version.' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was made.' })
  @CreatedAtColumn()
  createdAt: Date;
}

export enum PatrolStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  FINISHED = 'FINISHED',
}
registerEnumType(PatrolStatus, {
  name: 'PatrolStatus',
  description: 'Where a patrol is.',
  valuesConfig: {
    IN_PROGRESS: { description: 'Being walked (巡视中).' },
    FINISHED: { description: 'Finished (已完成): its result counted.' },
  },
});

/** One walk of a route by a staff member. */
@ObjectType({ description: 'One patrol (巡视记录): a route walked by a staff member, its scans and, once finished, what was missed.' })
@Entity('patrol')
@Index(['schoolId', 'startedAt'])
@Index(['routeId', 'startedAt'])
export class Patrol extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The route.' })
  @RefColumn()
  routeId: string;

  @Field(() => ID, { description: 'The account that walks it.' })
  @RefColumn()
  patrollerAccountId: string;

  @Field(() => ID, { nullable: true, description: 'Their staff record.' })
  @RefColumn({ nullable: true })
  patrollerStaffId: string | null;

  @Field(() => PatrolStatus, { description: 'Where it is.' })
  @Column('varchar', { length: 12 })
  status: PatrolStatus;

  @Field({ description: 'When it started.' })
  @InstantColumn()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it finished.' })
  @InstantColumn({ nullable: true })
  finishedAt: Date | null;

  @Field({ description: 'True when it started inside the route’s time window.' })
  @Column('boolean')
  inWindow: boolean;

  @Field(() => Int, { description: 'Checkpoints of the route.' })
  @Column('int')
  expectedCount: number;

  @Field(() => Int, { nullable: true, description: 'Checkpoints scanned; null until finished.' })
  @Column('int', { nullable: true })
  scannedCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Checkpoints missed (漏检); null until finished.' })
  @Column('int', { nullable: true })
  missedCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Checkpoints scanned out of route order (顺序错误); null until finished.' })
  @Column('int', { nullable: true })
  outOfOrderCount: number | null;

  @Field(() => Int, { description: 'Row version.' })
  @RowVersionColumn()
  version: number;
}

/** One scan of a patrol. Append-only. */
@ObjectType({ description: 'One scan of a patrol (扫码): the room, when, in order or not, and any issue found.' })
@Entity('patrol_scan')
@Index(['patrolId', 'seq'], { unique: true })
export class PatrolScan {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => ID, { description: 'The patrol.' })
  @RefColumn()
  patrolId: string;

  @RefColumn()
  schoolId: string;

  @Field(() => Int, { description: 'Its place among the patrol’s scans, from 1.' })
  @Column('int')
  seq: number;

  @Field(() => ID, { description: 'The room scanned.' })
  @RefColumn()
  roomId: string;

  @Field(() => Int, { nullable: true, description: 'The checkpoint it is (its order in the route); null for a room not on the route.' })
  @Column('int', { nullable: true })
  checkpointOrder: number | null;

  @Field({ description: 'True when a later checkpoint had been scanned before it (顺序错误).' })
  @Column('boolean')
  outOfOrder: boolean;

  @Field(() => String, { nullable: true, description: 'An issue found there (发现问题).' })
  @Column('varchar', { length: 500, nullable: true })
  issue: string | null;

  @Field(() => ID, { nullable: true, description: 'The work order opened for the issue, if any.' })
  @RefColumn({ nullable: true })
  workOrderId: string | null;

  @Field({ description: 'When it was scanned.' })
  @InstantColumn()
  scannedAt: Date;
}
