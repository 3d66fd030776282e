import type { DataSource } from 'typeorm';
import { reportEventBacklog } from '@houqin/observability';
import { DeadLetter } from './inbox.entity';
import { OutboxDelivery, OutboxEvent } from './outbox.entity';

/**
 * Reports a service's event backlog at every `/metrics` scrape, read from its own tables: events in
 * the outbox not yet published and deliveries not yet acknowledged (publishers), dead letters not
 * yet replayed (consumers). Returns the function that stops reporting.
 */
export function reportBacklogMetrics(
  service: string,
  dataSource: DataSource,
  roles: { publishes: boolean; consumes: boolean },
): () => void {
  return reportEventBacklog(service, async () => {
    if (!dataSource.isInitialized) return {};
    const unset = (entity: typeof OutboxEvent | typeof OutboxDelivery | typeof DeadLetter, column: string, name: string) =>
      dataSource.getRepository(entity).createQueryBuilder('row').where(`row.${column} IS NULL`).comment(name).getCount();
    return {
      outboxPending: roles.publishes ? await unset(OutboxEvent, 'publishedAt', 'metrics.outboxPending') : undefined,
      deliveriesPending: roles.publishes ? await unset(OutboxDelivery, 'deliveredAt', 'metrics.deliveriesPending') : undefined,
      deadLetters: roles.consumes ? await unset(DeadLetter, 'replayedAt', 'metrics.deadLetters') : undefined,
    };
  });
}
