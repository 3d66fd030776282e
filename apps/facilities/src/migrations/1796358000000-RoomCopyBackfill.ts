import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Room } from '../place/place.entity';
import { publishRoomsChanged } from '../place/place.service';

/** Rooms read per statement. */
const BATCH = 500;

/**
 * Data only, once per deployment: publishes facilities.room.changed for every room that exists, so
 * the services that keep a copy of the rooms (safety's zones, hazards and rounds) learn of the rooms
 * registered before the event existed. Later changes publish themselves; a copy applies only a newer
 * fact, so a room changed since is not set back. On a new database there are no rooms yet: nothing.
 */
export class RoomCopyBackfill1796358000000 implements MigrationInterface {
  name = 'RoomCopyBackfill1796358000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const actor = { viewer: null, requestId: 'migration:RoomCopyBackfill' };
    for (let afterId = ''; ;) {
      // Plain SQL over the columns the event names, not the entity: the migration must keep working as the entity grows.
      const rooms: Room[] = await queryRunner.query(
        'SELECT id, districtId, schoolId, campusId, buildingId, floor, number, name, kind FROM room WHERE id > ? ORDER BY id LIMIT ?',
        [afterId, BATCH],
      );
      await publishRoomsChanged(queryRunner.manager, actor, rooms);
      if (rooms.length < BATCH) break;
      afterId = rooms[rooms.length - 1].id;
    }
  }

  public async down(): Promise<void> {
    // Events once sent are not taken back; the copies stay right.
  }
}
