import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint, WebhookEndpointStatus } from './webhook.entity';

/** Endpoints as a viewer may read them: district-level rows of the viewer's district. */
export const webhookEndpointReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, WebhookEndpoint, 'WebhookEndpoint', 'e', { level: 'district' });

const EXAMPLE_ID = '01900000-0000-7000-8000-000000000001';
const EXAMPLE_TIME = new Date('2026-12-02T01:00:00Z');
const exampleDelivery = (): Partial<WebhookDelivery> => ({
  id: EXAMPLE_ID,
  endpointId: EXAMPLE_ID,
  districtId: 'district-1',
  schoolId: null,
  eventId: EXAMPLE_ID,
  eventType: 'finance.supplier.suspended',
  occurredAt: EXAMPLE_TIME,
  body: '{}',
  status: WebhookDeliveryStatus.PENDING,
  attempts: 0,
  nextAttemptAt: EXAMPLE_TIME,
  createdAt: EXAMPLE_TIME,
});

/** The webhooks' hand-written SQL (printed to apps/directory/sql/webhook.sql). */
export const webhookSql = defineSqlStore(
  'webhook',
  {
    /** The endpoints list: the viewer's district's, oldest first (paginated by the caller). */
    list: (m, endpoints: ScopedReader<WebhookEndpoint>) => endpoints.query(m),
    /** How many endpoints a district has (bounded by MAX_ENDPOINTS_PER_DISTRICT). */
    countOfDistrict: (m, districtId: string) =>
      m.getRepository(WebhookEndpoint).createQueryBuilder('e').where('e.districtId = :districtId', { districtId }),
    /**
     * The endpoints of an event's district, read by the consumer for every event: active ones and
     * paused ones (whose deliveries are held until a resume, so a pause loses no event).
     */
    ofDistrict: (m, districtId: string) =>
      m.getRepository(WebhookEndpoint).createQueryBuilder('e').where('e.districtId = :districtId', { districtId }),
    /** An endpoint read for the dispatcher's bookkeeping, locked on MySQL (the caller sets the lock). */
    endpointForRecord: (m, id: string) => m.getRepository(WebhookEndpoint).createQueryBuilder('e').where('e.id = :id', { id }),
    /** The endpoints of a round's deliveries. */
    endpointsByIds: (m, ids: string[]) => m.getRepository(WebhookEndpoint).createQueryBuilder('e').where('e.id IN (:...ids)', { ids }),
    /** Queues deliveries; a (endpointId, eventId) already queued is left as it is. */
    enqueue: (m, rows: Partial<WebhookDelivery>[]) => m.createQueryBuilder().insert().into(WebhookDelivery).values(rows).orIgnore(),
    /** One endpoint's deliveries, newest first, optionally of one status (paginated by the caller). */
    ofEndpoint: (m, endpointId: string, status: WebhookDeliveryStatus | null) => {
      const qb = m.getRepository(WebhookDelivery).createQueryBuilder('d').where('d.endpointId = :endpointId', { endpointId });
      if (status) qb.andWhere('d.status = :status', { status });
      return qb;
    },
    /** Due deliveries, oldest due first (the caller locks them FOR UPDATE SKIP LOCKED on MySQL). */
    due: (m, now: Date, limit: number) =>
      m
        .getRepository(WebhookDelivery)
        .createQueryBuilder('d')
        .where('d.status = :pending AND d.nextAttemptAt <= :now', { pending: WebhookDeliveryStatus.PENDING, now })
        .orderBy('d.nextAttemptAt', 'ASC')
        .addOrderBy('d.id', 'ASC')
        .limit(limit),
    /** Moves deliveries' next attempt: a lease while they are sent, a retry, or null (held: endpoint paused). */
    schedule: (m, ids: string[], at: Date | null) =>
      m.createQueryBuilder().update(WebhookDelivery).set({ nextAttemptAt: at }).where('id IN (:...ids)', { ids }),
    /** The outcome of one attempt at one delivery. */
    recordAttempt: (m, id: string, outcome: Partial<WebhookDelivery>) =>
      m.createQueryBuilder().update(WebhookDelivery).set(outcome).where('id = :id', { id }),
    /** The pending deliveries of a paused endpoint wait for its resume. */
    holdEndpoint: (m, endpointId: string) =>
      m
        .createQueryBuilder()
        .update(WebhookDelivery)
        .set({ nextAttemptAt: null })
        .where('endpointId = :endpointId AND status = :pending', { endpointId, pending: WebhookDeliveryStatus.PENDING }),
    /** A resumed endpoint's undelivered deliveries (held or given up) are queued again, attempts counted afresh. */
    requeueEndpoint: (m, endpointId: string, now: Date) =>
      m
        .createQueryBuilder()
        .update(WebhookDelivery)
        .set({ status: WebhookDeliveryStatus.PENDING, nextAttemptAt: now, attempts: 0 })
        .where('endpointId = :endpointId AND status IN (:...undelivered)', {
          endpointId,
          undelivered: [WebhookDeliveryStatus.PENDING, WebhookDeliveryStatus.FAILED],
        }),
    /** The dispatcher's bookkeeping on an endpoint: failures in a row, and a pause (which bumps the version). */
    recordEndpoint: (m, id: string, changes: Partial<WebhookEndpoint>, bumpVersion: boolean) =>
      m
        .createQueryBuilder()
        .update(WebhookEndpoint)
        // TypeORM bumps the version of every update unless told: a counter alone must not make an admin's edit stale.
        .set({ ...changes, version: () => (bumpVersion ? 'version + 1' : 'version') })
        .where('id = :id', { id })
        .updateEntity(false),
    /** A deleted endpoint's deliveries go with it. */
    deleteOfEndpoint: (m, endpointId: string) =>
      m.createQueryBuilder().delete().from(WebhookDelivery).where('endpointId = :endpointId', { endpointId }),
  },
  {
    list: [webhookEndpointReader(exampleRequest(Role.DISTRICT_ADMIN))],
    countOfDistrict: ['district-1'],
    ofDistrict: ['district-1'],
    endpointForRecord: [EXAMPLE_ID],
    endpointsByIds: [[EXAMPLE_ID]],
    enqueue: [[exampleDelivery()]],
    ofEndpoint: [EXAMPLE_ID, WebhookDeliveryStatus.FAILED],
    due: [EXAMPLE_TIME, 50],
    schedule: [[EXAMPLE_ID], EXAMPLE_TIME],
    recordAttempt: [EXAMPLE_ID, { status: WebhookDeliveryStatus.DELIVERED, attempts: 1, deliveredAt: EXAMPLE_TIME }],
    holdEndpoint: [EXAMPLE_ID],
    requeueEndpoint: [EXAMPLE_ID, EXAMPLE_TIME],
    recordEndpoint: [EXAMPLE_ID, { consecutiveFailures: 5, status: WebhookEndpointStatus.PAUSED }, true],
    deleteOfEndpoint: [EXAMPLE_ID],
  },
);
