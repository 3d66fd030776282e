import type { EntityManager } from 'typeorm';
import { directoryEvents, publishEvent } from '@houqin/events';
import type { Actor } from '@houqin/persistence';
import { changedFields } from '../facts';
import type { School } from './school.entity';

/** The facts other services keep about a school (not its address or enrolment: those are read through the graph). */
export const schoolFacts = (school: School) => ({
  schoolId: school.id,
  code: school.code,
  name: school.name,
  kind: school.kind,
  active: school.active,
  timeZone: school.timeZone,
});

/** Records `directory.school.created` in the creating transaction. */
export async function announceSchoolCreated(manager: EntityManager, actor: Actor, school: School): Promise<void> {
  await publishEvent(manager, actor, directoryEvents.schoolCreated, {
    districtId: school.districtId,
    schoolId: school.id,
    payload: schoolFacts(school),
  });
}

/** Records `directory.school.changed` when a published fact changed; an edit of the address or enrolment alone publishes nothing. */
export async function announceSchoolChanged(manager: EntityManager, actor: Actor, before: School, after: School): Promise<void> {
  const facts = schoolFacts(after);
  const changed = changedFields(schoolFacts(before), facts);
  if (!changed.length) return;
  await publishEvent(manager, actor, directoryEvents.schoolChanged, {
    districtId: after.districtId,
    schoolId: after.id,
    payload: { ...facts, changedFields: changed },
  });
}
