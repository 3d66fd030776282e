import { IsNull, type EntityManager } from 'typeorm';
import { directoryEvents, publishEvent } from '@houqin/events';
import type { Actor } from '@houqin/persistence';
import { RoleGrant, type UserAccount } from './account.entity';

/** An account's facts: whose it is, whether it may sign in, and the grants in force (oldest first). District-wide: no school. */
export async function accountFacts(manager: EntityManager, account: UserAccount) {
  const grants = await manager.find(RoleGrant, {
    where: { accountId: account.id, revokedAt: IsNull() },
    order: { grantedAt: 'ASC', id: 'ASC' },
  });
  return {
    accountId: account.id,
    staffId: account.staffId,
    active: account.active,
    grants: grants.map((g) => ({ role: g.role, schoolId: g.schoolId })),
  };
}

/** Records `directory.account.created` in the creating transaction. */
export async function announceAccountCreated(manager: EntityManager, actor: Actor, account: UserAccount): Promise<void> {
  await publishEvent(manager, actor, directoryEvents.accountCreated, {
    districtId: account.districtId,
    schoolId: null,
    payload: await accountFacts(manager, account),
  });
}

/** Records `directory.account.changed` after a grant or revocation, with the grants now in force. */
export async function announceGrantsChanged(manager: EntityManager, actor: Actor, account: UserAccount): Promise<void> {
  await publishEvent(manager, actor, directoryEvents.accountChanged, {
    districtId: account.districtId,
    schoolId: null,
    payload: { ...(await accountFacts(manager, account)), changedFields: ['grants'] },
  });
}

/** Records `directory.account.deactivated`: it can no longer sign in. */
export async function announceAccountDeactivated(manager: EntityManager, actor: Actor, account: UserAccount): Promise<void> {
  await publishEvent(manager, actor, directoryEvents.accountDeactivated, {
    districtId: account.districtId,
    schoolId: null,
    payload: { accountId: account.id, staffId: account.staffId },
  });
}

/** Records `directory.account.passwordChanged`: every earlier session of the account has ended. */
export async function announcePasswordChanged(manager: EntityManager, actor: Actor, account: UserAccount): Promise<void> {
  await publishEvent(manager, actor, directoryEvents.accountPasswordChanged, {
    districtId: account.districtId,
    schoolId: null,
    payload: { accountId: account.id, staffId: account.staffId },
  });
}
