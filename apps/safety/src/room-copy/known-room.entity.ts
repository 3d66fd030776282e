import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';

/**
 * Safety's copy of a facilities room (房间): only what zones, hazards and rounds check (which campus it
 * is on; the campus's school comes from the directory copy, so a campus move takes its rooms along),
 * kept from `facilities.room.changed`, never read from facilities' tables. The row remembers the last
 * event applied (UUIDv7), so an older event delivered late never overwrites a newer state.
 */
@Entity('known_room')
@Index(['campusId'])
export class KnownRoom {
  @IdColumn()
  roomId: string;

  @RefColumn()
  districtId: string;

  @RefColumn({ comment: "the campus it is on; its school is the campus's (known_campus)" })
  campusId: string;

  @RefColumn()
  buildingId: string;

  @Column('varchar', { length: 100, comment: 'its name, e.g. Class 3-2 (三年级2班), for messages' })
  name: string;

  @Column('varchar', { length: 16, comment: 'its use (RoomKind)' })
  kind: string;

  @RefColumn({ comment: 'the last facilities event applied to this row' })
  lastEventId: string;

  @InstantColumn({ comment: 'when that event was applied' })
  updatedAt: Date;
}
