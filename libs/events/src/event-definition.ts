import { z } from 'zod';

/**
 * The services that publish or consume events, with the port each listens on when nothing else is
 * configured (the same ports `npm start` uses; docs/architecture.md). A consumer's internal URL comes
 * from `<SERVICE>_INTERNAL_URL`, else `http://127.0.0.1:<port>`.
 */
export const SERVICE_PORTS = {
  directory: 4001,
  finance: 4002,
  canteen: 4003,
  facilities: 4004,
  safety: 4005,
} as const;

export type ServiceName = keyof typeof SERVICE_PORTS;

/** Payloads: JSON objects whose fields are checked on publish and again on receipt. */
export type PayloadSchema = z.ZodObject;

/** One event type of the catalogue: what happened, in which service, and what its payload says. */
export interface EventDefinition<T extends string = string, S extends PayloadSchema = PayloadSchema> {
  /** `<publisher>.<concept>.<pastTense>`, e.g. `finance.purchaseRequest.submitted`. */
  type: T;
  /** Bumped when the payload changes in a way an old consumer would misread. */
  version: number;
  publisher: ServiceName;
  /** One sentence for the catalogue's documentation: when it is published and who cares. */
  description: string;
  payload: S;
}

/** The payload a definition carries, as its handlers receive it. */
export type PayloadOf<D> = D extends EventDefinition<string, infer S> ? z.output<S> : never;

const TYPE = /^([a-z]+)\.[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/;

/** Declares an event type; a malformed name, or one outside its publisher's namespace, fails at load. */
export function defineEvent<const T extends string, S extends PayloadSchema>(definition: EventDefinition<T, S>): EventDefinition<T, S> {
  const match = TYPE.exec(definition.type);
  if (!match) throw new Error(`Event type ${definition.type} must be <publisher>.<concept>.<event>, camelCase.`);
  if (match[1] !== definition.publisher)
    throw new Error(`Event type ${definition.type} must start with its publisher, ${definition.publisher}.`);
  if (!Number.isInteger(definition.version) || definition.version < 1) throw new Error(`Event ${definition.type} needs a version ≥ 1.`);
  return Object.freeze(definition);
}

/**
 * Schema pieces every catalogue file uses, so an id or an amount means the same in every payload.
 * Their `.describe()` text shows in the generated catalogue (docs/events.md) unless a field gives its own.
 */
export const field = {
  /** A record's id (UUID, as `newId()` makes them). */
  id: () => z.uuid(),
  /** An amount of money in fen (分): an integer, never a float of yuan. */
  fen: () => z.int().nonnegative().describe('Amount in fen (分): 100 fen = 1 yuan.'),
  /** A calendar date `YYYY-MM-DD` in the school's zone. */
  date: () => z.iso.date().describe("A calendar date in the school's time zone."),
  /** Account ids of people a consumer should tell (notifications); may be empty. */
  recipients: () => z.array(z.uuid()).describe('Accounts a consumer should tell (notifications); may be empty.'),
  /** A short human text (a name, a reason). */
  text: (max = 500) => z.string().max(max),
};
