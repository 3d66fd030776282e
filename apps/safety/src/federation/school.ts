import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A school (owned by the directory); safety adds its zones, inspections, hazards, equipment, trainings, meetings and incidents.',
})
@Directive('@key(fields: "id")')
export class School {
  @Field(() => ID)
  id: string;

  // incident/: School.incidentSummary's rate per 1,000 students @requires it.
  @Directive('@external')
  @Field(() => Int, { description: 'Enrolled students, from the directory; used for incidents per 1,000 students.' })
  studentCount?: number;
}

/** A federation reference to a directory school: only its key. */
export const schoolRef = (id: string) => Object.assign(new School(), { id });
