import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ID_LENGTH } from '@houqin/common';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';

/** Longest type name and request id stored (the envelope schema allows no more). */
export const EVENT_TYPE_LENGTH = 96;
const REQUEST_ID_LENGTH = 64;
/** Longest error text kept with a delivery, attempt or dead letter. */
export const ERROR_LENGTH = 2000;

/**
 * The transactional outbox (发件箱): an event recorded by `publishEvent` in the same transaction as
 * the change it describes, so a rolled-back change leaves no event and a committed one cannot be
 * lost. The relay publishes rows in id order and sets `publishedAt`; the index finds the unpublished
 * ones without reading the published history.
 */
@Entity('outbox_event')
@Index(['publishedAt', 'id'])
export class OutboxEvent {
  @IdColumn()
  id: string;

  @Column('varchar', { length: EVENT_TYPE_LENGTH })
  type: string;

  @Column('int')
  version: number;

  @InstantColumn()
  occurredAt: Date;

  @RefColumn()
  districtId: string;

  @RefColumn({ nullable: true })
  schoolId: string | null;

  @Column('text', { nullable: true, comment: 'JSON {accountId, staffId}; null for the system' })
  actor: string | null;

  @Column('varchar', { length: REQUEST_ID_LENGTH })
  requestId: string;

  @Column('text', { comment: 'JSON payload, checked against the catalogue when recorded' })
  payload: string;

  @InstantColumn({ nullable: true, comment: 'when the relay handed it to the transport; null while pending' })
  publishedAt: Date | null;
}

/**
 * One event for one consuming service, on the internal-HTTP path (no NATS): created by the relay
 * when it picks the event up, one row per consumer the catalogue lists for its type, and retried
 * with backoff until the consumer answers 2xx. Each consumer has its own row, so one that is down
 * does not hold up the others.
 */
@Entity('outbox_delivery')
@Index(['deliveredAt', 'nextAttemptAt'])
export class OutboxDelivery {
  @PrimaryColumn('varchar', { length: ID_LENGTH })
  eventId: string;

  @PrimaryColumn('varchar', { length: 64 })
  consumer: string;

  @Column('int', { default: 0 })
  attempts: number;

  @InstantColumn({ comment: 'not before this instant; also the lease of a relay that is sending it' })
  nextAttemptAt: Date;

  @InstantColumn({ nullable: true })
  deliveredAt: Date | null;

  @Column('varchar', { length: ERROR_LENGTH, nullable: true })
  lastError: string | null;
}
