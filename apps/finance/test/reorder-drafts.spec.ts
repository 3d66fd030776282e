/**
 * The storekeeper's reorder list in facilities (facilities.reorder.requested) becomes one DRAFT
 * purchase request in finance, through the real consumer, once; the storekeeper — and only they —
 * submits it into the normal approval flow; it is approved, ordered and received like any request,
 * and every receipt publishes finance.purchaseRequest.received with the lines received this time and
 * the facilities item each came from.
 */
import pino from 'pino';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { envelopeOf, EventConsumer, type EventEnvelope, OutboxEvent, subscriptionProblems, SUBSCRIPTIONS } from '@houqin/events';
import type { TestSubgraph } from '@houqin/testing';
import { createFinanceConsumer } from '../src/events/finance.consumer';
import { PurchaseRequest } from '../src/purchase/purchase.entity';
import { expectCode, expectNoWrites, Finance, ok, PR_FIELDS, SCHOOL_A, startFinance, TEST_NOW, V } from './support';

const silent = pino({ level: 'silent' });
let sub: TestSubgraph;
let f: Finance;
let consumer: EventConsumer;
let office: string;
let supplier: string;
const CHALK = newId();
const PAPER = newId();

beforeAll(async () => {
  sub = await startFinance();
  f = new Finance(sub);
  consumer = new EventConsumer(createFinanceConsumer(TEST_NOW), { dataSource: sub.dataSource, logger: silent });
  await f.category('MISC', { overrunPolicy: 'WARN' });
  office = await f.category('OFFICE_SUPPLIES');
  await f.budget(SCHOOL_A, office, '20000.00');
  supplier = await f.supplier({ name: 'Stationery Co. (文具公司)' });
}, 60000);
afterAll(() => sub?.stop());

/** facilities.reorder.requested as the storeroom publishes it: 22 boxes of chalk at 3.50 and 3 reams of paper at 19.99. */
function reorderRequested(reorderId = newId()): EventEnvelope {
  return {
    id: newId(),
    type: 'facilities.reorder.requested',
    version: 1,
    occurredAt: new Date().toISOString(),
    districtId: DEMO_DISTRICT.id,
    schoolId: SCHOOL_A,
    actor: { accountId: V.storekeeper.accountId, staffId: V.storekeeper.staffId ?? null },
    requestId: 'req-reorder',
    payload: {
      reorderId,
      schoolId: SCHOOL_A,
      storeroomRoomId: newId(),
      requestedByAccountId: V.storekeeper.accountId,
      requestedByStaffId: V.storekeeper.staffId ?? null,
      title: '补货 (reorder): 白粉笔 等 2 项',
      lines: [
        { itemId: CHALK, itemName: '白粉笔', unit: 'BOX', quantity: 22, estimatedUnitPriceFen: 350 },
        { itemId: PAPER, itemName: 'A4 纸', unit: 'REAM', quantity: 3, estimatedUnitPriceFen: 1999 },
      ],
      estimatedTotalFen: 13697,
    },
  };
}

const DRAFT_FIELDS = `${PR_FIELDS} sourceService sourceRef reason viewerActions lines { id description unit quantity sourceItemId receivedQuantity }`;
interface DraftOut {
  id: string;
  status: string;
  version: number;
  categoryId: string;
  requesterAccountId: string;
  nextApprovalLevel: string | null;
  sourceService: string | null;
  sourceRef: string | null;
  reason: string;
  viewerActions: string[];
  lines: { id: string; description: string; unit: string; quantity: number; sourceItemId: string | null; receivedQuantity: number }[];
}

async function draftOf(reorderId: string): Promise<DraftOut> {
  const row = await sub.dataSource.getRepository(PurchaseRequest).findOneByOrFail({ sourceService: 'facilities', sourceRef: reorderId });
  return (
    await f.ok<{ purchaseRequest: DraftOut }>(V.storekeeper, `query($id: ID!) { purchaseRequest(id: $id) { ${DRAFT_FIELDS} } }`, {
      id: row.id,
    })
  ).purchaseRequest;
}

const submitDraft = (as: typeof V.storekeeper, input: Record<string, unknown>) =>
  f.request(
    as,
    `mutation($input: SubmitDraftPurchaseRequestInput!) { submitDraftPurchaseRequest(input: $input) { warnings request { ${DRAFT_FIELDS} } } }`,
    { input },
  );

async function outbox(type: string) {
  return (await sub.dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } })).map(envelopeOf).filter((e) => e.type === type);
}

describe('a reorder list from facilities becomes a draft purchase request', () => {
  it('finance subscribes to facilities.reorder.requested and handles it', () => {
    expect(SUBSCRIPTIONS.finance).toContain('facilities.reorder.requested');
    expect(subscriptionProblems([createFinanceConsumer()], { finance: SUBSCRIPTIONS.finance })).toEqual([]);
  });

  it('one DRAFT for the storekeeper with the items as lines (sourceItemId), once: the same event twice, or replayed under a new id', async () => {
    const event = reorderRequested();
    const reorderId = (event.payload as { reorderId: string }).reorderId;
    expect((await consumer.handle(event)).outcome).toBe('handled');
    expect((await consumer.handle(event)).outcome).toBe('duplicate');
    expect((await consumer.handle({ ...event, id: newId() })).outcome).toBe('handled');
    expect(await sub.dataSource.getRepository(PurchaseRequest).countBy({ sourceRef: reorderId })).toBe(1);

    const draft = await draftOf(reorderId);
    expect(draft).toMatchObject({
      status: 'DRAFT',
      requesterAccountId: V.storekeeper.accountId,
      categoryId: office, // the district's OFFICE_SUPPLIES
      nextApprovalLevel: null,
      sourceService: 'facilities',
      sourceRef: reorderId,
      reason: '补货 (reorder): 白粉笔 等 2 项',
      viewerActions: ['SUBMIT_DRAFT'],
    });
    expect(draft.lines).toEqual([
      expect.objectContaining({ description: '白粉笔', unit: 'BOX', quantity: 22, sourceItemId: CHALK, receivedQuantity: 0 }),
      expect.objectContaining({ description: 'A4 纸', unit: 'REAM', quantity: 3, sourceItemId: PAPER, receivedQuantity: 0 }),
    ]);
    // Nobody is asked to approve a draft.
    const awaiting = await f.ok<{ purchaseRequests: { nodes: { id: string }[] } }>(
      V.director,
      `query { purchaseRequests(first: 100, filter: { awaitingMyApproval: true }) { nodes { id } } }`,
    );
    expect(awaiting.purchaseRequests.nodes.map((n) => n.id)).not.toContain(draft.id);
  });

  it('only its requester submits it; then it is approved, ordered and received, each receipt telling facilities what arrived', async () => {
    const event = reorderRequested();
    const reorderId = (event.payload as { reorderId: string }).reorderId;
    expect((await consumer.handle(event)).outcome).toBe('handled');
    const draft = await draftOf(reorderId);

    // The director may file requests but this draft is not theirs; a teacher neither; another school's storekeeper does not see it.
    await expectNoWrites(sub, async () => {
      expectCode(await submitDraft(V.director, { id: draft.id }), 'FORBIDDEN');
      expectCode(await submitDraft(V.teacher2, { id: draft.id }), 'NOT_FOUND');
      expectCode(await submitDraft(V.storekeeper, { id: draft.id, categoryId: newId() }), 'BAD_USER_INPUT');
    });

    const submitted = ok<{ submitDraftPurchaseRequest: { warnings: string[]; request: DraftOut } }>(
      await submitDraft(V.storekeeper, { id: draft.id, reason: 'Chalk and paper for December (12月补货)' }),
    ).submitDraftPurchaseRequest;
    expect(submitted.warnings).toEqual([]);
    expect(submitted.request).toMatchObject({
      status: 'PENDING_APPROVAL',
      nextApprovalLevel: 'DIRECTOR',
      reason: 'Chalk and paper for December (12月补货)',
      viewerActions: [],
    });
    expect(
      (await outbox('finance.purchaseRequest.submitted')).map((e) => (e.payload as { purchaseRequestId: string }).purchaseRequestId),
    ).toContain(draft.id);
    // Submitting twice is a state conflict.
    await expectNoWrites(sub, async () => expectCode(await submitDraft(V.storekeeper, { id: draft.id }), 'CONFLICT'));

    await f.approvePurchaseFully(submitted.request as never);
    ok(await f.orderPurchase(V.accountant, draft.id, supplier, ['3.20', '20.00']));
    const [chalk, paper] = draft.lines;
    ok(await f.receivePurchase(V.storekeeper, draft.id, [{ lineId: chalk.id, quantity: 10 }]));
    ok(
      await f.receivePurchase(V.storekeeper, draft.id, [
        { lineId: chalk.id, quantity: 12 },
        { lineId: paper.id, quantity: 3 },
      ]),
    );

    const received = (await outbox('finance.purchaseRequest.received')).filter(
      (e) => (e.payload as { purchaseRequestId: string }).purchaseRequestId === draft.id,
    );
    expect(received.map((e) => e.payload)).toEqual([
      expect.objectContaining({
        status: 'PARTIALLY_RECEIVED',
        sourceService: 'facilities',
        sourceRef: reorderId,
        receivedByAccountId: V.storekeeper.accountId,
        lines: [{ lineId: chalk.id, description: '白粉笔', unit: 'BOX', quantity: 10, unitPriceFen: 320, sourceItemId: CHALK }],
      }),
      expect.objectContaining({
        status: 'RECEIVED',
        lines: [
          { lineId: chalk.id, description: '白粉笔', unit: 'BOX', quantity: 12, unitPriceFen: 320, sourceItemId: CHALK },
          { lineId: paper.id, description: 'A4 纸', unit: 'REAM', quantity: 3, unitPriceFen: 2000, sourceItemId: PAPER },
        ],
      }),
    ]);
    expect(received.every((e) => e.schoolId === SCHOOL_A)).toBe(true);
  });

  it('a request filed in finance announces its receipts too, without a source', async () => {
    const request = await f.submitPurchase(V.teacher, SCHOOL_A, office, [{ quantity: 2, price: '10.00', description: 'Stapler' }]);
    await f.approvePurchaseFully(request);
    ok(await f.orderPurchase(V.accountant, request.id, supplier, ['9.50']));
    const line = (
      await f.ok<{ purchaseRequest: DraftOut }>(V.accountant, `query($id: ID!) { purchaseRequest(id: $id) { ${DRAFT_FIELDS} } }`, {
        id: request.id,
      })
    ).purchaseRequest.lines[0];
    ok(await f.receivePurchase(V.storekeeper, request.id, [{ lineId: line.id, quantity: 2 }]));
    const [event] = (await outbox('finance.purchaseRequest.received')).filter(
      (e) => (e.payload as { purchaseRequestId: string }).purchaseRequestId === request.id,
    );
    expect(event.payload).toMatchObject({
      sourceService: null,
      sourceRef: null,
      lines: [{ lineId: line.id, quantity: 2, unitPriceFen: 950, sourceItemId: null }],
    });
  });
});
