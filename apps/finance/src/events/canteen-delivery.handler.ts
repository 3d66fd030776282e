import type { EntityManager } from 'typeorm';
import { createLogger } from '@houqin/common';
import type { EventHandlers, EventOf } from '@houqin/events';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { BudgetService } from '../budget/budget.service';
import { LedgerService } from '../ledger/ledger.service';

const logger = createLogger('finance', process.env.LOG_LEVEL ?? 'info');

/**
 * Finance's side of receiving: a delivery the canteen accepted (`canteen.delivery.accepted`) is posted
 * in the school's canteen account as food cost owed to the supplier (Dr FOOD_COST / Cr
 * ACCOUNTS_PAYABLE), once, in the transaction that records the event as handled (see
 * `LedgerService.postCanteenDelivery`). The system posts it: the entry has no posting account, and
 * its audit entry carries the event's request id. `now` is the ledger's clock (tests fix it).
 */
export function canteenDeliveryHandlers(now?: () => Date): EventHandlers {
  return {
    'canteen.delivery.accepted': async (manager: EntityManager, event: EventOf<'canteen.delivery.accepted'>) => {
      const ctx: SubgraphContext = { viewer: null, requestId: `event:${event.id}`, logger, dataSource: manager.connection };
      const ledger = new LedgerService(ctx, new BudgetService(ctx), now);
      await ledger.postCanteenDelivery(manager, { districtId: event.districtId, ...event.payload });
    },
  };
}
