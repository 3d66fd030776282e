import type { EntityManager } from 'typeorm';
import { createLogger } from '@houqin/common';
import type { EventHandlers, EventOf } from '@houqin/events';
import type { SubgraphContext } from '@houqin/subgraph-kit';
import { BudgetService } from '../budget/budget.service';
import { LedgerService } from '../ledger/ledger.service';
import { RepairExpenseService } from '../repair-expense/repair-expense.service';

const logger = createLogger('finance', process.env.LOG_LEVEL ?? 'info');

/**
 * Finance's side of a repair's final account (维修决算, `facilities.workOrder.accounted`): its cost is
 * charged to the school's REPAIRS budget line, once per work order, in the transaction that records the
 * event as handled (see `RepairExpenseService.recordIn`): posted when the line has room or the category
 * only warns, else held for the accountant. The system posts it: the entry has no posting account, and
 * its audit entries carry the event's request id. `now` is the ledger's clock (tests fix it).
 */
export function workOrderAccountedHandlers(now?: () => Date): EventHandlers {
  return {
    'facilities.workOrder.accounted': async (manager: EntityManager, event: EventOf<'facilities.workOrder.accounted'>) => {
      const ctx: SubgraphContext = { viewer: null, requestId: `event:${event.id}`, logger, dataSource: manager.connection };
      const budgets = new BudgetService(ctx);
      await new RepairExpenseService(ctx, budgets, new LedgerService(ctx, budgets, now)).recordIn(manager, event);
    },
  };
}
