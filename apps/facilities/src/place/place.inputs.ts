import { IsInt, IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { BUILDING_NAME_MAX, DEPARTMENT_CODE_MAX, DEPARTMENT_NAME_MAX, ROOM_NAME_MAX, ROOM_NUMBER_MAX, RoomKind } from './place.entity';

/** Longest text a room search matches. */
export const ROOM_SEARCH_MAX = 50;

@InputType({ description: 'Register a building (楼宇) on a campus of the school.' })
export class CreateBuildingInput {
  @IdField('The school that has the campus.')
  schoolId: string;

  @IdField('The campus (校区) it stands on: a campus of the school in use.')
  campusId: string;

  @TextField('Its name, unique on the campus, e.g. "Teaching Building A (教学楼A)".', { max: BUILDING_NAME_MAX })
  name: string;

  @Field(() => Int, { description: 'Floors above ground (地上层数): 1 to 60.' })
  @IsInt({ message: 'floorsAbove must be a whole number' })
  floorsAbove: number;

  @Field(() => Int, { nullable: true, description: 'Floors below ground (地下层数): 0 to 10; 0 when omitted.' })
  @IsOptional()
  @IsInt({ message: 'floorsBelow must be a whole number' })
  floorsBelow?: number | null;
}

@InputType({
  description: 'Changes to a building; omitted fields stay. Its school and campus never change here (a campus move takes it along).',
})
export class UpdateBuildingInput {
  @IdField('The building.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @TextField('New name, unique on the campus.', { max: BUILDING_NAME_MAX, nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'New number of floors above ground; no room may be left above it.' })
  @IsOptional()
  @IsInt({ message: 'floorsAbove must be a whole number' })
  floorsAbove?: number | null;

  @Field(() => Int, { nullable: true, description: 'New number of floors below ground; no room may be left below it.' })
  @IsOptional()
  @IsInt({ message: 'floorsBelow must be a whole number' })
  floorsBelow?: number | null;
}

@InputType({ description: 'Register a room (房间) on a floor of a building; it gets its QR code at once.' })
export class CreateRoomInput {
  @IdField('The building it is in (one of your school’s).')
  buildingId: string;

  @Field(() => Int, { description: "Its floor: 1 is the ground floor, -1 the first basement; within the building's floors, never 0." })
  @IsInt({ message: 'floor must be a whole number' })
  floor: number;

  @TextField('Its number, unique in the building: letters, digits and dashes, e.g. "302" or "B1-05".', { max: ROOM_NUMBER_MAX })
  number: string;

  @TextField('Its name, e.g. "Class 3-2 (三年级2班)" or "Physics Lab (物理实验室)".', { max: ROOM_NAME_MAX })
  name: string;

  @EnumField(RoomKind, 'What it is used for.')
  kind: RoomKind;

  @Field(() => Int, { nullable: true, description: 'How many people it seats or sleeps (1 to 10000), when known.' })
  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number' })
  capacity?: number | null;
}

@InputType({ description: 'Changes to a room; omitted fields stay. Its building and its QR code never change.' })
export class UpdateRoomInput {
  @IdField('The room.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @TextField('New name, e.g. "Class 4-2 (四年级2班)" after a new school year.', { max: ROOM_NAME_MAX, nullable: true })
  name?: string | null;

  @TextField('New number, unique in the building.', { max: ROOM_NUMBER_MAX, nullable: true })
  number?: string | null;

  @EnumField(RoomKind, 'New use.', { nullable: true })
  kind?: RoomKind | null;

  @Field(() => Int, { nullable: true, description: "New floor, within the building's floors." })
  @IsOptional()
  @IsInt({ message: 'floor must be a whole number' })
  floor?: number | null;

  @Field(() => Int, { nullable: true, description: 'New capacity (1 to 10000); leave it out to keep it.' })
  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number' })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True to forget the capacity (unknown again).' })
  @IsOptional()
  clearCapacity?: boolean | null;
}

@InputType({ description: 'Register a department (部门/处室) of a school, e.g. 教务处 or a grade group 三年级组.' })
export class CreateDepartmentInput {
  @IdField('The school.')
  schoolId: string;

  @TextField('Its name, unique in the school, e.g. "教务处 (Academic Affairs Office)".', { max: DEPARTMENT_NAME_MAX })
  name: string;

  @OptionalTextField(
    'Its short code (部门编码), unique in the school: letters, digits, dashes, underscores, e.g. "JWC".',
    DEPARTMENT_CODE_MAX,
  )
  code?: string | null;
}

@InputType({ description: 'Rename a department (and change its code).' })
export class RenameDepartmentInput {
  @IdField('The department.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  version: number;

  @TextField('New name, unique in the school.', { max: DEPARTMENT_NAME_MAX })
  name: string;

  @OptionalTextField('New code, unique in the school; leave it out to keep the code.', DEPARTMENT_CODE_MAX)
  code?: string | null;
}

@InputType({ description: 'Filter for buildings.' })
export class BuildingFilter {
  @IdField('Only this school’s buildings.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only the buildings of this campus.', { nullable: true })
  campusId?: string | null;
}

@InputType({ description: 'Filter for rooms.' })
export class RoomFilter {
  @IdField('Only this school’s rooms.', { nullable: true })
  schoolId?: string | null;

  @IdField('Only the rooms of this campus.', { nullable: true })
  campusId?: string | null;

  @IdField('Only the rooms of this building.', { nullable: true })
  buildingId?: string | null;

  @EnumField(RoomKind, 'Only rooms of this use (e.g. STOREROOM for the storerooms).', { nullable: true })
  kind?: RoomKind | null;

  @OptionalTextField('Only rooms whose number or name contains this text, e.g. "302" or "三年级".', ROOM_SEARCH_MAX)
  search?: string | null;
}
