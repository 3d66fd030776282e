import { IsInt, IsOptional, IsTimeZone, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { EnumField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { LIMITS } from '../limits';
import { VersionedEditInput } from '../versioned-edit';
import { SchoolKind } from './school.entity';
import { SCHOOL_CODE, STUDENT_COUNT } from './school.rules';

@InputType({ description: 'Filter for the schools list; all given conditions must hold.' })
export class SchoolFilter {
  @Field(() => SchoolKind, { nullable: true, description: 'Only schools of this kind.' })
  kind?: SchoolKind;

  @Field({ nullable: true, description: 'Only active (true) or only closed/merged (false) schools.' })
  active?: boolean;

  @OptionalTextField('Part of the name or the exact school code.', LIMITS.name)
  search?: string;
}

@InputType({ description: 'A new school (新建学校). District administrators only.' })
export class CreateSchoolInput {
  @Field({ description: 'Official school code (学校标识码), 10 digits.' })
  @Matches(SCHOOL_CODE, { message: 'code must be the 10-digit official school code (学校标识码)' })
  code: string;

  @TextField(undefined, { max: LIMITS.name })
  name: string;

  @Field(() => SchoolKind, { description: 'Kind of school (学校类型).' })
  kind: SchoolKind;

  @OptionalTextField('Postal address of the main site.', LIMITS.address)
  address?: string | null;

  @Field(() => Int, { description: 'Enrolled students (在校生人数), 0 to 100000.' })
  @IsInt()
  @Min(STUDENT_COUNT.min)
  @Max(STUDENT_COUNT.max)
  studentCount: number;

  @Field(() => String, { nullable: true, description: "IANA time zone; the district's when omitted." })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;
}

@InputType({ description: 'Changes to a school; omitted fields stay as they are.' })
export class UpdateSchoolInput extends VersionedEditInput {
  @TextField(undefined, { max: LIMITS.name, nullable: true })
  name?: string;

  @EnumField(SchoolKind, 'New kind of school.', { nullable: true })
  kind?: SchoolKind;

  @OptionalTextField('New address; null clears it.', LIMITS.address)
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'New enrolment count.' })
  @IsOptional()
  @IsInt()
  @Min(STUDENT_COUNT.min)
  @Max(STUDENT_COUNT.max)
  studentCount?: number;

  @Field({ nullable: true, description: 'False when the school closes or merges.' })
  @IsOptional()
  active?: boolean;
}
