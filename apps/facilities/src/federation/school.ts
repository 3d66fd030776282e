import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A school (owned by the directory); facilities adds its buildings, assets, storeroom, meters and printing.' })
@Directive('@key(fields: "id")')
export class School {
  @Field(() => ID)
  id: string;

  // meter/: School.meterReport's per-student figures @require it.
  @Directive('@external')
  @Field(() => Int, { description: 'Enrolled students, from the directory; used for figures per student.' })
  studentCount?: number;
}

/** A federation reference to a directory school: only its key. */
export const schoolRef = (id: string) => Object.assign(new School(), { id });
