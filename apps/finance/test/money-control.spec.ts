/**
 * Money kept under control (issue 8): an order dearer than its approved estimate is approved again
 * and its budget commitment follows it; a reversed payment leaves its request or claim
 * PAYMENT_REVERSED, with the budget back as committed, so it can be paid again; a school's only
 * accountant has their own claim reviewed and paid by the general-affairs director, which finance
 * knows from its copy of the directory's accounts.
 */
import pino from 'pino';
import { Role } from '@houqin/auth';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { EventConsumer, eventDefinition, OutboxEvent, type EventEnvelope, type EventPayload, type EventType } from '@houqin/events';
import { type TestSubgraph } from '@houqin/testing';
import { DirectoryCopy } from '../src/directory-copy/directory-copy.service';
import { financeConsumer } from '../src/events/finance.consumer';
import {
  ACCOUNTANTS,
  expectBadInput,
  expectCode,
  expectNoWrites,
  Finance,
  ok,
  SCHOOL_A,
  SCHOOL_B,
  startFinance,
  V,
  ENTRY_FIELDS,
} from './support';
import type { ClaimOut, EntryOut, RequestOut } from './support';

let sub: TestSubgraph;
let f: Finance;
let office: string; // BLOCK, 200,000 at A
let tight: string; // BLOCK, 1,000 at A
let supplier: string;

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  office = await f.category('OFFICE');
  tight = await f.category('TIGHT');
  await f.budget(SCHOOL_A, office, '200000.00');
  await f.budget(SCHOOL_A, tight, '1000.00');
  supplier = await f.supplier();
}, 60000);
afterAll(async () => {
  await sub?.stop();
});

const POLICY = 'query { approvalPolicy { directorLimit { fen } principalLimit { fen } orderTolerancePercent } }';
const SET_POLICY = `mutation($input: SetApprovalPolicyInput!) { setApprovalPolicy(input: $input) {
  directorLimit { fen } principalLimit { fen } orderTolerancePercent } }`;
const REVERSE = `mutation($input: ReverseJournalEntryInput!) { reverseJournalEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const REQUEST = `query($id: ID!) { purchaseRequest(id: $id) { id status version } }`;

async function approvedRequest(price: string, categoryId = office): Promise<RequestOut> {
  return f.approvePurchaseFully(await f.submitPurchase(V.teacher, SCHOOL_A, categoryId, [{ quantity: 1, price }]));
}

async function status(id: string): Promise<string> {
  return ok<{ purchaseRequest: { status: string } }>(await f.request(V.auditor, REQUEST, { id })).purchaseRequest.status;
}

describe('an order above its approved estimate is approved again', () => {
  it('the tolerance is a district setting: 10% by default, set by district admins in whole percent', async () => {
    expect((await f.ok<{ approvalPolicy: { orderTolerancePercent: number } }>(V.accountant, POLICY)).approvalPolicy).toEqual({
      directorLimit: { fen: 500_000 },
      principalLimit: { fen: 5_000_000 },
      orderTolerancePercent: 10,
    });
    const input = { directorLimit: '5000', principalLimit: '50000', orderTolerancePercent: 5 };
    await expectNoWrites(sub, async () => {
      expectCode(await f.request(V.principal, SET_POLICY, { input }), 'FORBIDDEN');
      expectBadInput(await f.request(V.admin, SET_POLICY, { input: { ...input, orderTolerancePercent: -1 } }), 'orderTolerancePercent');
      expectBadInput(await f.request(V.admin, SET_POLICY, { input: { ...input, orderTolerancePercent: 101 } }), 'orderTolerancePercent');
    });
    expect(ok(await f.request(V.admin, SET_POLICY, { input })).setApprovalPolicy.orderTolerancePercent).toBe(5);
    // Setting the thresholds alone keeps the tolerance.
    const kept = ok(await f.request(V.admin, SET_POLICY, { input: { directorLimit: '5000', principalLimit: '50000' } }));
    expect(kept.setApprovalPolicy.orderTolerancePercent).toBe(5);
    ok(await f.request(V.admin, SET_POLICY, { input: { ...input, orderTolerancePercent: 10 } }));
  });

  it('within the tolerance the order goes on, and the commitment follows the actual amount', async () => {
    const before = await f.budgetLine(SCHOOL_A, office);
    const request = await approvedRequest('1000.00');
    expect((await f.budgetLine(SCHOOL_A, office)).committed - before.committed).toBe(100_000);
    const ordered = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['1100.00'])).orderPurchase;
    expect(ordered.status).toBe('ORDERED');
    expect((await f.budgetLine(SCHOOL_A, office)).committed - before.committed).toBe(110_000);
    const cheaper = await approvedRequest('1000.00');
    ok(await f.orderPurchase(V.accountant, cheaper.id, supplier, ['800.00']));
    expect((await f.budgetLine(SCHOOL_A, office)).committed - before.committed).toBe(190_000);
  });

  it('above it, back for approval at the level the new amount needs; the commitment follows; approved, it is ordered', async () => {
    const before = await f.budgetLine(SCHOOL_A, office);
    const request = await approvedRequest('4000.00');
    expect(request.requiredLevel).toBe('DIRECTOR');
    const repriced = ok(await f.orderPurchase(V.accountant, request.id, supplier, ['6000.00'])).orderPurchase;
    expect(repriced).toMatchObject({
      status: 'PENDING_REAPPROVAL',
      requiredLevel: 'PRINCIPAL',
      nextApprovalLevel: 'DIRECTOR',
      orderedTotal: { fen: 600_000 },
      supplierId: supplier,
    });
    expect((await f.budgetLine(SCHOOL_A, office)).committed - before.committed).toBe(600_000);
    // Not yet orderable: the storekeeper cannot receive it, the principal cannot skip the director.
    await expectNoWrites(sub, async () => {
      expectCode(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: repriced.lines[0].id, quantity: 1 }]), 'CONFLICT');
      expectCode(await f.approvePurchase(V.principal, request.id), 'FORBIDDEN');
      expectCode(await f.approvePurchase(V.teacher, request.id), 'FORBIDDEN');
      expectCode(await f.orderPurchase(V.accountant, request.id, supplier, ['4000.00']), 'CONFLICT');
    });
    const atDirector = ok(await f.approvePurchase(V.director, request.id)).approvePurchaseRequest;
    expect(atDirector).toMatchObject({ status: 'PENDING_REAPPROVAL', nextApprovalLevel: 'PRINCIPAL' });
    const approved = ok(await f.approvePurchase(V.principal, request.id, 'Price rose (涨价)')).approvePurchaseRequest;
    expect(approved).toMatchObject({ status: 'ORDERED', nextApprovalLevel: null });
    expect((await f.budgetLine(SCHOOL_A, office)).committed - before.committed).toBe(600_000);
    ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: repriced.lines[0].id, quantity: 1 }]));
    ok(await f.payPurchase(V.accountant, request.id, '2026-06-01'));
    const after = await f.budgetLine(SCHOOL_A, office);
    expect({ committed: after.committed - before.committed, spent: after.spent - before.spent }).toEqual({ committed: 0, spent: 600_000 });
  });

  it('a re-approval rejected releases the commitment', async () => {
    const before = await f.budgetLine(SCHOOL_A, office);
    const request = await approvedRequest('100.00');
    ok(await f.orderPurchase(V.accountant, request.id, supplier, ['200.00']));
    expect((await f.budgetLine(SCHOOL_A, office)).committed - before.committed).toBe(20_000);
    const rejected = ok(
      await f.request(
        V.director,
        'mutation($id: ID!) { rejectPurchaseRequest(input: { id: $id, reason: "Too dear (太贵)" }) { status } }',
        {
          id: request.id,
        },
      ),
    ).rejectPurchaseRequest;
    expect(rejected.status).toBe('REJECTED');
    expect((await f.budgetLine(SCHOOL_A, office)).committed - before.committed).toBe(0);
  });

  it('a BLOCK line without room for the higher price refuses the order and writes nothing', async () => {
    const request = await approvedRequest('900.00', tight);
    await expectNoWrites(sub, async () => {
      expectBadInput(await f.orderPurchase(V.accountant, request.id, supplier, ['1000.01']), 'lines');
      expectBadInput(await f.orderPurchase(V.accountant, request.id, supplier, ['1200.00']), 'lines');
    });
    expect(await status(request.id)).toBe('APPROVED');
  });
});

/** The events finance recorded of a type. */
async function recorded(type: string): Promise<Record<string, unknown>[]> {
  const rows = await sub.dataSource.getRepository(OutboxEvent).find({ where: { type }, order: { id: 'ASC' } });
  return rows.map((r) => JSON.parse(r.payload) as Record<string, unknown>);
}

function reverse(entryId: string, as = V.accountant) {
  return f.request(as, REVERSE, { input: { entryId, reason: 'Paid to the wrong account (付错账户)', entryDate: '2026-06-20' } });
}

describe('a reversed payment leaves its request or claim PAYMENT_REVERSED, to be paid again', () => {
  it('a purchase: reversed, the budget is committed again; paid again, one new entry; the filer is told', async () => {
    const before = await f.budgetLine(SCHOOL_A, office);
    const paid = await f.paidPurchase(SCHOOL_A, office, supplier, [{ quantity: 2, price: '150.00' }], '2026-06-10');
    const [payment] = await f.entriesOf(paid.id);
    await expectNoWrites(sub, async () => expectCode(await reverse(payment.id, V.director), 'FORBIDDEN'));
    ok(await reverse(payment.id));
    expect(await status(paid.id)).toBe('PAYMENT_REVERSED');
    const reversedLine = await f.budgetLine(SCHOOL_A, office);
    expect({ committed: reversedLine.committed - before.committed, spent: reversedLine.spent - before.spent }).toEqual({
      committed: 30_000,
      spent: 0,
    });
    expect((await recorded('finance.purchaseRequest.paymentReversed')).filter((p) => p.purchaseRequestId === paid.id)).toEqual([
      expect.objectContaining({
        status: 'PAYMENT_REVERSED',
        amountFen: 30_000,
        ledgerEntryId: payment.id,
        requesterAccountId: V.teacher.accountId,
      }),
    ]);
    await expectNoWrites(sub, async () => {
      expectCode(await reverse(payment.id), 'CONFLICT');
      expectCode(await f.payPurchase(V.teacher, paid.id, '2026-06-21'), 'FORBIDDEN');
    });
    const again = ok(await f.payPurchase(V.accountant, paid.id, '2026-06-21')).payPurchase;
    expect(again.status).toBe('PAID');
    await expectNoWrites(sub, async () => expectCode(await f.payPurchase(V.accountant, paid.id, '2026-06-22'), 'CONFLICT'));
    const payments = await f.entriesOf(paid.id);
    expect(payments.map((e: EntryOut) => e.entryDate).sort()).toEqual(['2026-06-10', '2026-06-21']);
    const after = await f.budgetLine(SCHOOL_A, office);
    expect({ committed: after.committed - before.committed, spent: after.spent - before.spent }).toEqual({ committed: 0, spent: 30_000 });
    expect(again.steps.map((s: { action: string }) => s.action).slice(-2)).toEqual(['PAYMENT_REVERSED', 'PAID']);
    // The second payment can be reversed too.
    ok(await reverse(payments.find((e) => e.entryDate === '2026-06-21')!.id));
    expect(await status(paid.id)).toBe('PAYMENT_REVERSED');
  });

  it('a claim: the same', async () => {
    const before = await f.budgetLine(SCHOOL_A, office);
    const paid = await f.paidClaim(SCHOOL_A, [{ categoryId: office, amount: '45.00' }], '2026-06-10');
    const [payment] = await f.entriesOf(paid.id);
    ok(await reverse(payment.id));
    const CLAIM = `query($id: ID!) { expenseClaim(id: $id) { status } }`;
    expect(ok(await f.request(V.auditor, CLAIM, { id: paid.id })).expenseClaim.status).toBe('PAYMENT_REVERSED');
    const reversedLine = await f.budgetLine(SCHOOL_A, office);
    expect(reversedLine.committed - before.committed).toBe(4_500);
    expect(reversedLine.spent - before.spent).toBe(0);
    expect((await recorded('finance.expenseClaim.paymentReversed')).filter((p) => p.expenseClaimId === paid.id)).toHaveLength(1);
    const again = ok(await f.payClaim(V.accountant, paid.id, '2026-06-21')).payExpenseClaim as ClaimOut;
    expect(again.status).toBe('PAID');
    const after = await f.budgetLine(SCHOOL_A, office);
    expect({ committed: after.committed - before.committed, spent: after.spent - before.spent }).toEqual({ committed: 0, spent: 4_500 });
  });
});

const silent = pino({ level: 'silent' });

/** An account event as the directory publishes it (UUIDv7 id made now, so later calls are newer). */
function accountEvent<T extends EventType>(type: T, payload: EventPayload<T>, id = newId()): EventEnvelope {
  return {
    id,
    type,
    version: eventDefinition(type)!.version,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId: null,
    actor: null,
    requestId: 'money-control-test',
    payload,
  };
}
const account = (who: { accountId: string; staffId: string | null }, grants: [Role, string | null][], active = true) => ({
  accountId: who.accountId,
  staffId: who.staffId,
  active,
  grants: grants.map(([role, schoolId]) => ({ role, schoolId })),
});

describe("a school's only accountant has their own claim reviewed and paid by the general-affairs director", () => {
  let consumer: EventConsumer;
  let copy: DirectoryCopy;
  const feed = async (event: EventEnvelope) => expect((await consumer.handle(event)).outcome).toBe('handled');

  beforeAll(async () => {
    consumer = new EventConsumer(financeConsumer, { dataSource: sub.dataSource, logger: silent });
    copy = new DirectoryCopy(sub.dataSource);
    await feed(accountEvent('directory.account.created', account(V.accountant, [[Role.ACCOUNTANT, SCHOOL_A]])));
    await feed(accountEvent('directory.account.created', account(V.director, [[Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_A]])));
    await feed(accountEvent('directory.account.created', account(V.accountant2, [[Role.ACCOUNTANT, SCHOOL_B]])));
  });

  it('finance knows who else holds a role at a school from its copy', async () => {
    expect(await copy.otherHoldersOf(Role.ACCOUNTANT, SCHOOL_A, V.accountant.accountId)).toEqual([]);
    expect(await copy.otherHoldersOf(Role.ACCOUNTANT, SCHOOL_A, V.teacher.accountId)).toEqual([V.accountant.accountId]);
  });

  it('alone: the director reviews and pays; the accountant and the principal cannot', async () => {
    const { claim } = await f.submitClaim(V.accountant, SCHOOL_A, [{ categoryId: office, amount: '60.00' }]);
    await expectNoWrites(sub, async () => {
      expectCode(await f.reviewClaim(V.accountant, claim.id), 'FORBIDDEN');
      expectCode(await f.reviewClaim(V.principal, claim.id), 'FORBIDDEN');
      expectCode(await f.reviewClaim(V.directorB, claim.id), 'NOT_FOUND'); // another school's claim does not exist for them
    });
    const reviewed = ok(await f.reviewClaim(V.director, claim.id, 'Checked for our only accountant')).reviewExpenseClaim as ClaimOut;
    expect(reviewed.status).toBe('REVIEWED');
    expect(reviewed.steps.at(-1)).toMatchObject({ action: 'REVIEWED', actorAccountId: V.director.accountId });
    ok(await f.approveClaim(V.director, claim.id));
    await expectNoWrites(sub, async () => {
      expectCode(await f.payClaim(V.accountant, claim.id, '2026-06-12'), 'FORBIDDEN');
      expectCode(await f.payClaim(V.principal, claim.id, '2026-06-12'), 'FORBIDDEN');
    });
    const paid = ok(await f.payClaim(V.director, claim.id, '2026-06-12')).payExpenseClaim as ClaimOut;
    expect(paid.status).toBe('PAID');
    expect(paid.steps.at(-1)).toMatchObject({ action: 'PAID', actorAccountId: V.director.accountId });
  });

  it("the director never stands in for anyone else's claim, nor once a colleague holds the role; again when they leave", async () => {
    const teachers = await f.submitClaim(V.teacher, SCHOOL_A, [{ categoryId: office, amount: '10.00' }]);
    await expectNoWrites(sub, async () => expectCode(await f.reviewClaim(V.director, teachers.claim.id), 'FORBIDDEN'));

    const colleague = { accountId: newId(), staffId: null };
    const created = accountEvent('directory.account.created', account(colleague, [[Role.ACCOUNTANT, SCHOOL_A]]));
    await feed(created);
    const { claim } = await f.submitClaim(V.accountant, SCHOOL_A, [{ categoryId: office, amount: '20.00' }]);
    await expectNoWrites(sub, async () => expectCode(await f.reviewClaim(V.director, claim.id), 'FORBIDDEN'));

    // The colleague's role is revoked: the director stands in again; a late duplicate of the creation changes nothing.
    await feed(accountEvent('directory.account.changed', { ...account(colleague, []), changedFields: ['grants'] }));
    expect((await consumer.handle(created)).outcome).toBe('duplicate');
    expect(await copy.otherHoldersOf(Role.ACCOUNTANT, SCHOOL_A, V.accountant.accountId)).toEqual([]);

    // Granted again, then deactivated: an inactive account holds nothing; an older event delivered late does not revive it.
    const older = accountEvent('directory.account.changed', {
      ...account(colleague, [[Role.ACCOUNTANT, SCHOOL_A]]),
      changedFields: ['grants'],
    });
    await feed(accountEvent('directory.account.deactivated', { accountId: colleague.accountId, staffId: null }));
    await feed(older);
    expect(await copy.otherHoldersOf(Role.ACCOUNTANT, SCHOOL_A, V.accountant.accountId)).toEqual([]);
    expect((ok(await f.reviewClaim(V.director, claim.id)).reviewExpenseClaim as ClaimOut).status).toBe('REVIEWED');
    expect(ACCOUNTANTS[SCHOOL_A]).toBe(V.accountant);
  });
});
