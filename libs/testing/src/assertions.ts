import type { DataSource, ObjectLiteral } from 'typeorm';
import { codes, type AnyData, type GraphQLResponse } from './client';

/** The data of a response that must have succeeded (the errors are shown when it did not). */
export function ok<T = AnyData>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

/** Exactly one BAD_USER_INPUT naming `field`, and no data. */
export function expectBadInput(response: GraphQLResponse, field: string): void {
  expect({ codes: codes(response), field: response.errors?.[0]?.extensions?.field }).toEqual({ codes: ['BAD_USER_INPUT'], field });
  expect(response.data ?? null).toBeNull();
}

/** Exactly one error with `code`, and no data. */
export function expectCode(response: GraphQLResponse, code: string): void {
  expect(codes(response)).toEqual([code]);
  expect(response.data ?? null).toBeNull();
}

/**
 * The event machinery's delivery bookkeeping, which the relay and the consumer update in the
 * background for events committed earlier (e.g. the demo seed's): not a mutation's writes. The
 * events themselves (`outbox_event`) are compared, without when the relay published them.
 */
const BACKGROUND_TABLES = new Set(['outbox_delivery', 'event_attempt', 'handled_event', 'dead_letter']);

/**
 * Every row of every table of a service (its audit trail and its outbox included), in key order:
 * compare two snapshots to prove a refused mutation wrote nothing at all.
 */
export async function snapshot(dataSource: DataSource): Promise<Record<string, ObjectLiteral[]>> {
  const result: Record<string, ObjectLiteral[]> = {};
  for (const metadata of dataSource.entityMetadatas) {
    if (BACKGROUND_TABLES.has(metadata.tableName)) continue;
    const order = Object.fromEntries(metadata.primaryColumns.map((c) => [c.propertyName, 'ASC' as const]));
    const rows = await dataSource.getRepository<ObjectLiteral>(metadata.target).find({ order });
    result[metadata.tableName] = metadata.tableName === 'outbox_event' ? rows.map(({ publishedAt: _published, ...row }) => row) : rows;
  }
  return result;
}

/** Runs `act` and asserts the service's database is exactly as before. */
export async function expectNoWrites<T>(service: { dataSource: DataSource }, act: () => Promise<T>): Promise<T> {
  const before = await snapshot(service.dataSource);
  const result = await act();
  expect(await snapshot(service.dataSource)).toEqual(before);
  return result;
}
