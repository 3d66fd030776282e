import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';

/**
 * What the licence-expiry job announced: one row per supplier, licence (number and expiry date) and
 * state. Written in the job's transaction before its event, so a tick run twice, a late catch-up or a
 * second replica announces nothing again; the unique key stops two runs that overlap. A renewed
 * licence (another expiry date) has no row yet, so it is announced when it nears expiry in turn.
 */
@Entity('supplier_licence_announcement')
@Index(['supplierId', 'licenceNumber', 'expiresOn', 'state'], { unique: true })
export class SupplierLicenceAnnouncement {
  @IdColumn()
  id: string;

  @RefColumn()
  districtId: string;

  @RefColumn()
  supplierId: string;

  @Column('varchar', { length: 32, comment: 'the licence number announced; empty when the supplier had none' })
  licenceNumber: string;

  /** The licence's last valid day (YYYY-MM-DD) when it was announced. */
  @Column('date')
  expiresOn: string;

  @Column('varchar', { length: 16, comment: 'EXPIRING or EXPIRED' })
  state: string;

  /** The job's tick that announced it. */
  @InstantColumn()
  tick: Date;
}
