import { missingRooms, zoneRoomIds } from './zone.rules';

const A = '01900000-0000-7000-8000-000030000001';
const B = '01900000-0000-7000-8000-000030000002';

describe('a zone’s rooms', () => {
  it('keeps well-formed ids in order', () => {
    expect(zoneRoomIds([A, B])).toEqual([A, B]);
  });

  it('refuses a room listed twice, naming the field', () => {
    expect(() => zoneRoomIds([A, B, A])).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'roomIds' }) }));
  });

  it('refuses a malformed id, naming its position', () => {
    expect(() => zoneRoomIds([A, 'nonsense'])).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'roomIds[1]' }) }),
    );
  });

  it('names the rooms the school does not have', () => {
    expect(missingRooms([A, B], [B])).toEqual([A]);
    expect(missingRooms([A], [A])).toEqual([]);
  });
});
