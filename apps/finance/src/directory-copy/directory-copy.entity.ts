import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';

/**
 * Finance's own copy of the few directory facts it validates against (does this school exist in
 * this district and is it open; which school a campus belongs to; is this staff member active and at
 * this school), kept from the directory's events (docs/events.md), never read from its tables.
 * Each row remembers the id of the last event applied to it (UUIDv7, ordered by time), so a
 * duplicate or an older event delivered late never overwrites a newer state.
 */
@Entity('known_school')
@Index(['districtId'])
export class KnownSchool {
  @IdColumn()
  schoolId: string;

  @RefColumn()
  districtId: string;

  @Column('boolean', { comment: 'false once the school closed or merged' })
  active: boolean;

  @Column('varchar', { length: 64, comment: "IANA zone of the school's dates" })
  timeZone: string;

  @RefColumn({ comment: 'the last directory event applied to this row' })
  lastEventId: string;

  @InstantColumn({ comment: 'when that event was applied' })
  updatedAt: Date;
}

/** A campus and the school it belongs to now (a move updates it). */
@Entity('known_campus')
@Index(['schoolId'])
export class KnownCampus {
  @IdColumn()
  campusId: string;

  @RefColumn()
  districtId: string;

  @RefColumn()
  schoolId: string;

  @Column('boolean')
  active: boolean;

  @RefColumn({ comment: 'the last directory event applied to this row' })
  lastEventId: string;

  @InstantColumn()
  updatedAt: Date;
}

/** A staff member, the school employing them, and whether they are still active. */
@Entity('known_staff')
@Index(['schoolId'])
export class KnownStaff {
  @IdColumn()
  staffId: string;

  @RefColumn()
  districtId: string;

  @RefColumn()
  schoolId: string;

  @Column('boolean', { comment: 'false once the person has left' })
  active: boolean;

  @RefColumn({ comment: 'the last directory event applied to this row' })
  lastEventId: string;

  @InstantColumn()
  updatedAt: Date;
}

/**
 * An account and whether it may sign in (from `directory.account.*`): the roles it holds count only
 * while it is active. Its grants are in `known_role_grant`, replaced whole by each newer event.
 */
@Entity('known_account')
@Index(['districtId'])
export class KnownAccount {
  @IdColumn()
  accountId: string;

  @RefColumn()
  districtId: string;

  @Column('boolean', { comment: 'false once deactivated' })
  active: boolean;

  @RefColumn({ comment: 'the last directory event applied to this row and its grants' })
  lastEventId: string;

  @InstantColumn()
  updatedAt: Date;
}

/** A role an account holds, at a school (null for a district role), as its last applied event listed the grants in force. */
@Entity('known_role_grant')
@Index(['role', 'schoolId'])
@Index(['accountId'])
export class KnownRoleGrant {
  @IdColumn()
  id: string;

  @RefColumn()
  accountId: string;

  @Column('varchar', { length: 32 })
  role: string;

  @RefColumn({ nullable: true })
  schoolId: string | null;
}
