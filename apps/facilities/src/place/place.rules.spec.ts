import type { GraphQLError } from 'graphql';
import {
  checkBuildingHasRoom,
  checkCampusHasRoom,
  checkCapacity,
  checkFloorIn,
  checkFloors,
  checkFloorsKeepRooms,
  checkRoomNumber,
  floorsOf,
  isQrCode,
  MAX_BUILDINGS_PER_CAMPUS,
  MAX_ROOMS_PER_BUILDING,
  newQrCode,
  normalRoomNumber,
  qrLink,
} from './place.rules';

const fieldOf = (act: () => void): string | undefined => {
  try {
    act();
  } catch (error) {
    return ((error as GraphQLError).extensions as { field?: string }).field;
  }
  return undefined;
};

describe('place rules', () => {
  const building = { floorsAbove: 5, floorsBelow: 1 };

  it('a floor is 1..floorsAbove or -1..-floorsBelow, never 0', () => {
    for (const floor of [1, 3, 5, -1]) expect(fieldOf(() => checkFloorIn(building, floor))).toBeUndefined();
    for (const floor of [0, 6, -2, 1.5]) expect(fieldOf(() => checkFloorIn(building, floor))).toBe('floor');
    expect(fieldOf(() => checkFloorIn({ floorsAbove: 3, floorsBelow: 0 }, -1))).toBe('floor');
  });

  it('a building has at least one floor above ground and none negative below', () => {
    expect(fieldOf(() => checkFloors(5, 0))).toBeUndefined();
    expect(fieldOf(() => checkFloors(0, 0))).toBe('floorsAbove');
    expect(fieldOf(() => checkFloors(61, 0))).toBe('floorsAbove');
    expect(fieldOf(() => checkFloors(3, -1))).toBe('floorsBelow');
  });

  it('a building keeps the floors its rooms are on', () => {
    expect(fieldOf(() => checkFloorsKeepRooms(4, 1, [1, 4, -1]))).toBeUndefined();
    expect(fieldOf(() => checkFloorsKeepRooms(3, 1, [1, 4]))).toBe('floorsAbove');
    expect(fieldOf(() => checkFloorsKeepRooms(4, 0, [-1]))).toBe('floorsBelow');
    expect(fieldOf(() => checkFloorsKeepRooms(4, 0, []))).toBeUndefined();
  });

  it('room numbers and capacities', () => {
    expect(normalRoomNumber(' b1-05 ')).toBe('B1-05');
    expect(fieldOf(() => checkRoomNumber('302'))).toBeUndefined();
    expect(fieldOf(() => checkRoomNumber('3 02'))).toBe('number');
    expect(fieldOf(() => checkRoomNumber('-1'))).toBe('number');
    expect(fieldOf(() => checkCapacity(null))).toBeUndefined();
    expect(fieldOf(() => checkCapacity(45))).toBeUndefined();
    expect(fieldOf(() => checkCapacity(0))).toBe('capacity');
  });

  it('QR codes are 12 random URL-safe characters, and the link is the console page /r/<code>', () => {
    const codes = new Set(Array.from({ length: 200 }, newQrCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(isQrCode(code)).toBe(true);
    expect(isQrCode('short')).toBe(false);
    expect(isQrCode('abc/def?g=hi')).toBe(false);
    expect(qrLink('https://houqin.example.cn/', 'AbCdEfGh-_12')).toBe('https://houqin.example.cn/r/AbCdEfGh-_12');
  });

  it('the floor tree lists every floor top first, rooms in number order, empty floors included', () => {
    const rooms = [
      { floor: 3, number: '302' },
      { floor: 3, number: '301' },
      { floor: -1, number: 'B1-01' },
      { floor: 3, number: '310' },
    ];
    const tree = floorsOf({ floorsAbove: 3, floorsBelow: 1 }, rooms);
    expect(tree.map((f) => f.floor)).toEqual([3, 2, 1, -1]);
    expect(tree[0].rooms.map((r) => r.number)).toEqual(['301', '302', '310']);
    expect(tree[1].rooms).toEqual([]);
  });
});

describe('place limits', () => {
  it('a campus takes buildings up to MAX_BUILDINGS_PER_CAMPUS, a building rooms up to MAX_ROOMS_PER_BUILDING', () => {
    expect(fieldOf(() => checkCampusHasRoom(MAX_BUILDINGS_PER_CAMPUS - 1))).toBeUndefined();
    expect(fieldOf(() => checkCampusHasRoom(MAX_BUILDINGS_PER_CAMPUS))).toBe('campusId');
    expect(fieldOf(() => checkBuildingHasRoom(MAX_ROOMS_PER_BUILDING - 1))).toBeUndefined();
    expect(fieldOf(() => checkBuildingHasRoom(MAX_ROOMS_PER_BUILDING))).toBe('buildingId');
  });
});
