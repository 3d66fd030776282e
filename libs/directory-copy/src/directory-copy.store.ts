import type { EntityManager, ObjectLiteral } from 'typeorm';
import { defineSqlStore } from '@houqin/persistence';
import { KnownCampus, KnownSchool, KnownSchoolTerm, KnownStaff } from './directory-copy.entity';

/** A row's facts as an event states them, with the event that stated them. */
type Facts<E> = Omit<E, 'lastEventId' | 'updatedAt'> & { lastEventId: string; updatedAt: Date };

/** Sets a row's facts only if the event is newer than the last one applied to it (ids are UUIDv7: later sorts higher). */
export function updateIfNewer<E extends ObjectLiteral>(m: EntityManager, entity: new () => E, key: string, facts: Partial<E>) {
  return m
    .createQueryBuilder()
    .update(entity)
    .set(facts as never)
    .where(`${key} = :id AND lastEventId < :eventId`, {
      id: (facts as Record<string, unknown>)[key],
      eventId: (facts as Record<string, unknown>).lastEventId,
    });
}

const EXAMPLE = { districtId: 'district-1', lastEventId: 'event-2', updatedAt: new Date(0) };

/** The copy's hand-written SQL (printed to apps/<service>/sql/directoryCopy.sql). */
export const directoryCopySql = defineSqlStore(
  'directoryCopy',
  {
    /** A school's facts from `directory.school.created` or `changed`, unless a newer event was applied. */
    school: (m, facts: Facts<KnownSchool>) => updateIfNewer(m, KnownSchool, 'schoolId', facts),
    /** A campus's facts (its school after a move), unless a newer event was applied. */
    campus: (m, facts: Facts<KnownCampus>) => updateIfNewer(m, KnownCampus, 'campusId', facts),
    /** A staff member's facts, unless a newer event was applied. */
    staff: (m, facts: Facts<KnownStaff>) => updateIfNewer(m, KnownStaff, 'staffId', facts),
    /** A school term's dates, unless a newer event was applied. */
    term: (m, facts: Facts<KnownSchoolTerm>) => updateIfNewer(m, KnownSchoolTerm, 'termId', facts),
    /** The schools' terms (two a year each), for counting their school days. */
    termsOf: (m, schoolIds: readonly string[]) =>
      m
        .getRepository(KnownSchoolTerm)
        .createQueryBuilder('t')
        .where('t.schoolId IN (:...schoolIds)', { schoolIds })
        .orderBy('t.startsOn')
        .addOrderBy('t.termId'),
  },
  {
    school: [{ ...EXAMPLE, schoolId: 'school-1', kind: 'PRIMARY', active: true, timeZone: 'Asia/Shanghai' }],
    campus: [{ ...EXAMPLE, campusId: 'campus-1', schoolId: 'school-1', active: true }],
    staff: [{ ...EXAMPLE, staffId: 'staff-1', schoolId: 'school-1', posts: 'COOK', active: true }],
    term: [{ ...EXAMPLE, termId: 'term-1', schoolId: 'school-1', startsOn: '2026-09-01', endsOn: '2027-01-22' }],
    termsOf: [['school-1']],
  },
);

export type { Facts };
