import type { EntityManager } from 'typeorm';
import { directoryEvents, publishEvent } from '@houqin/events';
import type { Actor } from '@houqin/persistence';
import type { Campus } from './campus.entity';

export const campusFacts = (campus: Campus) => ({
  campusId: campus.id,
  schoolId: campus.schoolId,
  name: campus.name,
  active: campus.active,
});

/** Records `directory.campus.created` in the creating transaction. */
export async function announceCampusCreated(manager: EntityManager, actor: Actor, campus: Campus): Promise<void> {
  await publishEvent(manager, actor, directoryEvents.campusCreated, {
    districtId: campus.districtId,
    schoolId: campus.schoolId,
    payload: campusFacts(campus),
  });
}

/** Records `directory.campus.moved` (the envelope's school is the one that took it over) with the campus's facts after the move. */
export async function announceCampusMoved(
  manager: EntityManager,
  actor: Actor,
  moved: Campus,
  move: { fromSchoolId: string; effectiveOn: string; reason: string },
): Promise<void> {
  await publishEvent(manager, actor, directoryEvents.campusMoved, {
    districtId: moved.districtId,
    schoolId: moved.schoolId,
    payload: {
      campusId: moved.id,
      fromSchoolId: move.fromSchoolId,
      toSchoolId: moved.schoolId,
      name: moved.name,
      active: moved.active,
      effectiveOn: move.effectiveOn,
      reason: move.reason,
    },
  });
}
