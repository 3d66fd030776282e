import { z } from 'zod';
import { canteenEvents } from './catalogue/canteen.events';
import { directoryEvents, staffPost } from './catalogue/directory.events';
import { facilitiesEvents } from './catalogue/facilities.events';
import { financeEvents } from './catalogue/finance.events';
import { safetyEvents } from './catalogue/safety.events';
import type { EventEnvelope } from './envelope';
import { SERVICE_PORTS, type EventDefinition, type PayloadOf, type ServiceName } from './event-definition';

export { canteenEvents, directoryEvents, facilitiesEvents, financeEvents, safetyEvents };
/** Every post (岗位) a staff member may hold, as the directory publishes them. */
export const STAFF_POSTS: readonly string[] = staffPost.options;

/**
 * Every event type of houqin, in one place: one file per publishing service under `catalogue/`,
 * listed here. The relay, the consumers, the docs and the tests all read this list.
 */
export const EVENT_CATALOGUE = [
  ...Object.values(financeEvents),
  ...Object.values(directoryEvents),
  ...Object.values(canteenEvents),
  ...Object.values(facilitiesEvents),
  ...Object.values(safetyEvents),
];

export type CatalogueEvent = (typeof EVENT_CATALOGUE)[number];
export type EventType = CatalogueEvent['type'];
export type DefinitionOf<T extends EventType> = Extract<CatalogueEvent, { type: T }>;
/** The payload of an event type, as publishers pass it and handlers receive it. */
export type EventPayload<T extends EventType> = PayloadOf<DefinitionOf<T>>;

const BY_TYPE = new Map<string, EventDefinition>(EVENT_CATALOGUE.map((definition) => [definition.type, definition]));
if (BY_TYPE.size !== EVENT_CATALOGUE.length) throw new Error('Two event definitions share a type.');

/** The definition of a type, or undefined for a type houqin does not have. */
export function eventDefinition(type: string): EventDefinition | undefined {
  return BY_TYPE.get(type);
}

/**
 * Which services consume which event types. The HTTP relay reads it to know whom to deliver an
 * event to; on NATS each consumer subscribes for itself. A test (with part 2's consumers) checks it
 * against the handlers each service declares with `defineConsumer`, see `subscriptionProblems`.
 * Empty until a service consumes something: a delivery to a service without a handler would only
 * pile up retries.
 */
export const SUBSCRIPTIONS: Subscriptions = {
  // Every type: district webhooks may ask for any of them (apps/directory/src/webhook); notifications
  // (each account's inbox) handle finance's flows and suppliers among them.
  directory: EVENT_CATALOGUE.map((definition) => definition.type),
  // Finance's copy of the directory facts it validates against (apps/finance/src/directory-copy).
  finance: [
    'directory.school.created',
    'directory.school.changed',
    'directory.campus.created',
    'directory.campus.moved',
    'directory.staff.created',
    'directory.staff.changed',
    // Who holds which school role (separation of duties: is anyone but the claimant an accountant there?)
    'directory.account.created',
    'directory.account.changed',
    'directory.account.deactivated',
    // A delivery the canteen accepted: food cost and the payable in the canteen account (apps/finance/src/events).
    'canteen.delivery.accepted',
    // An asset disposal facilities approved: recorded once in the write-off register (资产核销, apps/finance/src/writeoff).
    'facilities.asset.disposed',
    // A storeroom's reorder list: one DRAFT purchase request for its requester to submit (apps/finance/src/events).
    'facilities.reorder.requested',
    // A repair's final account (维修决算): charged once to the school's REPAIRS budget line, or held (apps/finance/src/repair-expense).
    'facilities.workOrder.accounted',
  ],
  // The canteen's copies: the directory facts it validates against (apps/canteen/src/directory-copy) and
  // finance's suppliers receiving checks (@houqin/supplier-copy).
  canteen: [
    'directory.school.created',
    'directory.school.changed',
    'directory.campus.created',
    'directory.campus.moved',
    'directory.staff.created',
    'directory.staff.changed',
    'directory.school.termSaved',
    'finance.supplier.changed',
    'finance.supplier.suspended',
  ],
  // Facilities' copy of the directory facts it validates against (@houqin/directory-copy); a campus moved takes its buildings along (place/).
  facilities: [
    'directory.school.created',
    'directory.school.changed',
    'directory.campus.created',
    'directory.campus.moved',
    'directory.staff.created',
    'directory.staff.changed',
    // The school calendar (校历): repairs' due times count school days.
    'directory.school.termSaved',
    // Finance's suppliers (@houqin/supplier-copy): a repair is given only to a supplier the district has not suspended.
    'finance.supplier.changed',
    'finance.supplier.suspended',
    // reorder/: a finance receipt of a reorder's purchase puts its lines into the storeroom, once.
    'finance.purchaseRequest.received',
    // repair/: a suspected leak opens a work order; its closing marks the anomaly resolved (meter/).
    'facilities.meter.anomaly',
    'facilities.workOrder.closed',
    // repair/: a hazard that needs a repair opens a safety work order (its closing goes back to safety).
    'safety.hazard.repairRequested',
  ],
  // Safety's copy of the directory facts it validates against (@houqin/directory-copy), with the school
  // calendar (hazard deadlines and escalation count school days).
  safety: [
    'directory.school.created',
    'directory.school.changed',
    'directory.campus.created',
    'directory.campus.moved',
    'directory.staff.created',
    'directory.staff.changed',
    'directory.school.termSaved',
    // hazard/: a work order opened for a hazard closed: the repair is the rectification's evidence.
    'facilities.workOrder.closed',
    // room-copy/: facilities' rooms, so zones, hazards and rounds name only a room of their own school.
    'facilities.room.changed',
  ],
};

export type Subscriptions = Partial<Record<string, readonly EventType[]>>;

/** The services subscribed to `type`, in name order. */
export function consumersOf(type: string, subscriptions: Subscriptions = SUBSCRIPTIONS): string[] {
  return Object.entries(subscriptions)
    .filter(([, types]) => types?.includes(type as EventType))
    .map(([service]) => service)
    .sort();
}

/** Where another service's internal routes answer: `<SERVICE>_INTERNAL_URL`, else its default port on this host. */
export function internalUrl(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[`${service.toUpperCase().replace(/-/g, '_')}_INTERNAL_URL`];
  if (configured) return configured.replace(/\/+$/, '');
  const port = SERVICE_PORTS[service as ServiceName];
  if (!port) throw new Error(`No port known for service ${service}: set ${service.toUpperCase()}_INTERNAL_URL.`);
  return `http://127.0.0.1:${port}`;
}

/** A payload checked against its definition; a programming error on publish, a dead letter on receipt. */
export function parsePayload<D extends EventDefinition>(
  definition: D,
  payload: unknown,
): { ok: true; payload: PayloadOf<D> } | { ok: false; error: string } {
  const result = definition.payload.safeParse(payload);
  if (result.success) return { ok: true, payload: result.data as PayloadOf<D> };
  return { ok: false, error: `${definition.type} v${definition.version} payload is invalid:\n${z.prettifyError(result.error)}` };
}

/** An envelope whose payload has the shape of event type `T`. */
export type EventOf<T extends EventType> = EventEnvelope<EventPayload<T>>;

/** The catalogue as JSON Schema, per type: the input of the generated docs/events.md catalogue. */
export function catalogueJsonSchemas(): { type: string; version: number; publisher: string; description: string; schema: unknown }[] {
  return EVENT_CATALOGUE.map(({ type, version, publisher, description, payload }) => ({
    type,
    version,
    publisher,
    description,
    schema: z.toJSONSchema(payload),
  }));
}
