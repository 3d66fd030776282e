/**
 * The loops of a service's outsider spec (a dishonest user of another school calling every mutation
 * and reading every list with school A's ids): each answers the failures it found, so the spec's one
 * assertion lists them all.
 */
import type { ViewerClaims } from '@houqin/auth';
import type { GraphQLSchema } from 'graphql';
import { snapshot } from './assertions';
import { codes } from './client';
import { mutationDocument } from './permissions';
import type { TestSubgraph } from './subgraph';

/** The codes a refused outsider may get: never INTERNAL, never a success. */
export const OUTSIDER_REFUSALS = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'];

/**
 * Calls each mutation of `rows` (name → variants of its variables) as each outsider: every call must
 * be refused with one of OUTSIDER_REFUSALS and write nothing (the database snapshotted before and
 * after each; the first write stops the run with what was found so far).
 */
export async function outsiderMutationFailures(
  sub: TestSubgraph,
  schema: GraphQLSchema,
  rows: Record<string, Record<string, unknown>[]>,
  outsiders: [string, ViewerClaims][],
): Promise<string[]> {
  const failures: string[] = [];
  const before = JSON.stringify(await snapshot(sub.dataSource));
  for (const [name, variants] of Object.entries(rows)) {
    const document = mutationDocument(schema, name);
    for (const [who, as] of outsiders) {
      for (const [i, variables] of variants.entries()) {
        const response = await sub.as(as).request(document, variables);
        const got = codes(response);
        if (got.length !== 1 || !OUTSIDER_REFUSALS.includes(got[0]) || response.data) {
          failures.push(`${name}#${i} as ${who}: ${got.join(',') || 'success'} ${response.errors?.[0]?.message ?? ''}`);
        }
        const after = JSON.stringify(await snapshot(sub.dataSource));
        if (after !== before) {
          failures.push(`${name}#${i} as ${who}: wrote to the database`);
          throw new Error(failures.join('\n'));
        }
      }
    }
  }
  return failures;
}

/** Reads each record by id (query name, field to pick, variables) as each outsider: NOT_FOUND or FORBIDDEN, no data. */
export async function outsiderByIdFailures(
  sub: TestSubgraph,
  schema: GraphQLSchema,
  byId: [string, string, Record<string, unknown>][],
  outsiders: [string, ViewerClaims][],
): Promise<string[]> {
  const failures: string[] = [];
  const queryFields = schema.getQueryType()!.getFields();
  for (const [name, pick, variables] of byId) {
    const field = queryFields[name];
    const vars = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    for (const [who, as] of outsiders) {
      const response = await sub.as(as).request(`query(${vars}) { ${name}(${args}) { ${pick} } }`, variables);
      const got = codes(response);
      if (!(got.length === 1 && ['NOT_FOUND', 'FORBIDDEN'].includes(got[0])) || response.data) {
        failures.push(`${name} as ${who}: ${got.join(',') || JSON.stringify(response.data)}`);
      }
    }
  }
  return failures;
}

/** Reads each list (label, selection) as each outsider: refused (FORBIDDEN, NOT_FOUND) or empty. */
export async function outsiderListFailures(
  sub: TestSubgraph,
  lists: [string, string][],
  outsiders: [string, ViewerClaims][],
): Promise<string[]> {
  const failures: string[] = [];
  for (const [label, selection] of lists) {
    for (const [who, as] of outsiders) {
      const response = await sub.as(as).request(`{ ${selection} }`);
      const got = codes(response);
      if (got.length > 0) {
        if (!(got.length === 1 && ['FORBIDDEN', 'NOT_FOUND'].includes(got[0]))) failures.push(`${label} as ${who}: ${got.join(',')}`);
        continue;
      }
      const value = Object.values(response.data ?? {})[0] as { nodes?: unknown[] } | unknown[] | null;
      const items = Array.isArray(value) ? value : (value?.nodes ?? []);
      if (items.length > 0) failures.push(`${label} as ${who}: ${JSON.stringify(items).slice(0, 200)}`);
    }
  }
  return failures;
}
