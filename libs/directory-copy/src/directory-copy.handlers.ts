import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { EventHandlers } from '@houqin/events';
import type { Built } from '@houqin/persistence';
import { KnownCampus, KnownSchool, KnownSchoolTerm, KnownStaff } from './directory-copy.entity';
import { directoryCopySql, type Facts } from './directory-copy.store';

/**
 * Keeps a row of a copy: sets its facts when the event is newer than the last one applied, inserts
 * it when it is not there yet, and otherwise (a newer event was applied, or this one was) leaves it.
 * Every event carries the whole fact set, so whichever arrives last in id order wins, whatever order
 * they were delivered in. Two first events for one row racing to insert: one fails on the primary
 * key and is redelivered, then takes the update path. True when this event applied.
 */
export async function applyFacts<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => E,
  key: string,
  facts: Facts<E>,
  update: (m: EntityManager, facts: Facts<E>) => Built,
): Promise<boolean> {
  const updated = await (update(manager, facts) as unknown as { execute(): Promise<{ affected?: number }> }).execute();
  if (updated.affected) return true;
  if (await manager.existsBy(entity, { [key]: (facts as Record<string, unknown>)[key] } as never)) return false;
  await manager.insert(entity, facts as never);
  return true;
}

/** `applyFacts` for a handler: the row kept, nothing more to do. */
async function keep<E extends ObjectLiteral>(...args: Parameters<typeof applyFacts<E>>): Promise<void> {
  await applyFacts(...args);
}

/** The directory's facts a service keeps, one handler per event type (docs/events.md, "What the directory publishes"). */
export const directoryCopyHandlers: EventHandlers = {
  'directory.school.created': (manager, { id, districtId, payload }) =>
    keep(manager, KnownSchool, 'schoolId', school(id, districtId, payload), directoryCopySql.school),
  'directory.school.changed': (manager, { id, districtId, payload }) =>
    keep(manager, KnownSchool, 'schoolId', school(id, districtId, payload), directoryCopySql.school),
  'directory.campus.created': (manager, { id, districtId, payload }) =>
    keep(manager, KnownCampus, 'campusId', campus(id, districtId, payload), directoryCopySql.campus),
  'directory.campus.moved': (manager, { id, districtId, payload }) =>
    keep(manager, KnownCampus, 'campusId', campus(id, districtId, { ...payload, schoolId: payload.toSchoolId }), directoryCopySql.campus),
  'directory.staff.created': (manager, { id, districtId, payload }) =>
    keep(manager, KnownStaff, 'staffId', staff(id, districtId, payload), directoryCopySql.staff),
  'directory.staff.changed': (manager, { id, districtId, payload }) =>
    keep(manager, KnownStaff, 'staffId', staff(id, districtId, payload), directoryCopySql.staff),
  'directory.school.termSaved': (manager, { id, districtId, payload }) =>
    keep(manager, KnownSchoolTerm, 'termId', term(id, districtId, payload), directoryCopySql.term),
};

const applied = (eventId: string) => ({ lastEventId: eventId, updatedAt: new Date() });

function school(
  eventId: string,
  districtId: string,
  p: { schoolId: string; kind: string; active: boolean; timeZone: string },
): Facts<KnownSchool> {
  return { schoolId: p.schoolId, districtId, kind: p.kind, active: p.active, timeZone: p.timeZone, ...applied(eventId) };
}

function campus(eventId: string, districtId: string, p: { campusId: string; schoolId: string; active: boolean }): Facts<KnownCampus> {
  return { campusId: p.campusId, districtId, schoolId: p.schoolId, active: p.active, ...applied(eventId) };
}

function staff(
  eventId: string,
  districtId: string,
  p: { staffId: string; schoolId: string; posts: readonly string[]; active: boolean },
): Facts<KnownStaff> {
  return { staffId: p.staffId, districtId, schoolId: p.schoolId, posts: p.posts.join(','), active: p.active, ...applied(eventId) };
}

function term(
  eventId: string,
  districtId: string,
  p: { termId: string; schoolId: string; startsOn: string; endsOn: string },
): Facts<KnownSchoolTerm> {
  return { termId: p.termId, districtId, schoolId: p.schoolId, startsOn: p.startsOn, endsOn: p.endsOn, ...applied(eventId) };
}
