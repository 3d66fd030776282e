import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const ZONE_NAME_MAX = 60;
export const ZONE_TEXT_MAX = 500;
/** Most rooms one zone lists (a whole teaching building's rooms fit). */
export const ZONE_ROOMS_MAX = 200;

/** What kind of area a responsibility zone is. */
export enum ZoneKind {
  BUILDING = 'BUILDING',
  ROOMS = 'ROOMS',
  GROUNDS = 'GROUNDS',
  GATE = 'GATE',
  OTHER = 'OTHER',
}
registerEnumType(ZoneKind, {
  name: 'ZoneKind',
  description: 'What kind of area a responsibility zone (责任区域) is.',
  valuesConfig: {
    BUILDING: { description: 'A building (楼栋), with its rooms.' },
    ROOMS: { description: 'A set of rooms (房间), e.g. the labs or the canteen kitchen.' },
    GROUNDS: { description: 'Grounds (场地): the playground, the sports field, a stretch of the campus.' },
    GATE: { description: 'A gate (校门) and its surroundings.' },
    OTHER: { description: 'Anything else.' },
  },
});

/**
 * A responsibility zone (安全责任区域): an area of a campus (a building, rooms, grounds, a gate) with
 * the staff member who answers for it and how often it is patrolled. Every room is in at most one
 * zone (SafetyZoneRoom's key). A zone is never deleted: it is retired (active = false).
 */
@ObjectType({ description: 'A responsibility zone (安全责任区域): an area of a campus, its responsible person and patrol frequency.' })
@Entity('safety_zone')
@Index(['schoolId', 'name'], { unique: true })
@Index(['responsibleStaffId'])
export class SafetyZone extends SchoolOwnedEntity({ districtId: 'District of the school.', schoolId: 'The school.' }) {
  @Field(() => ID, { description: 'The campus it is on.' })
  @RefColumn()
  campusId: string;

  @Field({ description: 'Its name, unique in the school, e.g. "教学楼A" or "东门".' })
  @Column('varchar', { length: ZONE_NAME_MAX })
  name: string;

  @Field(() => ZoneKind, { description: 'What kind of area it is.' })
  @Column('varchar', { length: 12 })
  kind: ZoneKind;

  @Field(() => ID, { description: 'The staff member responsible for it (责任人): they see and rectify its hazards.' })
  @RefColumn()
  responsibleStaffId: string;

  @Field(() => Int, { description: 'How often it is patrolled (巡查频次): every this many days (1 = daily, 7 = weekly).' })
  @Column('int')
  patrolEveryDays: number;

  @Field(() => String, { nullable: true, description: 'What it covers, in words (e.g. "操场及北侧围墙").' })
  @Column('varchar', { length: ZONE_TEXT_MAX, nullable: true })
  description: string | null;

  @Field({ description: 'False once retired: kept for history, no longer given new hazards or rooms.' })
  @Column('boolean')
  active: boolean;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was created.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/** A room in a zone: the room is the key, so a room is in at most one zone (每个房间至多属于一个责任区域). */
@Entity('safety_zone_room')
@Index(['zoneId'])
export class SafetyZoneRoom {
  @IdColumn()
  roomId: string;

  @RefColumn()
  zoneId: string;

  @RefColumn()
  schoolId: string;
}
