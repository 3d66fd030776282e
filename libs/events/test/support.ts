import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { Column, DataSource, Entity, type EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import { Role, Viewer } from '@houqin/auth';
import { createDataSource, IdColumn, RefColumn } from '@houqin/persistence';
import { createTestDatabase, type TestDatabase } from '@houqin/testing';
import { eventEntities, financeEvents, publishEvent, type Clock, type EventEnvelope, type EventPayload, type EventTransport } from '../src';

export const silent = pino({ level: 'silent' });

/** The NATS server the run was given (tools/scripts/test.mjs detects a local one, CI names it). */
export const NATS_URL = process.env.HOUQIN_TEST_NATS_URL ?? '';
export const describeWithNats = NATS_URL ? describe : describe.skip;

/** Stream and subject prefix of one test: runs on a shared server never see each other's streams. */
export const uniquePrefix = () => `houqin_t${process.pid}_${randomBytes(3).toString('hex')}`;

/** What a test handler does: one row per application, so applying an event twice shows as two rows. */
@Entity('effect')
export class Effect {
  @IdColumn()
  id: string;

  @RefColumn()
  eventId: string;

  @Column('varchar', { length: 32 })
  consumer: string;
}

export const recordEffect = (consumer: string) => async (manager: EntityManager, event: EventEnvelope) => {
  await manager.insert(Effect, { id: newId(), eventId: event.id, consumer });
};

export interface EventsDatabase {
  db: TestDatabase;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A service database of the test's own with the event tables and `effect`. */
export async function openEventsDatabase(service: string): Promise<EventsDatabase> {
  const db = await createTestDatabase(service);
  const dataSource = await createDataSource({
    service,
    databaseUrl: db.databaseUrl,
    dataDir: db.dataDir,
    entities: [...eventEntities, Effect],
    migrations: [],
    logger: silent,
  });
  await dataSource.initialize();
  await dataSource.synchronize();
  return {
    db,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
}

/** A second connection pool to the same MySQL database: another replica of the service. */
export async function openReplica(database: EventsDatabase, service: string): Promise<DataSource> {
  const dataSource = await createDataSource({
    service,
    databaseUrl: database.db.databaseUrl,
    dataDir: database.db.dataDir,
    entities: [...eventEntities, Effect],
    migrations: [],
    logger: silent,
  });
  return dataSource.initialize();
}

export async function effects(dataSource: DataSource, consumer?: string): Promise<Effect[]> {
  return dataSource.getRepository(Effect).find({ where: consumer ? { consumer } : {}, order: { id: 'ASC' } });
}

/** A clock the test moves. */
export function manualClock(start = new Date('2026-03-02T01:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}

export const DISTRICT = newId();
export const SCHOOL = newId();
export const teacher = new Viewer({
  accountId: newId(),
  username: 'teacher',
  staffId: newId(),
  districtId: DISTRICT,
  grants: [{ role: Role.STAFF, schoolId: SCHOOL }],
});
export const actor = { viewer: teacher, requestId: 'req-events-test' };

/** A purchase-request payload as finance would publish it. */
export function submittedPayload(
  overrides: Partial<EventPayload<'finance.purchaseRequest.submitted'>> = {},
): EventPayload<'finance.purchaseRequest.submitted'> {
  return {
    purchaseRequestId: newId(),
    requesterAccountId: teacher.accountId,
    requesterStaffId: teacher.staffId,
    categoryId: newId(),
    fiscalYear: 2026,
    estimatedTotalFen: 125050,
    status: 'PENDING_APPROVAL',
    nextApprovalLevel: 'DIRECTOR',
    requiredLevel: 'PRINCIPAL',
    ...overrides,
  };
}

/** Commits `count` submitted purchase requests, one transaction each, as finance's mutations would. */
export async function commitSubmissions(dataSource: DataSource, count: number): Promise<EventEnvelope[]> {
  const envelopes: EventEnvelope[] = [];
  for (let i = 0; i < count; i++) {
    envelopes.push(
      await dataSource.transaction((manager) =>
        publishEvent(manager, actor, financeEvents.purchaseRequestSubmitted, {
          districtId: DISTRICT,
          schoolId: SCHOOL,
          payload: submittedPayload({ estimatedTotalFen: i }),
        }),
      ),
    );
  }
  return envelopes;
}

/** A transport that keeps what it is given, in order (for tests of the relay itself). */
export class RecordingTransport implements EventTransport {
  readonly kind = 'recording';
  readonly published: EventEnvelope[] = [];
  /** Set to make `publish` fail (a broker that is down). */
  failWith: Error | null = null;
  /** Set to make `publish` wait (a slow broker), e.g. to hold a claim open. */
  gate: Promise<void> | null = null;

  async publish(envelope: EventEnvelope): Promise<void> {
    if (this.gate) await this.gate;
    if (this.failWith) throw this.failWith;
    this.published.push(envelope);
  }
}

/** Re-exported so the events specs keep one import of their helpers. */
export { waitFor } from '@houqin/testing';
