import { InputType } from 'type-graphql';
import { DateField, IdField, OptionalTextField, TextField } from '@houqin/subgraph-kit';
import { LIMITS } from '../limits';

@InputType({ description: 'Filter for the campuses list.' })
export class CampusFilter {
  @IdField('Only campuses of this school.', { nullable: true })
  schoolId?: string;
}

@InputType({ description: 'A new campus (新建校区) of a school.' })
export class CreateCampusInput {
  @IdField('The school the campus belongs to.')
  schoolId: string;

  @TextField(undefined, { max: LIMITS.name })
  name: string;

  @OptionalTextField('Postal address of the campus.', LIMITS.address)
  address?: string | null;
}

@InputType({ description: 'Move a campus to another school (校区划转), e.g. after a merger. The old assignment is kept in the history.' })
export class MoveCampusInput {
  @IdField('The campus to move.')
  campusId: string;

  @IdField('The school that takes the campus over.')
  toSchoolId: string;

  @DateField('First day under the new school, YYYY-MM-DD.')
  effectiveOn: string;

  @TextField('Why, e.g. the merger decision, for the history.', { max: LIMITS.reason })
  reason: string;
}
