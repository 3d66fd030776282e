/**
 * Places under concurrency (MySQL / MariaDB only; the embedded database runs one transaction at a
 * time): a director lowering a building while another registers a room on its top floor — one of
 * the two wins, and a building never ends with a room above its floors.
 */
import { testStorage, type TestSubgraph } from '@houqin/testing';
import { Building, Room } from '../src/place/place.entity';
import { CREATE_ROOM, createBuilding } from './place-fixtures';
import { CAMPUS_A, SCHOOL_A, startFacilities, V } from './support';

jest.setTimeout(120_000);

const onServer = testStorage().kind === 'mysql';
(onServer ? describe : describe.skip)('places concurrency on MySQL / MariaDB', () => {
  let sub: TestSubgraph;
  beforeAll(async () => {
    sub = await startFacilities();
  });
  afterAll(() => sub?.stop());

  it('lowering a building and putting a room on its top floor at once: never a room above the floors', async () => {
    const UPDATE = 'mutation($input: UpdateBuildingInput!) { updateBuilding(input: $input) { id floorsAbove } }';
    for (let i = 0; i < 6; i++) {
      const id = await createBuilding(sub, V.director, { schoolId: SCHOOL_A, campusId: CAMPUS_A, name: `Race ${i}`, floorsAbove: 5 });
      const [lowered, placed] = await Promise.all([
        sub.as(V.director).request(UPDATE, { input: { id, version: 1, floorsAbove: 4 } }),
        sub.as(V.principal).request(CREATE_ROOM, { input: { buildingId: id, floor: 5, number: '501', name: 'Top room', kind: 'OFFICE' } }),
      ]);
      // Exactly one wins; the other is refused on its field.
      expect([lowered.errors, placed.errors].filter((e) => !e).length).toBe(1);
      const building = await sub.dataSource.manager.findOneByOrFail(Building, { id });
      const rooms = await sub.dataSource.manager.findBy(Room, { buildingId: id });
      expect(rooms.every((room) => room.floor <= building.floorsAbove)).toBe(true);
    }
  });
});
