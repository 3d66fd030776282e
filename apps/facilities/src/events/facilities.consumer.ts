import { composeHandlers, defineConsumer } from '@houqin/events';
import { directoryCopyHandlers } from '@houqin/directory-copy';
import { supplierCopyHandlers } from '@houqin/supplier-copy';
import { meterHandlers } from '../meter/meter.handlers';
import { placeHandlers } from '../place/place.handlers';
import { assetHandlers } from '../asset/asset.handlers';
import { disposalHandlers } from '../disposal/disposal.handlers';
import { reorderHandlers } from '../reorder/reorder.handlers';
import { repairHandlers } from '../repair/work-order.handlers';
import { maintenanceHandlers } from '../maintenance/maintenance.handlers';

/**
 * What facilities does with other services' events: keeps its copy of the directory's facts (schools,
 * campuses, staff) and of finance's suppliers (a repair's contractor). Each concept that consumes an event adds its handlers here (place/: a campus moved
 * takes its buildings along). The types it handles are listed under `facilities` in SUBSCRIPTIONS
 * (libs/events/src/catalogue.ts).
 */
export const facilitiesConsumer = defineConsumer('facilities', {
  handlers: composeHandlers(
    directoryCopyHandlers,
    supplierCopyHandlers,
    placeHandlers,
    assetHandlers,
    disposalHandlers,
    meterHandlers,
    reorderHandlers,
    repairHandlers,
    maintenanceHandlers,
  ),
});
