import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A supplier (owned by finance); the canteen adds its deliveries and rejection rate.' })
@Directive('@key(fields: "id")')
export class Supplier {
  @Field(() => ID)
  id: string;
}

/** A federation reference to a finance supplier, or null for none. */
export const supplierRef = (id: string | null) => (id ? Object.assign(new Supplier(), { id }) : null);
