/**
 * Places for the facilities tests (not a spec): buildings and rooms made through the API, as a
 * director registers them. Other concepts' specs take a storeroom or a classroom from here.
 *
 *   const place = await placeOf(sub, 'A');          // one building with a classroom, an office and a storeroom
 *   await sub.as(V.director).request(…, { input: { roomId: place.rooms.STOREROOM } });
 */
import type { ViewerClaims } from '@houqin/auth';
import { ok, type TestSubgraph } from '@houqin/testing';
import { CAMPUS_A, CAMPUS_B, type SchoolKey, schoolIdOf, V } from './support';

export const CREATE_BUILDING = `mutation($input: CreateBuildingInput!) { createBuilding(input: $input) {
  id schoolId campusId name floorsAbove floorsBelow version } }`;
export const ROOM_FIELDS = 'id schoolId campusId buildingId floor number name kind capacity qrCode qrPayload version';
export const CREATE_ROOM = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { ${ROOM_FIELDS} } }`;
export const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) {
  id schoolId name code version } }`;

export interface RoomOut {
  id: string;
  schoolId: string;
  campusId: string;
  buildingId: string;
  floor: number;
  number: string;
  name: string;
  kind: string;
  capacity: number | null;
  qrCode: string;
  qrPayload: string;
  version: number;
}

/** A building registered through the API by `as`; answers its id. */
export async function createBuilding(
  sub: TestSubgraph,
  as: ViewerClaims,
  input: { schoolId: string; campusId: string; name: string; floorsAbove: number; floorsBelow?: number },
): Promise<string> {
  return ok<{ createBuilding: { id: string } }>(await sub.as(as).request(CREATE_BUILDING, { input })).createBuilding.id;
}

/** A room registered through the API by `as`. */
export async function createRoom(
  sub: TestSubgraph,
  as: ViewerClaims,
  input: { buildingId: string; floor: number; number: string; name: string; kind: string; capacity?: number | null },
): Promise<RoomOut> {
  return ok<{ createRoom: RoomOut }>(await sub.as(as).request(CREATE_ROOM, { input })).createRoom;
}

/** A school's test place: one building with a classroom, an office, a lab and a storeroom (room ids by kind). */
export interface PlaceFixture {
  buildingId: string;
  rooms: { CLASSROOM: string; OFFICE: string; LAB: string; STOREROOM: string };
}

const fixtures = new WeakMap<TestSubgraph, Map<string, Promise<PlaceFixture>>>();

/** The fixture place of school A (east campus) or B (main campus), made once per running subgraph. */
export function placeOf(sub: TestSubgraph, school: 'A' | 'B'): Promise<PlaceFixture> {
  const made = fixtures.get(sub) ?? new Map<string, Promise<PlaceFixture>>();
  fixtures.set(sub, made);
  let place = made.get(school);
  if (!place) {
    place = makePlace(sub, school);
    made.set(school, place);
  }
  return place;
}

async function makePlace(sub: TestSubgraph, school: 'A' | 'B'): Promise<PlaceFixture> {
  const as = school === 'A' ? V.director : V.directorB;
  const schoolId = schoolIdOf(school as SchoolKey);
  const buildingId = await createBuilding(sub, as, {
    schoolId,
    campusId: school === 'A' ? CAMPUS_A : CAMPUS_B,
    name: 'Fixture Building (测试楼)',
    floorsAbove: 3,
  });
  const room = async (floor: number, number: string, name: string, kind: string) =>
    (await createRoom(sub, as, { buildingId, floor, number, name, kind })).id;
  return {
    buildingId,
    rooms: {
      CLASSROOM: await room(1, '101', 'Class 1-1 (一年级1班)', 'CLASSROOM'),
      OFFICE: await room(2, '201', 'General Affairs Office (总务处办公室)', 'OFFICE'),
      LAB: await room(2, '202', 'Science Lab (科学实验室)', 'LAB'),
      STOREROOM: await room(1, '102', 'Storeroom (总务仓库)', 'STOREROOM'),
    },
  };
}
