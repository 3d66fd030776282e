import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A campus (校区, owned by the directory); safety adds its responsibility zones.' })
@Directive('@key(fields: "id")')
export class Campus {
  @Field(() => ID)
  id: string;
}

/** A federation reference to a directory campus: only its key. */
export const campusRef = (id: string) => Object.assign(new Campus(), { id });
