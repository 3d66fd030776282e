import { defineConsumer } from '@houqin/events';
import { directoryCopyHandlers } from '../directory-copy/directory-copy.handlers';

/**
 * What finance does with other services' events: keeps its copy of the directory's facts. The types
 * it handles are listed under `finance` in SUBSCRIPTIONS (libs/events/src/catalogue.ts).
 */
export const financeConsumer = defineConsumer('finance', { handlers: directoryCopyHandlers });
