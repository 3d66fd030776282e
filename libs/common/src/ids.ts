import { v5 as uuidv5, v7 as uuidv7, validate as uuidValidate } from 'uuid';
import { badInput } from './errors';

/**
 * Ids are UUIDv7: unique without coordination between services, and ordered by creation time, so
 * keyset pagination on `id` lists records oldest first and the primary-key index stays compact.
 */
export function newId(): string {
  return uuidv7();
}

export const ID_LENGTH = 36;

/** The namespace of houqin's name-based ids (a fixed UUID; changing it would change every such id). */
const NAME_NAMESPACE = '6f0c1d2e-4b5a-4c3d-8e9f-0a1b2c3d4e5f';

/**
 * An id derived from a name (UUIDv5): the same name always gives the same id. For a reference to a
 * fact rather than a row (an extinguisher's expiry, a missed monthly check), so what is raised from
 * it once is found again instead of raised twice.
 */
export function nameId(name: string): string {
  return uuidv5(name, NAME_NAMESPACE);
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length === ID_LENGTH && uuidValidate(value);
}

/** Validates a client-supplied id; a malformed one is BAD_USER_INPUT naming the field. */
export function parseId(value: unknown, field: string): string {
  if (!isId(value)) {
    throw badInput(field, `${field} must be an id (a UUID such as 0190f3c2-7a4b-7c1d-9e2f-3a4b5c6d7e8f).`);
  }
  return value.toLowerCase();
}
