import type { EntityManager } from 'typeorm';
import { createLogger } from '@houqin/common';
import type { EventHandlers, EventOf } from '@houqin/events';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { WriteOffService } from '../writeoff/writeoff.service';

const logger = createLogger('finance', process.env.LOG_LEVEL ?? 'info');

/**
 * Finance's side of an asset disposal: a disposal facilities approved at its last level
 * (`facilities.asset.disposed`) is recorded in the write-off register (资产核销, AssetWriteOff), once,
 * in the transaction that records the event as handled (see `WriteOffService.recordIn`). The system
 * records it: its audit entry carries the event's request id.
 */
export const assetDisposedHandlers: EventHandlers = {
  'facilities.asset.disposed': async (manager: EntityManager, event: EventOf<'facilities.asset.disposed'>) => {
    const ctx: SubgraphContext = { viewer: null, requestId: `event:${event.id}`, logger, dataSource: manager.connection };
    await new WriteOffService(ctx).recordIn(manager, event);
  },
};
