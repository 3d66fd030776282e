import type { EntityManager } from 'typeorm';
import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, ScopedReader } from '@houqin/persistence';
import { SafetyActionItem } from './action-item.entity';

/** The action items' hand-written SQL (printed to apps/safety/sql/actionItem.sql). */
export const actionItemSql = defineSqlStore(
  'actionItem',
  {
    /** The items of meetings or incidents, by deadline (batched over a page; at most 30 each). */
    itemsOf: (m: EntityManager, sourceIds: readonly string[]) =>
      m
        .getRepository(SafetyActionItem)
        .createQueryBuilder('ai')
        .where('ai.sourceId IN (:...sourceIds)', { sourceIds })
        .orderBy('ai.deadline')
        .addOrderBy('ai.id'),
    /** The open items a staff member owns, in the viewer's schools (keyset-paged on the id by the caller). */
    openOwnedBy: (m: EntityManager, items: ScopedReader<SafetyActionItem>, staffId: string) =>
      items.query(m).andWhere('ai.ownerStaffId = :staffId AND ai.doneAt IS NULL', { staffId }),
    /** Whether a meeting or incident has an item still open. */
    openOf: (m: EntityManager, sourceId: string) =>
      m.getRepository(SafetyActionItem).createQueryBuilder('ai').where('ai.sourceId = :sourceId AND ai.doneAt IS NULL', { sourceId }),
  },
  {
    itemsOf: [['meeting-1', 'incident-1']],
    openOwnedBy: [new ScopedReader(exampleRequest(Role.STAFF), SafetyActionItem, 'SafetyActionItem', 'ai'), 'staff-1'],
    openOf: ['incident-1'],
  },
);
