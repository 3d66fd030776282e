import { z } from 'zod';

/** Who caused an event: the signed-in account (and its staff record), or null for the system (a job, a seed). */
export interface EventActor {
  accountId: string;
  staffId: string | null;
}

/**
 * What travels for every event, whatever the transport: the same JSON over NATS and over internal
 * HTTP. `id` is a UUIDv7 made when the event is recorded, so it orders events and is the key every
 * deduplication uses (NATS `Nats-Msg-Id`, the consumer's `handled_event`).
 */
export interface EventEnvelope<P = unknown> {
  id: string;
  type: string;
  version: number;
  /** When the change happened (ISO 8601, UTC). */
  occurredAt: string;
  districtId: string;
  /** The school the event is about; null for district-wide facts (a supplier, an account). */
  schoolId: string | null;
  actor: EventActor | null;
  /** The request that caused it: the same id is in every service's log lines for that request. */
  requestId: string;
  payload: P;
}

/** The envelope's own fields (the payload is checked against the catalogue separately). */
export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().min(1).max(96),
  version: z.int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  districtId: z.string().min(1).max(36),
  schoolId: z.string().min(1).max(36).nullable(),
  actor: z.object({ accountId: z.string().min(1).max(36), staffId: z.string().min(1).max(36).nullable() }).nullable(),
  requestId: z.string().max(64),
  payload: z.record(z.string(), z.unknown()),
});

/** The id and type of something that claims to be an envelope, if it has them: enough to park it. */
export function envelopeIdentity(value: unknown): { id: string; type: string } | null {
  const parsed = z.object({ id: z.uuid(), type: z.string().min(1).max(96) }).safeParse(value);
  return parsed.success ? parsed.data : null;
}
