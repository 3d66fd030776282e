import pino from 'pino';
import { newId } from '@houqin/common';
import { DEMO_CAMPUSES, DEMO_DISTRICT } from '@houqin/demo';
import { EventConsumer, eventDefinition, type EventEnvelope, type EventPayload } from '@houqin/events';
import { expectCode, ok, type TestSubgraph } from '@houqin/testing';
import { AssetEvent, FixedAsset } from '../src/asset/asset.entity';
import { facilitiesConsumer } from '../src/events/facilities.consumer';
import { createBuilding, createRoom, placeOf } from './place-fixtures';
import { CAMPUS_A_WEST, SCHOOL_A, SCHOOL_B, startFacilities, V } from './support';

jest.setTimeout(60_000);

/**
 * The directory moves First Primary's West Campus to Second Junior (a merger): the projector and the
 * computer in its classroom follow the room to the new school — unless a tag is already used there,
 * when nothing moves and the event fails naming the tag, until the clash is resolved and it is replayed.
 */
let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
}, 60_000);
afterAll(() => sub?.stop());

const REGISTER = `mutation($input: RegisterAssetInput!) { registerAsset(input: $input) { id } }`;
const ASSET = `query($id: ID!) { asset(id: $id) { id schoolId roomId history { kind schoolId source } } }`;
const register = async (as: typeof V.director, input: Record<string, unknown>) =>
  ok<{ registerAsset: { id: string } }>(await sub.as(as).request(REGISTER, { input })).registerAsset.id;

it('takes the assets in the campus’s rooms to the new school; a tag clash fails the event until resolved', async () => {
  const building = await createBuilding(sub, V.director, {
    schoolId: SCHOOL_A,
    campusId: CAMPUS_A_WEST,
    name: '西校区教学楼',
    floorsAbove: 3,
  });
  const room = await createRoom(sub, V.director, { buildingId: building, floor: 1, number: '101', name: '一年级1班', kind: 'CLASSROOM' });
  const card = { schoolId: SCHOOL_A, classCode: '2020200', acquiredOn: '2024-09-01', cost: '4200', roomId: room.id };
  const projector = await register(V.director, { ...card, tagNumber: 'W-0001', name: '投影仪' });
  const computer = await register(V.director, { ...card, tagNumber: 'W-0002', name: '台式计算机', classCode: '2010100' });
  const stays = await register(V.director, {
    ...card,
    tagNumber: 'E-0001',
    name: '投影仪',
    roomId: (await placeOf(sub, 'A')).rooms.OFFICE,
  });
  // School B already has a W-0002.
  const placeB = await placeOf(sub, 'B');
  await register(V.directorB, { ...card, schoolId: SCHOOL_B, tagNumber: 'W-0002', name: '投影仪', roomId: placeB.rooms.OFFICE });

  const envelope: EventEnvelope = {
    id: newId(),
    type: 'directory.campus.moved',
    version: eventDefinition('directory.campus.moved')!.version,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId: SCHOOL_B,
    actor: null,
    requestId: 'test-asset-campus-moved',
    payload: {
      campusId: CAMPUS_A_WEST,
      fromSchoolId: SCHOOL_A,
      toSchoolId: SCHOOL_B,
      name: DEMO_CAMPUSES.firstPrimaryWest.name,
      active: true,
      effectiveOn: '2026-11-16',
      reason: 'Merged into Second Junior Middle (test)',
    } satisfies EventPayload<'directory.campus.moved'>,
  };
  const consumer = new EventConsumer(facilitiesConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) });

  const clash = await consumer.handle(envelope);
  expect(clash.ok).toBe(false);
  expect(clash.error).toMatch(/W-0002.*re-tag/);
  // Nothing moved: not the assets, not the rooms.
  expect((await sub.dataSource.getRepository(FixedAsset).findOneByOrFail({ id: projector })).schoolId).toBe(SCHOOL_A);

  // The district resolves the clash (a data fix at school A), and the event is delivered again.
  await sub.dataSource.getRepository(FixedAsset).update({ id: computer }, { tagNumber: 'W-0002A' });
  const handled = await consumer.handle(envelope);
  expect({ outcome: handled.outcome, error: handled.error }).toEqual({ outcome: 'handled', error: undefined });

  const seen = ok<{ asset: { schoolId: string; roomId: string; history: { kind: string; schoolId: string; source: string }[] } }>(
    await sub.as(V.directorB).request(ASSET, { id: projector }),
  ).asset;
  expect(seen).toMatchObject({ schoolId: SCHOOL_B, roomId: room.id });
  expect(seen.history).toEqual([
    { kind: 'REGISTERED', schoolId: SCHOOL_A, source: 'MANUAL' },
    { kind: 'SCHOOL_CHANGED', schoolId: SCHOOL_B, source: 'CAMPUS_MOVE' },
  ]);
  expect((await sub.dataSource.getRepository(FixedAsset).findOneByOrFail({ id: computer })).schoolId).toBe(SCHOOL_B);
  expectCode(await sub.as(V.director).request(ASSET, { id: projector }), 'NOT_FOUND');
  expect((await sub.dataSource.getRepository(FixedAsset).findOneByOrFail({ id: stays })).schoolId).toBe(SCHOOL_A);
  expect(await sub.dataSource.getRepository(AssetEvent).countBy({ kind: 'SCHOOL_CHANGED' as AssetEvent['kind'] })).toBe(2);
});
