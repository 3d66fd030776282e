/**
 * What the console may offer a viewer: the workflow steps they could take on a record now
 * (viewerActions), decided by the rules the mutations check, and what finance's permission table
 * allows them (UserAccount.financePermissions, their own account only).
 */
import { type ExecutionResult, graphql } from 'graphql';
import pino from 'pino';
import { Role, Viewer, type ViewerClaims } from '@houqin/auth';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { EventConsumer, eventDefinition, type EventEnvelope } from '@houqin/events';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { type TestSubgraph } from '@houqin/testing';
import { financeConsumer } from '../src/events/finance.consumer';
import { createFinanceSubgraph } from '../src/subgraph';
import { Finance, ok, SCHOOL_A, startFinance, V } from './support';

let sub: TestSubgraph;
let f: Finance;
let office: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('OFFICE');
  await f.budget(SCHOOL_A, office, '200000.00');
}, 60000);
afterAll(() => sub?.stop());

const REQUEST_ACTIONS = 'query($id: ID!) { purchaseRequest(id: $id) { status viewerActions } }';
const CLAIM_ACTIONS = 'query($id: ID!) { expenseClaim(id: $id) { status viewerActions } }';
const requestActions = async (as: ViewerClaims, id: string) =>
  (await f.ok<{ purchaseRequest: { viewerActions: string[] } }>(as, REQUEST_ACTIONS, { id })).purchaseRequest.viewerActions;
const claimActions = async (as: ViewerClaims, id: string) =>
  (await f.ok<{ expenseClaim: { viewerActions: string[] } }>(as, CLAIM_ACTIONS, { id })).expenseClaim.viewerActions;

describe("a teacher's purchase request offers each person the steps they could take", () => {
  it('the director sees APPROVE while it awaits the director; the teacher never; after approval the director no longer does', async () => {
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 10, price: '25.00' }]);
    expect(request.nextApprovalLevel).toBe('DIRECTOR');
    expect(await requestActions(V.director, request.id)).toEqual(['APPROVE', 'REJECT']);
    expect(await requestActions(V.teacher, request.id)).toEqual([]);
    expect(await requestActions(V.principal, request.id)).toEqual([]);
    expect(await requestActions(V.accountant, request.id)).toEqual([]);

    ok(await f.approvePurchase(V.director, request.id));
    // Approved: the director (who may also order) and the accountant are offered the order, nobody an approval.
    expect(await requestActions(V.director, request.id)).toEqual(['ORDER']);
    expect(await requestActions(V.accountant, request.id)).toEqual(['ORDER']);
    expect(await requestActions(V.teacher, request.id)).toEqual([]);
  });

  it("the director's own request is offered to the principal, not to the director (separation of duties)", async () => {
    const own = await f.submitPurchase(V.director, SCHOOL_A, office, [{ quantity: 1, price: '80.00' }]);
    expect(own.nextApprovalLevel).toBe('PRINCIPAL');
    expect(await requestActions(V.director, own.id)).toEqual([]);
    expect(await requestActions(V.principal, own.id)).toEqual(['APPROVE', 'REJECT']);
  });

  it('a page of requests with their viewerActions costs no more SQL statements than without', async () => {
    for (let i = 0; i < 3; i++) await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 1, price: '5.00' }]);
    const page = (fields: string) => `{ purchaseRequests(first: 20) { nodes { id status ${fields} } } }`;
    const without = await execute(V.director, page(''));
    const withActions = await execute(V.director, page('viewerActions'));
    expect(withActions.result.errors).toBeUndefined();
    const nodes = (withActions.result.data as { purchaseRequests: { nodes: { viewerActions: string[] }[] } }).purchaseRequests.nodes;
    expect(nodes.length).toBeGreaterThanOrEqual(5);
    expect(withActions.statements).toBe(without.statements);
  });
});

describe("an expense claim of the school's only accountant", () => {
  beforeAll(async () => {
    // Finance's copy of the directory learns the school's accounts from the directory's events.
    const consumer = new EventConsumer(financeConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) });
    for (const [who, role] of [
      [V.accountant, Role.ACCOUNTANT],
      [V.director, Role.GENERAL_AFFAIRS_DIRECTOR],
    ] as const) {
      expect((await consumer.handle(accountCreated(who, role))).outcome).toBe('handled');
    }
  });

  it('is offered for review to the director standing in, not to its claimant; once reviewed, for approval to the director', async () => {
    const { claim } = await f.submitClaim(V.accountant, SCHOOL_A, [{ categoryId: office, amount: '60.00' }]);
    expect(await claimActions(V.accountant, claim.id)).toEqual([]);
    expect(await claimActions(V.director, claim.id)).toEqual(['REVIEW']);
    expect(await claimActions(V.principal, claim.id)).toEqual([]);

    ok(await f.reviewClaim(V.director, claim.id));
    expect(await claimActions(V.director, claim.id)).toEqual(['APPROVE', 'REJECT']);
    expect(await claimActions(V.accountant, claim.id)).toEqual([]);
    ok(await f.approveClaim(V.director, claim.id));
    expect(await claimActions(V.director, claim.id)).toEqual(['PAY']);
  });

  it("a teacher's claim: the accountant reviews or rejects it; the director is offered nothing to stand in for", async () => {
    const { claim } = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '12.00' }]);
    expect(await claimActions(V.accountant, claim.id)).toEqual(['REVIEW', 'REJECT']);
    expect(await claimActions(V.director, claim.id)).toEqual([]);
    expect(await claimActions(V.teacher, claim.id)).toEqual([]);
  });
});

describe("what finance's permission table allows the viewer (UserAccount.financePermissions)", () => {
  const PERMISSIONS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on UserAccount { id financePermissions { action everywhere schoolIds } } } }`;
  const permissionsOf = async (as: ViewerClaims, accountId: string) =>
    (
      await f.ok<{ _entities: { financePermissions: { action: string; everywhere: boolean; schoolIds: string[] }[] }[] }>(as, PERMISSIONS, {
        r: [{ __typename: 'UserAccount', id: accountId }],
      })
    )._entities[0].financePermissions;

  it("answers the viewer's own account: the director approves at their school, the district administrator sets budgets everywhere", async () => {
    const director = await permissionsOf(V.director, V.director.accountId);
    expect(director).toContainEqual({ action: 'approvePurchaseRequest', everywhere: false, schoolIds: [SCHOOL_A] });
    expect(director).toContainEqual({ action: 'approveAtDirectorLevel', everywhere: false, schoolIds: [SCHOOL_A] });
    expect(director.map((p) => p.action)).not.toContain('setBudget');
    const admin = await permissionsOf(V.admin, V.admin.accountId);
    expect(admin).toContainEqual({ action: 'setBudget', everywhere: true, schoolIds: [] });
    expect(admin.map((p) => p.action)).not.toContain('postJournalEntry');
  });

  it("answers an empty list for anyone else's account, even to the district administrator", async () => {
    expect(await permissionsOf(V.admin, V.director.accountId)).toEqual([]);
    expect(await permissionsOf(V.teacher, V.director.accountId)).toEqual([]);
  });
});

function accountCreated(who: ViewerClaims, role: Role): EventEnvelope {
  const type = 'directory.account.created';
  return {
    id: newId(),
    type,
    version: eventDefinition(type)!.version,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId: null,
    actor: null,
    requestId: 'viewer-actions-test',
    payload: { accountId: who.accountId, staffId: who.staffId, active: true, grants: [{ role, schoolId: SCHOOL_A }] },
  };
}

/** Executes in-process against the real database, counting the SQL statements the operation costs. */
async function execute(claims: ViewerClaims, source: string): Promise<{ result: ExecutionResult; statements: number }> {
  const definition = createFinanceSubgraph();
  const { schema } = await buildFederatedSchema(definition);
  return withSqlStats(async () => {
    const contextValue = definition.createContext({
      viewer: new Viewer(claims),
      requestId: 't',
      logger: pino({ level: 'silent' }),
      dataSource: sub.dataSource,
    });
    const result = await graphql({ schema, source, contextValue });
    return { result, statements: currentSqlStats()!.statements };
  });
}
