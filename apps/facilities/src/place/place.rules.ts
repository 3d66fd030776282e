import { randomBytes } from 'node:crypto';
import { badInput } from '@houqin/common';
import { QR_CODE_LENGTH } from './place.entity';

/** Most floors a building may have above ground, and below it. */
export const MAX_FLOORS_ABOVE = 60;
export const MAX_FLOORS_BELOW = 10;

/** Most buildings one campus holds: Campus.buildings stays one bounded list. */
export const MAX_BUILDINGS_PER_CAMPUS = 100;
/** Most rooms one building holds (a large teaching block has about 150): Building.rooms and its floors stay one bounded list. */
export const MAX_ROOMS_PER_BUILDING = 300;
/** How many rooms Campus.rooms shows; the full list is Query.rooms with filter.campusId. */
export const CAMPUS_ROOMS_SHOWN = 500;

/** One more building on a campus that has `buildingsOnCampus`: BAD_USER_INPUT on campusId past MAX_BUILDINGS_PER_CAMPUS. */
export function checkCampusHasRoom(buildingsOnCampus: number): void {
  if (buildingsOnCampus >= MAX_BUILDINGS_PER_CAMPUS)
    throw badInput('campusId', `The campus already has ${MAX_BUILDINGS_PER_CAMPUS} buildings, the most one campus holds.`);
}

/** One more room in a building that has `roomsInBuilding`: BAD_USER_INPUT on buildingId past MAX_ROOMS_PER_BUILDING. */
export function checkBuildingHasRoom(roomsInBuilding: number): void {
  if (roomsInBuilding >= MAX_ROOMS_PER_BUILDING)
    throw badInput('buildingId', `The building already has ${MAX_ROOMS_PER_BUILDING} rooms, the most one building holds.`);
}

/** Floors above ground (1 or more) and below (0 or more) of a building: BAD_USER_INPUT on the field at fault. */
export function checkFloors(floorsAbove: number, floorsBelow: number): void {
  if (!Number.isInteger(floorsAbove) || floorsAbove < 1 || floorsAbove > MAX_FLOORS_ABOVE)
    throw badInput('floorsAbove', `floorsAbove must be a whole number from 1 to ${MAX_FLOORS_ABOVE}.`);
  if (!Number.isInteger(floorsBelow) || floorsBelow < 0 || floorsBelow > MAX_FLOORS_BELOW)
    throw badInput('floorsBelow', `floorsBelow must be a whole number from 0 to ${MAX_FLOORS_BELOW}.`);
}

/**
 * A room's floor in a building of `floorsAbove` floors above ground and `floorsBelow` below: 1 is
 * the ground floor, -1 the first basement, and there is no floor 0 (as Chinese buildings count: 1楼, 负1楼).
 */
export function checkFloorIn(building: { floorsAbove: number; floorsBelow: number }, floor: number, field = 'floor'): void {
  if (!Number.isInteger(floor) || floor === 0)
    throw badInput(field, `${field} must be a whole number other than 0: 1 is the ground floor, -1 the first basement.`);
  if (floor > building.floorsAbove || -floor > building.floorsBelow) {
    const range = building.floorsBelow ? `-${building.floorsBelow} to ${building.floorsAbove} (not 0)` : `1 to ${building.floorsAbove}`;
    throw badInput(field, `${field} ${floor} is not a floor of the building: its floors are ${range}.`);
  }
}

/** A building may lose floors only if no room is on the floors it loses. */
export function checkFloorsKeepRooms(floorsAbove: number, floorsBelow: number, roomFloors: readonly number[]): void {
  const highest = Math.max(0, ...roomFloors);
  const lowest = Math.min(0, ...roomFloors);
  if (highest > floorsAbove)
    throw badInput('floorsAbove', `floorsAbove ${floorsAbove} would leave rooms on floor ${highest} outside the building.`);
  if (-lowest > floorsBelow)
    throw badInput('floorsBelow', `floorsBelow ${floorsBelow} would leave rooms on floor ${lowest} outside the building.`);
}

/** A room's capacity, when given: 1 to 10 000 people. */
export function checkCapacity(capacity: number | null | undefined): void {
  if (capacity == null) return;
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10000)
    throw badInput('capacity', 'capacity must be a whole number of people from 1 to 10000, or null when unknown.');
}

/** A room number as stored: trimmed, upper case letters (so "302a" and "302A" are one room). */
export const normalRoomNumber = (number: string) => number.trim().toUpperCase();

/** A room number: letters, digits and dashes ("302", "B1-05", "A-101"). */
export function checkRoomNumber(number: string, field = 'number'): void {
  if (!/^[A-Z0-9][A-Z0-9-]*$/i.test(number)) throw badInput(field, `${field} must be letters, digits and dashes, e.g. "302" or "B1-05".`);
}

/** A department code as stored, when given: upper case, or null. */
export const normalDepartmentCode = (code: string | null | undefined) => (code ? code.trim().toUpperCase() : null);

/** A department code: 1 to 20 letters, digits, dashes or underscores. */
export function checkDepartmentCode(code: string | null): void {
  if (code != null && !/^[A-Z0-9_-]{1,20}$/.test(code))
    throw badInput('code', 'code must be 1 to 20 letters, digits, dashes or underscores, e.g. "JWC".');
}

/**
 * A new room's QR code: 12 random URL-safe characters (9 random bytes in base64url, 72 bits), so a
 * code cannot be guessed from another room's and never needs escaping in a link.
 */
export function newQrCode(): string {
  return randomBytes((QR_CODE_LENGTH * 3) / 4).toString('base64url');
}

/** Whether `code` looks like a QR code at all (a scanned link's last part), before any lookup. */
export const isQrCode = (code: string) => new RegExp(`^[A-Za-z0-9_-]{${QR_CODE_LENGTH}}$`).test(code);

/** The QR link printed on a room's label: the console's page for the room, `<publicUrl>/r/<code>`. */
export const qrLink = (publicUrl: string, code: string) => `${publicUrl.replace(/\/+$/, '')}/r/${code}`;

/** The floors of a building, top first (a tree: floors, then rooms), each with its rooms in number order. */
export function floorsOf<R extends { floor: number; number: string }>(
  building: { floorsAbove: number; floorsBelow: number },
  rooms: readonly R[],
): { floor: number; rooms: R[] }[] {
  const floors: { floor: number; rooms: R[] }[] = [];
  for (let floor = building.floorsAbove; floor >= -building.floorsBelow; floor--) {
    if (floor === 0) continue;
    floors.push({
      floor,
      rooms: rooms.filter((room) => room.floor === floor).sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true })),
    });
  }
  return floors;
}
