import type { EntityManager, EntityTarget, FindOptionsWhere, QueryDeepPartialEntity } from 'typeorm';
import { conflict } from '@houqin/common';
import { recordAudit, type Actor } from './audit';
import { isUniqueViolation, updateIfVersion } from './queries';

/** A record read in the transaction that an edit changes. */
interface Versioned {
  id: string;
  version: number;
  districtId: string;
}

export interface Edit<T extends Versioned> {
  entity: EntityTarget<T>;
  /** The GraphQL type, also the audit entry's entityType. */
  typeName: string;
  current: T;
  /** The version the client read. */
  version: number;
  changes: QueryDeepPartialEntity<T>;
  /** The audit action (e.g. `supplier.update`), the school for school-owned records, and what to record (default: the changes). */
  audit: { action: string; schoolId?: string | null; changes?: Record<string, unknown> };
}

/**
 * Saves an edit of `current`: the changes apply only if the record is still at the version the
 * client read, so a second clerk holding an old copy cannot overwrite the first one's change (they
 * get CONFLICT with the current version, and nothing is written). The audit entry goes in the same
 * transaction, and the record comes back as it now is.
 */
export async function saveEdit<T extends Versioned>(manager: EntityManager, actor: Actor, edit: Edit<T>): Promise<T> {
  const { entity, typeName, current, version, changes, audit } = edit;
  if (!(await updateIfVersion(manager, entity, current.id, version, changes))) {
    const versions = `your version ${version}, current ${current.version}`;
    throw conflict(`${typeName} ${current.id} was changed by someone else (${versions}); reload and try again.`, {
      currentVersion: current.version,
    });
  }
  await recordAudit(manager, actor, {
    action: audit.action,
    entityType: typeName,
    entityId: current.id,
    districtId: current.districtId,
    schoolId: audit.schoolId ?? null,
    changes: audit.changes ?? (changes as Record<string, unknown>),
  });
  return manager.findOneOrFail(entity, { where: { id: current.id } as FindOptionsWhere<T> });
}

/** A district's settings row (one per district; version 0 while the defaults apply and no row exists). */
interface DistrictSettingsRow {
  districtId: string;
  version: number;
}

export interface DistrictSettingsEdit<T extends DistrictSettingsRow> {
  entity: EntityTarget<T>;
  /** The GraphQL type, also the audit entry's entityType, e.g. `WorkOrderSettings`. */
  typeName: string;
  /** How messages name them, e.g. `work-order settings`. */
  label: string;
  /** The settings as read in the transaction: a row, or the defaults at version 0. */
  current: T;
  /** The version the client read. */
  version: number;
  /** Every value of the settings as they will be (the row inserted when the defaults applied). */
  values: QueryDeepPartialEntity<T>;
  /** What changes (the update of an existing row, and the audit entry). */
  changes: QueryDeepPartialEntity<T>;
  /** The audit action, e.g. `workOrderSettings.update`. */
  auditAction: string;
}

/**
 * Saves a district's settings at the version the client read: the first change inserts the row (a
 * second administrator inserting at once hits the primary key), later ones update it only at that
 * version; either way a stale version is CONFLICT and nothing is written. Audited; returns the row.
 */
export async function saveDistrictSettings<T extends DistrictSettingsRow>(
  manager: EntityManager,
  actor: Actor,
  edit: DistrictSettingsEdit<T>,
): Promise<T> {
  const { entity, typeName, label, current, version, values, changes, auditAction } = edit;
  const districtId = current.districtId;
  const stale = () =>
    conflict(`The ${label} were changed by someone else (your version ${version}, current ${current.version}); reload and try again.`, {
      currentVersion: current.version,
    });
  if (version !== current.version) throw stale();
  const updatedByAccountId = actor.viewer?.accountId ?? null;
  if (current.version === 0) {
    try {
      await manager.insert(entity, { ...values, districtId, updatedByAccountId } as unknown as QueryDeepPartialEntity<T>);
    } catch (error) {
      if (isUniqueViolation(error)) throw stale();
      throw error;
    }
  } else {
    const result = await manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...changes, updatedByAccountId } as unknown as QueryDeepPartialEntity<T>)
      .where('districtId = :districtId AND version = :version', { districtId, version })
      .execute();
    if (!result.affected) throw stale();
  }
  await recordAudit(manager, actor, {
    action: auditAction,
    entityType: typeName,
    entityId: districtId,
    districtId,
    changes: { ...(changes as Record<string, unknown>) },
  });
  return manager.findOneOrFail(entity, { where: { districtId } as FindOptionsWhere<T> });
}
