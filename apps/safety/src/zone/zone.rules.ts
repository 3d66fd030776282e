import { badInput, parseId } from '@houqin/common';

/** The longest patrol interval a zone may have: a quarter (a zone patrolled less often is not a responsibility zone). */
export const MAX_PATROL_EVERY_DAYS = 90;

/** The room ids of a zone, parsed and without repeats; BAD_USER_INPUT on `field` for a malformed or repeated one. */
export function zoneRoomIds(roomIds: readonly string[], field = 'roomIds'): string[] {
  const ids = roomIds.map((id, i) => parseId(id, `${field}[${i}]`));
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw badInput(field, `Room ${repeated} is listed twice.`);
  return ids;
}

/** The rooms of `wanted` that `found` lacks: not rooms of the school (or not known to safety yet). */
export function missingRooms(wanted: readonly string[], found: readonly string[]): string[] {
  const known = new Set(found);
  return wanted.filter((id) => !known.has(id));
}
