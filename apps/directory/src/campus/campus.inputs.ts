import { IsISO8601, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LIMITS } from '../limits';

const trimmedNonEmpty = /\S/;

@InputType({ description: 'Filter for the campuses list.' })
export class CampusFilter {
  @Field(() => ID, { nullable: true, description: 'Only campuses of this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId?: string;
}

@InputType({ description: 'A new campus (新建校区) of a school.' })
export class CreateCampusInput {
  @Field(() => ID, { description: 'The school the campus belongs to.' })
  @IsUUID('all', { message: 'schoolId must be an id' })
  schoolId: string;

  @Field()
  @Matches(trimmedNonEmpty, { message: 'name must not be empty' })
  @MaxLength(LIMITS.name)
  name: string;

  @Field(() => String, { nullable: true, description: 'Postal address of the campus.' })
  @IsOptional()
  @MaxLength(LIMITS.address)
  address?: string | null;
}

@InputType({ description: 'Move a campus to another school (校区划转), e.g. after a merger. The old assignment is kept in the history.' })
export class MoveCampusInput {
  @Field(() => ID, { description: 'The campus to move.' })
  @IsUUID('all', { message: 'campusId must be an id' })
  campusId: string;

  @Field(() => ID, { description: 'The school that takes the campus over.' })
  @IsUUID('all', { message: 'toSchoolId must be an id' })
  toSchoolId: string;

  @Field({ description: 'First day under the new school, YYYY-MM-DD.' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'effectiveOn must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'effectiveOn must be a date YYYY-MM-DD' })
  effectiveOn: string;

  @Field({ description: 'Why, e.g. the merger decision, for the history.' })
  @Matches(trimmedNonEmpty, { message: 'reason must not be empty' })
  @MaxLength(LIMITS.reason)
  reason: string;
}
