import { Field, ID, ObjectType } from 'type-graphql';
import { IdColumn, RefColumn } from './columns';

/** GraphQL descriptions of a school-owned type's `districtId` and `schoolId`, in its own words. */
export interface SchoolOwnedDescriptions {
  districtId: string;
  schoolId: string;
}

let bases = 0;

/**
 * Base of every entity that belongs to a school (brief §3): its id (a UUIDv7 from `newId()`),
 * `districtId` and `schoolId`, which the tenancy scope reads. Pass the two descriptions to expose
 * them in the schema (each type describes them in its own words); without them they stay columns.
 * Each call makes a fresh abstract class, so every entity keeps its own schema descriptions:
 *
 *   export class JournalEntry extends SchoolOwnedEntity({ districtId: '…', schoolId: '…' }) { … }
 */
export function SchoolOwnedEntity(descriptions?: SchoolOwnedDescriptions) {
  // Decorated so type-graphql passes the fields on to subclasses; no resolver returns it, so it is
  // never emitted. Each base gets its own name all the same.
  @ObjectType(`SchoolOwnedBase${++bases}`)
  abstract class SchoolOwned {
    @Field(() => ID)
    @IdColumn()
    id: string;

    @RefColumn()
    districtId: string;

    @RefColumn()
    schoolId: string;
  }
  if (descriptions) {
    Field(() => ID, { description: descriptions.districtId })(SchoolOwned.prototype, 'districtId');
    Field(() => ID, { description: descriptions.schoolId })(SchoolOwned.prototype, 'schoolId');
  }
  return SchoolOwned;
}
