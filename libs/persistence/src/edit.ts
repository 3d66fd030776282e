import type { EntityManager, EntityTarget, FindOptionsWhere, QueryDeepPartialEntity } from 'typeorm';
import { conflict } from '@houqin/common';
import { recordAudit, type Actor } from './audit';
import { updateIfVersion } from './queries';

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
