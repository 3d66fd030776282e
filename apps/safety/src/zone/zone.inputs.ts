import { ArrayMaxSize, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EnumField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { ZONE_NAME_MAX, ZONE_ROOMS_MAX, ZONE_TEXT_MAX, ZoneKind } from './zone.entity';
import { MAX_PATROL_EVERY_DAYS } from './zone.rules';

@InputType({ description: 'Create a responsibility zone (责任区域) on a campus of the school.' })
export class CreateSafetyZoneInput {
  @IdField('The school.')
  schoolId: string;

  @IdField('The campus of the school it is on.')
  campusId: string;

  @TextField('Its name, unique in the school, e.g. "教学楼A".', { max: ZONE_NAME_MAX })
  name: string;

  @EnumField(ZoneKind, 'What kind of area it is.')
  kind: ZoneKind;

  @IdField('The staff member of the school responsible for it (责任人).')
  responsibleStaffId: string;

  @Field(() => Int, { description: `Patrolled every this many days (1 = daily), 1–${MAX_PATROL_EVERY_DAYS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PATROL_EVERY_DAYS)
  patrolEveryDays: number;

  @OptionalTextField('What it covers, in words.', ZONE_TEXT_MAX)
  description?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: `The facilities rooms of the school in it, at most ${ZONE_ROOMS_MAX}; a room already in another zone is refused.`,
  })
  @ArrayMaxSize(ZONE_ROOMS_MAX)
  roomIds: string[];
}

@InputType({ description: 'Change a responsibility zone: only the fields given change; roomIds, when given, replaces its rooms.' })
export class UpdateSafetyZoneInput {
  @IdField('The zone.')
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @TextField('A new name, unique in the school.', { max: ZONE_NAME_MAX, nullable: true })
  name?: string | null;

  @EnumField(ZoneKind, 'A new kind.', { nullable: true })
  kind?: ZoneKind | null;

  @IdField('A new responsible staff member of the school.', { nullable: true })
  responsibleStaffId?: string | null;

  @Field(() => Int, { nullable: true, description: `A new patrol frequency in days, 1–${MAX_PATROL_EVERY_DAYS}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PATROL_EVERY_DAYS)
  patrolEveryDays?: number | null;

  @OptionalTextField('A new description; an empty string clears it.', ZONE_TEXT_MAX)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: `Its rooms from now on (replaces the list), at most ${ZONE_ROOMS_MAX}.` })
  @IsOptional()
  @ArrayMaxSize(ZONE_ROOMS_MAX)
  roomIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false retires it (kept for history; its rooms are freed); true brings it back.' })
  active?: boolean | null;
}
