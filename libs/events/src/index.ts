export * from './event-definition';
export * from './envelope';
export * from './catalogue';
export * from './outbox.entity';
export * from './inbox.entity';
export * from './publish';
export * from './transport';
export * from './relay';
export * from './consumer';
export * from './demo-facts';
export * from './http';
export * from './nats';
export * from './extension';
export * from './replay';
export * from './graph/dead-letter.permissions';
export * from './graph/dead-letters.graph';
export * from './webhook-signature';
// For services whose own background work shares the event machinery's transaction discipline (webhook dispatch).
export { eventTransaction, isEmbedded } from './embedded';

import { DeadLetter, EventAttempt, HandledEvent } from './inbox.entity';
import { OutboxDelivery, OutboxEvent } from './outbox.entity';

/** The tables of the event machinery: a service lists them in its entities (and its migrations). */
export const eventEntities = [OutboxEvent, OutboxDelivery, HandledEvent, EventAttempt, DeadLetter];
