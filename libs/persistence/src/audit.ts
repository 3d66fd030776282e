import { Column, Entity, EntityManager, Index } from 'typeorm';
import { newId } from '@houqin/common';
import type { Viewer } from '@houqin/auth';
import { IdColumn, InstantColumn, RefColumn } from './columns';

/**
 * One change to a record that matters (brief §4): who, when, which request, and what changed.
 * Written in the same transaction as the change, so a change without its audit entry cannot exist.
 * Every service has its own `audit_entry` table.
 */
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
@Index(['schoolId', 'occurredAt'])
export class AuditEntry {
  @IdColumn()
  id: string;

  @InstantColumn()
  occurredAt: Date;

  @RefColumn({ nullable: true, comment: 'UserAccount id of the actor; null for system actions such as seeding' })
  actorAccountId: string | null;

  @Column('varchar', { length: 64 })
  requestId: string;

  @Column('varchar', { length: 64, comment: 'what happened, e.g. school.create' })
  action: string;

  @Column('varchar', { length: 64 })
  entityType: string;

  @RefColumn()
  entityId: string;

  @RefColumn({ nullable: true })
  districtId: string | null;

  @RefColumn({ nullable: true })
  schoolId: string | null;

  @Column('text', { comment: 'JSON of the changed fields' })
  changes: string;
}

/** Who is acting, for the audit trail. */
export interface Actor {
  viewer: Viewer | null;
  requestId: string;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  districtId?: string | null;
  schoolId?: string | null;
  changes: Record<string, unknown>;
}

/** Writes an audit entry with the caller's transaction manager. */
export async function recordAudit(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
  await manager.insert(AuditEntry, auditRow(actor, record));
}

/** Rows of one multi-row INSERT: well under every driver's limit of bound values. */
export const ROWS_PER_INSERT = 100;

/**
 * Writes the audit entries of many records changed in one transaction (a bulk import's rows), each
 * as `recordAudit` writes it, `ROWS_PER_INSERT` per statement.
 */
export async function recordAudits(manager: EntityManager, actor: Actor, records: readonly AuditRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += ROWS_PER_INSERT) {
    await manager.insert(
      AuditEntry,
      records.slice(i, i + ROWS_PER_INSERT).map((record) => auditRow(actor, record)),
    );
  }
}

function auditRow(actor: Actor, record: AuditRecord): AuditEntry {
  return {
    id: newId(),
    occurredAt: new Date(),
    actorAccountId: actor.viewer?.accountId ?? null,
    requestId: actor.requestId.slice(0, 64),
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    districtId: record.districtId ?? null,
    schoolId: record.schoolId ?? null,
    changes: JSON.stringify(record.changes),
  };
}
