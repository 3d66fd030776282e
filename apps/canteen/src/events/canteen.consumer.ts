import { defineConsumer } from '@houqin/events';
import { directoryCopyHandlers } from '@houqin/directory-copy';
import { supplierCopyHandlers } from '@houqin/supplier-copy';

/**
 * What the canteen does with other services' events: keeps its copies of the directory's facts
 * (schools, campuses, staff) and of finance's suppliers. The types it handles are listed under
 * `canteen` in SUBSCRIPTIONS (libs/events/src/catalogue.ts).
 */
export const canteenConsumer = defineConsumer('canteen', { handlers: { ...directoryCopyHandlers, ...supplierCopyHandlers } });
