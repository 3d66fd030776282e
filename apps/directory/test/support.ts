/**
 * Helpers shared by the directory's integration tests (not a spec itself: jest only runs *.spec.ts).
 * Each spec file starts one test subgraph in `beforeAll` and stops it in `afterAll`.
 */
import type { FindOptionsWhere } from 'typeorm';
import { GATEWAY_TOKEN_HEADER, signGatewayToken, verifyUserToken, type ViewerClaims } from '@houqin/auth';
import { DEMO_SCHOOLS, type DemoSchoolKey, demoStaffIdFor, type DemoStaffPost } from '@houqin/demo';
import { AuditEntry } from '@houqin/persistence';
import {
  expectBadInput,
  expectCode,
  expectNoWrites,
  type GraphQLResponse,
  ok,
  snapshot,
  startTestSubgraph,
  TEST_INTERNAL_SECRET,
  type TestSubgraph,
} from '@houqin/testing';
import { createDirectorySubgraph } from '../src/subgraph';
import { VIEWER_PATH } from '../src/account/viewer.route';

// A high failure limit: many tests sign in wrongly on purpose; login-throttle.spec.ts tests the limit itself.
export const SETTINGS = {
  userTokenSecret: 'x'.repeat(40),
  userTokenTtlSeconds: 3600,
  passwordHashCost: 4,
  loginMaxFailures: 1000,
  loginLockSeconds: 900,
};

export function directoryDefinition() {
  return createDirectorySubgraph(SETTINGS);
}

export function startDirectory(definition = directoryDefinition()): Promise<TestSubgraph> {
  return startTestSubgraph(definition);
}

export const SCHOOL = {
  firstPrimary: DEMO_SCHOOLS.firstPrimary.id,
  secondJunior: DEMO_SCHOOLS.secondJunior.id,
  yucaiNineYear: DEMO_SCHOOLS.yucaiNineYear.id,
  riversidePrimary: DEMO_SCHOOLS.riversidePrimary.id,
  firstHigh: DEMO_SCHOOLS.firstHigh.id,
};

export type DemoPost = DemoStaffPost;

/** The seeded staff member holding `post` at a demo school (Riverside Primary, merged, has none). */
export function demoStaff(school: DemoSchoolKey, post: DemoPost): string {
  return demoStaffIdFor(school, post);
}

/** A well-formed id that names nothing. */
export const UNKNOWN_ID = '01900000-0000-7000-8000-999999999999';

export function auditEntries(sub: TestSubgraph, where: FindOptionsWhere<AuditEntry>): Promise<AuditEntry[]> {
  return sub.dataSource.getRepository(AuditEntry).find({ where, order: { id: 'ASC' } });
}

/**
 * What the gateway does with a user token: verify it, then ask the directory who the viewer is now
 * (`/internal/viewer`). Returns the viewer to forward, or null when the directory refuses (401:
 * account deactivated, or the token predates a password change).
 */
export async function viewerForToken(sub: TestSubgraph, token: string): Promise<ViewerClaims | null> {
  const claims = await verifyUserToken(token, SETTINGS.userTokenSecret);
  const response = await fetch(sub.url.replace(/\/graphql$/, VIEWER_PATH), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [GATEWAY_TOKEN_HEADER]: await signGatewayToken({ viewer: null, requestId: 'test' }, TEST_INTERNAL_SECRET),
    },
    body: JSON.stringify(claims),
  });
  if (response.status === 401) return null;
  expect(response.status).toBe(200);
  return ((await response.json()) as { viewer: ViewerClaims }).viewer;
}

/** A name one character longer than the 120 the columns hold. */
export const OVERSIZED_NAME = 'N'.repeat(121);

/** Walks a connection with `first` items per page and returns every id, asserting the last page says no more. */
export async function walk(
  request: (after: string | null) => Promise<GraphQLResponse>,
  pick: (data: GraphQLResponse['data']) => { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } },
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 1; pages < 100; pages++) {
    const response = await request(after);
    expect(response.errors).toBeUndefined();
    const page = pick(response.data);
    ids.push(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) return { ids, pages };
    expect(page.pageInfo.endCursor).not.toBeNull();
    after = page.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

export { ok, expectBadInput, expectCode, snapshot, expectNoWrites };
