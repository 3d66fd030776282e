import { Field, InputType, Int } from 'type-graphql';
import { DateField, IdField, TextField } from '@houqin/subgraph-kit';
import { LIMITS } from '../limits';

@InputType({ description: 'A new term (学期) on a school calendar (校历).' })
export class CreateSchoolTermInput {
  @IdField('The school.')
  schoolId: string;

  @TextField('Its name, e.g. "2026–2027学年第一学期".', { max: LIMITS.name })
  name: string;

  @DateField('The first day of the term (开学), YYYY-MM-DD.')
  startsOn: string;

  @DateField('The last day of the term, YYYY-MM-DD: after startsOn, at most 200 days later, overlapping no other term of the school.')
  endsOn: string;
}

@InputType({ description: 'Change a term: its name or dates (the rules of createSchoolTerm hold), at the version read.' })
export class UpdateSchoolTermInput {
  @IdField('The term.')
  id: string;

  @Field(() => Int, { description: 'The version you read (CONFLICT when it changed meanwhile).' })
  version: number;

  @TextField('Its new name.', { max: LIMITS.name, nullable: true })
  name?: string | null;

  @DateField('Its new first day.', { nullable: true })
  startsOn?: string | null;

  @DateField('Its new last day.', { nullable: true })
  endsOn?: string | null;
}

@InputType({ description: 'Narrow the terms list.' })
export class SchoolTermFilter {
  @IdField('Only the terms of this school.', { nullable: true })
  schoolId?: string | null;
}
