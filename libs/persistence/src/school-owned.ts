import { Field, ID, ObjectType } from 'type-graphql';
import { IdColumn, RefColumn } from './columns';

/** GraphQL descriptions of a school-owned type's `districtId` and `schoolId`, in its own words. */
export interface SchoolOwnedDescriptions {
  districtId: string;
  schoolId: string;
}

let bases = 0;

/**
 * Base of every entity that belongs to a district as a whole (a district's suppliers, budget
 * categories, settings): its id (a UUIDv7 from `newId()`) and `districtId`, which the district-level
 * scope reads. Pass a description to expose `districtId` in the schema.
 */
export function DistrictOwnedEntity(districtIdDescription?: string) {
  // Decorated so type-graphql passes the fields on to subclasses; no resolver returns it, so it is
  // never emitted. Each base gets its own name all the same.
  @ObjectType(`DistrictOwnedBase${++bases}`)
  abstract class DistrictOwned {
    @Field(() => ID)
    @IdColumn()
    id: string;

    @RefColumn()
    districtId: string;
  }
  if (districtIdDescription) Field(() => ID, { description: districtIdDescription })(DistrictOwned.prototype, 'districtId');
  return DistrictOwned;
}

/**
 * Base of every entity that belongs to a school (brief §3): its id, `districtId` and `schoolId`,
 * which the tenancy scope reads. Pass the two descriptions to expose them in the schema (each type
 * describes them in its own words); without them they stay columns. Each call makes a fresh
 * abstract class, so every entity keeps its own schema descriptions:
 *
 *   export class JournalEntry extends SchoolOwnedEntity({ districtId: '…', schoolId: '…' }) { … }
 */
export function SchoolOwnedEntity(descriptions?: SchoolOwnedDescriptions) {
  @ObjectType(`SchoolOwnedBase${++bases}`)
  abstract class SchoolOwned extends DistrictOwnedEntity(descriptions?.districtId) {
    @RefColumn()
    schoolId: string;
  }
  if (descriptions) Field(() => ID, { description: descriptions.schoolId })(SchoolOwned.prototype, 'schoolId');
  return SchoolOwned;
}
