import type { EntityManager } from 'typeorm';
import { defineSqlStore } from '@houqin/persistence';
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
    /** Whether a meeting or incident has an item still open. */
    openOf: (m: EntityManager, sourceId: string) =>
      m.getRepository(SafetyActionItem).createQueryBuilder('ai').where('ai.sourceId = :sourceId AND ai.doneAt IS NULL', { sourceId }),
  },
  { itemsOf: [['meeting-1', 'incident-1']], openOf: ['incident-1'] },
);
