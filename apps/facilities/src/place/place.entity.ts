import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, RefColumn, RowVersionColumn, SchoolOwnedEntity } from '@houqin/persistence';

export const BUILDING_NAME_MAX = 100;
export const ROOM_NUMBER_MAX = 20;
export const ROOM_NAME_MAX = 100;
/** Length of a room's QR code (the last part of its QR link): random, URL-safe, never reused. */
export const QR_CODE_LENGTH = 12;

export enum RoomKind {
  CLASSROOM = 'CLASSROOM',
  LAB = 'LAB',
  OFFICE = 'OFFICE',
  DORMITORY = 'DORMITORY',
  CANTEEN = 'CANTEEN',
  TOILET = 'TOILET',
  STOREROOM = 'STOREROOM',
  SPORTS = 'SPORTS',
  OTHER = 'OTHER',
}
registerEnumType(RoomKind, {
  name: 'RoomKind',
  description: 'What a room is used for (房间用途).',
  valuesConfig: {
    CLASSROOM: { description: 'Classroom (教室).' },
    LAB: { description: 'Laboratory or special classroom (实验室/专用教室).' },
    OFFICE: { description: 'Office (办公室).' },
    DORMITORY: { description: 'Dormitory room (宿舍).' },
    CANTEEN: { description: 'Canteen or kitchen (食堂).' },
    TOILET: { description: 'Toilet (卫生间).' },
    STOREROOM: { description: 'Storeroom (仓库): a room that can hold consumables stock.' },
    SPORTS: { description: 'Sports hall or ground (体育场馆).' },
    OTHER: { description: 'Anything else (其他).' },
  },
});

/**
 * A building (楼宇) of a campus. Its school is the campus's school: when the directory moves a campus
 * to another school (a merger), its buildings and their rooms move with it (the same rows; nothing is
 * copied), so `schoolId` follows the campus.
 */
@ObjectType({ description: 'A building (楼宇) of a campus.' })
@Entity('building')
@Index(['schoolId'])
@Index(['campusId', 'name'], { unique: true })
export class Building extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: "The school that has it now (its campus's school).",
}) {
  @Field(() => ID, { description: 'The campus (校区) it stands on.' })
  @RefColumn()
  campusId: string;

  @Field({ description: 'Its name, unique on the campus, e.g. "Teaching Building A (教学楼A)".' })
  @Column('varchar', { length: BUILDING_NAME_MAX })
  name: string;

  @Field(() => Int, { description: 'Floors above ground (地上层数), at least 1.' })
  @Column('int')
  floorsAbove: number;

  @Field(() => Int, { description: 'Floors below ground (地下层数), 0 or more.' })
  @Column('int', { default: 0 })
  floorsBelow: number;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was registered.' })
  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * A room (房间) on a floor of a building, with a stable QR code: its QR link (`Room.qrPayload`) opens
 * the room's page on a phone; part 2 reports repairs through it, stocktakes and patrols scan it.
 */
@ObjectType({ description: 'A room (房间) on a floor of a building, with a stable QR link.' })
@Directive('@key(fields: "id")')
@Entity('room')
@Index(['schoolId'])
@Index(['campusId'])
@Index(['buildingId', 'number'], { unique: true })
@Index(['qrCode'], { unique: true })
export class Room extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: "The school that has it now (its campus's school).",
}) {
  @Field(() => ID, { description: 'The building it is in.' })
  @RefColumn()
  buildingId: string;

  @Field(() => ID, { description: "The building's campus (kept on the room so a campus move and campus queries need no join)." })
  @RefColumn()
  campusId: string;

  @Field(() => Int, { description: 'Its floor: 1 is the ground floor, -1 the first basement; never 0.' })
  @Column('int')
  floor: number;

  @Field({ description: 'Its number, unique in the building, e.g. "203".' })
  @Column('varchar', { length: ROOM_NUMBER_MAX })
  number: string;

  @Field({ description: 'Its name, e.g. "Class 3-2 (三年级2班)" or "Physics Lab (物理实验室)".' })
  @Column('varchar', { length: ROOM_NAME_MAX })
  name: string;

  @Field(() => RoomKind, { description: 'What it is used for.' })
  @Column('varchar', { length: 16 })
  kind: RoomKind;

  @Field(() => Int, { nullable: true, description: 'How many people it seats or sleeps, when known.' })
  @Column('int', { nullable: true })
  capacity: number | null;

  @Field({ description: 'Its QR code: random, stable for the life of the room (a rename or a campus move keeps it).' })
  @Column('varchar', { length: QR_CODE_LENGTH })
  qrCode: string;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was registered.' })
  @CreatedAtColumn()
  createdAt: Date;
}

export const DEPARTMENT_NAME_MAX = 60;
export const DEPARTMENT_CODE_MAX = 20;

/**
 * A department (部门/处室) of a school: an office such as 教务处 (academic affairs) or 总务处 (general
 * affairs), or a grade group such as 三年级组. Requisitions, print jobs and asset custody name one.
 * Its name is unique in the school; its optional code too.
 */
@ObjectType({ description: 'A department (部门/处室) of a school, e.g. 教务处, 总务处 or a grade group 三年级组.' })
@Entity('department')
@Index(['schoolId', 'name'], { unique: true })
@Index(['schoolId', 'code'], { unique: true })
export class Department extends SchoolOwnedEntity({
  districtId: 'District of the school.',
  schoolId: 'The school it belongs to.',
}) {
  @Field({ description: 'Its name, unique in the school, e.g. "总务处 (General Affairs Office)" or "三年级组".' })
  @Column('varchar', { length: DEPARTMENT_NAME_MAX })
  name: string;

  @Field(() => String, { nullable: true, description: 'Its short code (部门编码), unique in the school when given, e.g. "ZWC".' })
  @Column('varchar', { length: DEPARTMENT_CODE_MAX, nullable: true })
  code: string | null;

  @Field(() => Int, { description: 'Row version (optimistic locking).' })
  @RowVersionColumn()
  version: number;

  @Field({ description: 'When it was registered.' })
  @CreatedAtColumn()
  createdAt: Date;
}
