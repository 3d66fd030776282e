import type { EntityManager } from 'typeorm';
import { directoryEvents, publishEvent } from '@houqin/events';
import type { Actor } from '@houqin/persistence';
import { changedFields } from '../facts';
import { StaffPostHolding, type Staff } from './staff.entity';

/** A staff member's facts, with the posts read in the same transaction (sorted, so a change compares by content). */
export async function staffFacts(manager: EntityManager, staff: Staff) {
  const posts = await manager.find(StaffPostHolding, { where: { staffId: staff.id }, order: { post: 'ASC' } });
  return {
    staffId: staff.id,
    schoolId: staff.schoolId,
    campusId: staff.campusId,
    name: staff.name,
    posts: posts.map((p) => p.post),
    active: staff.active,
  };
}

export type StaffFacts = Awaited<ReturnType<typeof staffFacts>>;

/** Records `directory.staff.created` in the creating transaction (after the posts are written). */
export async function announceStaffCreated(manager: EntityManager, actor: Actor, staff: Staff): Promise<void> {
  await publishEvent(manager, actor, directoryEvents.staffCreated, {
    districtId: staff.districtId,
    schoolId: staff.schoolId,
    payload: await staffFacts(manager, staff),
  });
}

/** Records `directory.staff.changed` when a published fact changed (a phone number alone publishes nothing). */
export async function announceStaffChanged(manager: EntityManager, actor: Actor, before: StaffFacts, after: Staff): Promise<void> {
  const facts = await staffFacts(manager, after);
  const changed = changedFields(before, facts);
  if (!changed.length) return;
  await publishEvent(manager, actor, directoryEvents.staffChanged, {
    districtId: after.districtId,
    schoolId: after.schoolId,
    payload: { ...facts, changedFields: changed },
  });
}
