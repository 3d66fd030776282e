import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A room (owned by facilities); safety adds its responsibility zone and its hazards.' })
@Directive('@key(fields: "id")')
export class Room {
  @Field(() => ID)
  id: string;
}

/** A reference to a facilities room, or null for none. */
export const roomRef = (id: string | null) => (id ? Object.assign(new Room(), { id }) : null);
