import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '@houqin/common';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';
import { ERROR_LENGTH, EVENT_TYPE_LENGTH } from './outbox.entity';

/**
 * The consumer's inbox: the id of every event whose handler committed, written in the handler's own
 * transaction. A redelivered or duplicated event finds its id here and changes nothing.
 */
@Entity('handled_event')
export class HandledEvent {
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  eventId: string;

  @Column('varchar', { length: EVENT_TYPE_LENGTH })
  type: string;

  @InstantColumn()
  handledAt: Date;
}

/** Failed attempts at handling an event, counted apart from the handler's (rolled-back) transaction. */
@Entity('event_attempt')
export class EventAttempt {
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  eventId: string;

  @Column('int')
  attempts: number;

  @Column('varchar', { length: ERROR_LENGTH })
  lastError: string;

  @InstantColumn()
  updatedAt: Date;
}

/**
 * An event parked after its handler failed too often, or that did not match the catalogue: kept
 * whole with its error so a district admin can see it and, once the cause is fixed, replay it. The
 * district and school make it scoped like any other record.
 */
@Entity('dead_letter')
@Index(['eventId'], { unique: true })
@Index(['districtId', 'parkedAt'])
export class DeadLetter {
  @IdColumn()
  id: string;

  @RefColumn()
  eventId: string;

  @Column('varchar', { length: EVENT_TYPE_LENGTH })
  type: string;

  @RefColumn({ nullable: true, comment: 'null only when the envelope itself was unreadable' })
  districtId: string | null;

  @RefColumn({ nullable: true })
  schoolId: string | null;

  @Column('text', { comment: 'the envelope as received (JSON)' })
  envelope: string;

  @Column('varchar', { length: ERROR_LENGTH })
  error: string;

  @Column('int')
  attempts: number;

  @InstantColumn()
  parkedAt: Date;

  @InstantColumn({ nullable: true })
  replayedAt: Date | null;
}
