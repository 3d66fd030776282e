import { In, type EntityManager } from 'typeorm';
import { directoryEvents, publishEvent, publishEvents } from '@houqin/events';
import type { Actor } from '@houqin/persistence';
import { changedFields } from '../facts';
import { StaffPostHolding, type Staff, type StaffPost } from './staff.entity';

/** A staff member's facts, with the posts read in the same transaction (sorted, so a change compares by content). */
export async function staffFacts(manager: EntityManager, staff: Staff) {
  return (await staffFactsOf(manager, [staff]))[0];
}

/** `staffFacts` of many staff members, their posts read in one statement; in the order given. */
async function staffFactsOf(manager: EntityManager, staff: readonly Staff[]) {
  const posts = staff.length
    ? await manager.find(StaffPostHolding, { where: { staffId: In(staff.map((s) => s.id)) }, order: { post: 'ASC' } })
    : [];
  const postsOf = new Map<string, StaffPost[]>();
  for (const p of posts) postsOf.set(p.staffId, [...(postsOf.get(p.staffId) ?? []), p.post]);
  return staff.map((s) => ({
    staffId: s.id,
    schoolId: s.schoolId,
    campusId: s.campusId,
    name: s.name,
    posts: postsOf.get(s.id) ?? [],
    active: s.active,
  }));
}

export type StaffFacts = Awaited<ReturnType<typeof staffFacts>>;

/** Records `directory.staff.created` in the creating transaction (after the posts are written). */
export async function announceStaffCreated(manager: EntityManager, actor: Actor, staff: Staff): Promise<void> {
  await announceStaffCreatedMany(manager, actor, [staff]);
}

/** `announceStaffCreated` for staff added together (an import): their posts in one read, the events a few per statement. */
export async function announceStaffCreatedMany(manager: EntityManager, actor: Actor, staff: readonly Staff[]): Promise<void> {
  const facts = await staffFactsOf(manager, staff);
  await publishEvents(
    manager,
    actor,
    directoryEvents.staffCreated,
    staff.map((s, i) => ({ districtId: s.districtId, schoolId: s.schoolId, payload: facts[i] })),
  );
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
