import { composeHandlers, defineConsumer } from '@houqin/events';
import { notificationHandlers } from '../notification/notification.handlers';
import { webhookHandlers } from '../webhook/webhook.handlers';

/**
 * What the directory does with events: fills each account's inbox (notifications, resolving "the
 * holders of the next approval level" from its own role grants) and queues the district's webhook
 * deliveries (every type: an endpoint may want any). Each concept contributes its
 * handler map; where two handle one type both run, in the transaction that records the event.
 */
export const directoryConsumer = defineConsumer('directory', {
  handlers: composeHandlers(notificationHandlers, webhookHandlers),
});
