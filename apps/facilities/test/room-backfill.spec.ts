/**
 * A deployment that registered its rooms before facilities.room.changed existed: the data migration
 * RoomCopyBackfill publishes every room once, so safety's copy learns them all (its zones, hazards and
 * rounds then accept them).
 */
import pino from 'pino';
import { envelopeOf, OutboxEvent } from '@houqin/events';
import type { TestSubgraph } from '@houqin/testing';
import { seedPlacesDemo } from '../src/demo/place';
import { RoomCopyBackfill1796358000000 } from '../src/migrations/1796358000000-RoomCopyBackfill';
import { Room } from '../src/place/place.entity';
import { startFacilities } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startFacilities();
  await seedPlacesDemo(sub.dataSource, pino({ level: 'silent' }));
});
afterAll(() => sub?.stop());

it('publishes facilities.room.changed for every room that exists, with its facts', async () => {
  const outbox = sub.dataSource.getRepository(OutboxEvent);
  // As before the event existed: the rooms are there, no event told of them.
  await outbox.delete({ type: 'facilities.room.changed' });
  const rooms = await sub.dataSource.manager.find(Room, { order: { id: 'ASC' } });
  expect(rooms.length).toBeGreaterThan(50);

  // As the migration runner runs it: in its own transaction ('each').
  const runner = sub.dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await new RoomCopyBackfill1796358000000().up(runner);
    await runner.commitTransaction();
  } finally {
    await runner.release();
  }

  const told = (await outbox.find({ where: { type: 'facilities.room.changed' } })).map(envelopeOf);
  expect(told.map((e) => (e.payload as { roomId: string }).roomId).sort()).toEqual(rooms.map((r) => r.id).sort());
  const room = rooms[0];
  expect(told.find((e) => (e.payload as { roomId: string }).roomId === room.id)).toMatchObject({
    districtId: room.districtId,
    schoolId: room.schoolId,
    payload: {
      roomId: room.id,
      schoolId: room.schoolId,
      campusId: room.campusId,
      buildingId: room.buildingId,
      floor: room.floor,
      number: room.number,
      name: room.name,
      kind: room.kind,
    },
  });
});
