import { defineConsumer } from '@houqin/events';
import { directoryCopyHandlers } from '../directory-copy/directory-copy.handlers';
import { canteenDeliveryHandlers } from './canteen-delivery.handler';
import { assetDisposedHandlers } from './asset-disposed.handler';
import { reorderDraftHandlers } from './reorder-draft.handler';
import { workOrderAccountedHandlers } from './work-order-accounted.handler';

/**
 * What finance does with other services' events: keeps its copy of the directory's facts, and posts
 * the deliveries the canteen accepts to the canteen account (food cost and the payable), records the
 * write-off (资产核销) of each asset disposal facilities approved (facilities.asset.disposed), drafts
 * a purchase request from a storeroom's reorder list (facilities.reorder.requested), and charges each
 * repair's final account (维修决算) to the school's REPAIRS budget line (facilities.workOrder.accounted). The types it
 * handles are listed under `finance` in SUBSCRIPTIONS (libs/events/src/catalogue.ts). `now` is the
 * ledger's clock ("today" of the date rule), the real one by default.
 */
export function createFinanceConsumer(now?: () => Date) {
  return defineConsumer('finance', {
    handlers: {
      ...directoryCopyHandlers,
      ...canteenDeliveryHandlers(now),
      ...assetDisposedHandlers,
      ...reorderDraftHandlers,
      ...workOrderAccountedHandlers(now),
    },
  });
}

/** Finance's consumer on the real clock. */
export const financeConsumer = createFinanceConsumer();
