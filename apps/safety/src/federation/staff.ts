import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A staff member (owned by the directory); safety adds their zones, hazards assigned and training records.' })
@Directive('@key(fields: "id")')
export class Staff {
  @Field(() => ID)
  id: string;
}

/** A reference to a directory staff member, or null for none. */
export const staffRef = (id: string | null) => (id ? Object.assign(new Staff(), { id }) : null);
