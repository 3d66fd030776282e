import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '@houqin/persistence';

/**
 * A service's own copy of the few directory facts it validates against (is this school of this
 * district and open; which school a campus belongs to; is this staff member active at this school),
 * kept from the directory's events (docs/events.md), never read from its tables. Each row remembers
 * the id of the last event applied to it (UUIDv7, ordered by time), so a duplicate or an older event
 * delivered late never overwrites a newer state.
 */
@Entity('known_school')
@Index(['districtId'])
export class KnownSchool {
  @IdColumn()
  schoolId: string;

  @RefColumn()
  districtId: string;

  @Column('varchar', { length: 16, comment: 'PRIMARY, JUNIOR_MIDDLE, NINE_YEAR or HIGH (the age groups it feeds)' })
  kind: string;

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

/** A staff member, the school employing them, their posts and whether they are still active. */
@Entity('known_staff')
@Index(['schoolId'])
export class KnownStaff {
  @IdColumn()
  staffId: string;

  @RefColumn()
  districtId: string;

  @RefColumn()
  schoolId: string;

  @Column('varchar', { length: 300, comment: 'the posts (岗位) held, comma-separated, e.g. COOK,CANTEEN_MANAGER' })
  posts: string;

  @Column('boolean', { comment: 'false once the person has left' })
  active: boolean;

  @RefColumn({ comment: 'the last directory event applied to this row' })
  lastEventId: string;

  @InstantColumn()
  updatedAt: Date;
}

/** A term (学期) of a school's calendar (校历): with the national calendar it says which days are school days. */
@Entity('known_school_term')
@Index(['schoolId'])
export class KnownSchoolTerm {
  @IdColumn()
  termId: string;

  @RefColumn()
  districtId: string;

  @RefColumn()
  schoolId: string;

  @Column('date', { comment: 'the first day of the term' })
  startsOn: string;

  @Column('date', { comment: 'the last day of the term' })
  endsOn: string;

  @RefColumn({ comment: 'the last directory event applied to this row' })
  lastEventId: string;

  @InstantColumn()
  updatedAt: Date;
}

/** The directory-copy tables, for the subgraph's entity list. */
export const directoryCopyEntities = [KnownSchool, KnownCampus, KnownStaff, KnownSchoolTerm];
