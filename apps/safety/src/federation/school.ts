import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A school (owned by the directory); safety adds its zones, inspections, hazards, equipment, trainings, meetings and incidents.',
})
@Directive('@key(fields: "id")')
export class School {
  @Field(() => ID)
  id: string;
}

/** A federation reference to a directory school: only its key. */
export const schoolRef = (id: string) => Object.assign(new School(), { id });
