/**
 * The places of the demo district: every campus of an open demo school (the West Campus included) has
 * its buildings, a storeroom (总务仓库), classrooms named by class, labs, offices, toilets, a canteen and
 * a gym; each open school has its departments; a second seed adds nothing; `demoRooms` reads them back.
 */
import pino from 'pino';
import { DEMO_CAMPUSES, DEMO_SCHOOLS } from '@houqin/demo';
import type { TestSubgraph } from '@houqin/testing';
import { DEMO_STOREROOM_NAME, demoRooms, seedPlacesDemo } from '../src/demo/place';
import { Building, Department, Room, RoomKind } from '../src/place/place.entity';
import { isQrCode } from '../src/place/place.rules';
import { CAMPUS_A_WEST, SCHOOL_A, SCHOOL_B, startFacilities } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
  await seedPlacesDemo(sub.dataSource, pino({ level: 'silent' }));
});
afterAll(() => sub?.stop());

describe('the demo places', () => {
  it('every campus of an open school, the West Campus included, has a teaching building, its storeroom, a canteen and a gym', async () => {
    const campuses = Object.values(DEMO_CAMPUSES);
    expect(campuses.length).toBe(5);
    for (const campus of campuses) {
      const rooms = await sub.dataSource.manager.find(Room, { where: { campusId: campus.id } });
      const kinds = new Set(rooms.map((r) => r.kind));
      for (const kind of [RoomKind.CLASSROOM, RoomKind.LAB, RoomKind.OFFICE, RoomKind.TOILET, RoomKind.CANTEEN, RoomKind.SPORTS])
        expect({ campus: campus.name, kind, has: kinds.has(kind) }).toEqual({ campus: campus.name, kind, has: true });
      const storerooms = rooms.filter((r) => r.kind === RoomKind.STOREROOM);
      expect(storerooms.map((r) => r.name)).toEqual([DEMO_STOREROOM_NAME]);
      expect(rooms.every((r) => r.schoolId === campus.schoolId && isQrCode(r.qrCode))).toBe(true);
    }
    const west = await sub.dataSource.manager.find(Room, { where: { campusId: CAMPUS_A_WEST, kind: RoomKind.CLASSROOM } });
    expect(west.map((r) => r.name)).toContain('Class 3-2 (三年级2班)');
  });

  it('each open school has 教务处, 总务处, 德育处, 办公室 and a grade group per grade', async () => {
    const a = await sub.dataSource.manager.find(Department, { where: { schoolId: SCHOOL_A } });
    expect(a.map((d) => d.name)).toEqual(expect.arrayContaining(['教务处', '总务处', '德育处', '办公室', '一年级组', '六年级组']));
    const b = await sub.dataSource.manager.find(Department, { where: { schoolId: SCHOOL_B } });
    expect(b.map((d) => d.name)).toEqual(expect.arrayContaining(['七年级组', '九年级组']));
    expect(await sub.dataSource.manager.countBy(Department, { schoolId: DEMO_SCHOOLS.riversidePrimary.id })).toBe(0);
    const high = await sub.dataSource.manager.find(Department, { where: { schoolId: DEMO_SCHOOLS.firstHigh.id } });
    expect(high.map((d) => d.name)).toContain('高三年级组');
  });

  it('a second seed adds nothing; demoRooms finds rooms and departments for the parts seeded after places', async () => {
    const count = async () => [
      await sub.dataSource.manager.count(Building),
      await sub.dataSource.manager.count(Room),
      await sub.dataSource.manager.count(Department),
    ];
    const before = await count();
    await seedPlacesDemo(sub.dataSource, pino({ level: 'silent' }));
    expect(await count()).toEqual(before);

    const places = await demoRooms(sub.dataSource, SCHOOL_A);
    expect(places.storeroom().campusId).toBe(DEMO_CAMPUSES.firstPrimaryEast.id);
    expect(places.storeroom(CAMPUS_A_WEST).name).toBe(DEMO_STOREROOM_NAME);
    expect(places.room('三年级2班').kind).toBe(RoomKind.CLASSROOM);
    expect(places.ofKind(RoomKind.LAB).length).toBeGreaterThan(0);
    expect(places.department('总务处').code).toBe('ZWC');
    expect(() => places.room('Swimming Pool')).toThrow();
  });
});
