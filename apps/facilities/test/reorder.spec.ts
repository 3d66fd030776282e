/**
 * Reorder (补货): the storekeeper sees the chalk at 3 boxes with a reorder point of 5 on the reorder
 * list with 22 boxes suggested (up to 5 + 20), sends the list to finance (one
 * facilities.reorder.requested in the outbox), cannot send it again while it is open, and when
 * finance receives the goods (finance.purchaseRequest.received, through the real facilities
 * consumer) the boxes go into the storeroom once.
 */
import pino from 'pino';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT } from '@houqin/demo';
import { envelopeOf, EventConsumer, type EventEnvelope, OutboxEvent, SUBSCRIPTIONS } from '@houqin/events';
import { expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { facilitiesConsumer } from '../src/events/facilities.consumer';
import { StoreMovement, StoreStock } from '../src/storeroom/storeroom.entity';
import { placeOf } from './place-fixtures';
import { createItem, receive, type ItemOut } from './storeroom-fixtures';
import { SCHOOL_A, SCHOOL_B, startFacilities, V } from './support';

jest.setTimeout(60_000);

let sub: TestSubgraph;
let consumer: EventConsumer;
let storeroom: string;
let classroom: string;
let chalk: ItemOut;
let paper: ItemOut;
let bulb: ItemOut;

const SUGGESTIONS = `query($schoolId: ID!, $storeroomRoomId: ID) { reorderSuggestions(schoolId: $schoolId, storeroomRoomId: $storeroomRoomId, first: 100) {
  nodes { itemId storeroomRoomId quantityInStock reorderPoint reorderQuantity suggestedQuantity estimatedUnitPrice { yuan fen }
    estimatedTotal { yuan fen } openReorderId item { name } storeroom { id } } } }`;
const REORDER_FIELDS = `id schoolId storeroomRoomId status title estimatedTotal { fen } requestedByAccountId purchaseRequestId version
  lines { lineNo itemId stockWhenRequested quantity estimatedUnitPrice { fen } receivedQuantity item { name } }`;
const REQUEST = `mutation($input: RequestReorderPurchaseInput!) { requestReorderPurchase(input: $input) { ${REORDER_FIELDS} } }`;
const CANCEL = `mutation($input: CancelReorderRequestInput!) { cancelReorderRequest(input: $input) { ${REORDER_FIELDS} } }`;
const REORDERS = `query($schoolId: ID!) { reorderRequests(schoolId: $schoolId, first: 100) { nodes { ${REORDER_FIELDS} } } }`;

interface SuggestionOut {
  itemId: string;
  storeroomRoomId: string | null;
  quantityInStock: number;
  suggestedQuantity: number;
  openReorderId: string | null;
  [key: string]: unknown;
}
interface ReorderOut {
  id: string;
  status: string;
  version: number;
  purchaseRequestId: string | null;
  lines: { itemId: string; quantity: number; receivedQuantity: number }[];
  [key: string]: unknown;
}

const suggestions = async (as = V.storekeeper, storeroomRoomId: string | null = null) =>
  ok<{ reorderSuggestions: { nodes: SuggestionOut[] } }>(await sub.as(as).request(SUGGESTIONS, { schoolId: SCHOOL_A, storeroomRoomId }))
    .reorderSuggestions.nodes;
const requested = async () =>
  (await sub.dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } }))
    .map(envelopeOf)
    .filter((e) => e.type === 'facilities.reorder.requested');
const stockOf = async (itemId: string) =>
  (await sub.dataSource.getRepository(StoreStock).findOneBy({ itemId, storeroomRoomId: storeroom }))!;

/** finance.purchaseRequest.received as finance publishes it for the draft of `reorderId`. */
function financeReceived(reorderId: string, lines: { itemId: string; quantity: number; unitPriceFen: number }[]): EventEnvelope {
  return {
    id: newId(),
    type: 'finance.purchaseRequest.received',
    version: 1,
    occurredAt: '2026-11-20T03:00:00.000Z',
    districtId: DEMO_DISTRICT.id,
    schoolId: SCHOOL_A,
    actor: { accountId: V.storekeeper.accountId, staffId: null },
    requestId: 'req-finance-receive',
    payload: {
      purchaseRequestId: newId(),
      requesterAccountId: V.storekeeper.accountId,
      requesterStaffId: null,
      categoryId: newId(),
      fiscalYear: 2026,
      estimatedTotalFen: 7700,
      status: 'RECEIVED',
      nextApprovalLevel: null,
      receivedByAccountId: V.storekeeper.accountId,
      sourceService: 'facilities',
      sourceRef: reorderId,
      lines: lines.map((l) => ({
        lineId: newId(),
        description: 'x',
        unit: 'BOX',
        quantity: l.quantity,
        unitPriceFen: l.unitPriceFen,
        sourceItemId: l.itemId,
      })),
    },
  };
}

beforeAll(async () => {
  sub = await startFacilities();
  consumer = new EventConsumer(facilitiesConsumer, { dataSource: sub.dataSource, logger: pino({ level: 'silent' }) });
  const place = await placeOf(sub, 'A');
  storeroom = place.rooms.STOREROOM;
  classroom = place.rooms.CLASSROOM;
  chalk = await createItem(sub, {
    schoolId: SCHOOL_A,
    name: '白粉笔',
    unit: 'BOX',
    category: 'CHALK_STATIONERY',
    reorderPoint: 5,
    reorderQuantity: 20,
  });
  paper = await createItem(sub, {
    schoolId: SCHOOL_A,
    name: 'A4 纸',
    unit: 'REAM',
    category: 'PAPER',
    reorderPoint: 5,
    reorderQuantity: 20,
  });
  bulb = await createItem(sub, {
    schoolId: SCHOOL_A,
    name: '节能灯泡',
    unit: 'PIECE',
    category: 'LIGHTING',
    reorderPoint: 2,
    reorderQuantity: 10,
    standardUnitCost: '8.00',
  });
  await receive(sub, SCHOOL_A, storeroom, [
    { itemId: chalk.id, quantity: 3, unitCost: '3.50' },
    { itemId: paper.id, quantity: 30, unitCost: '19.99' },
  ]);
});
afterAll(() => sub?.stop());

describe('the reorder list and its purchase through finance', () => {
  it('lists the chalk at 3 boxes (reorder point 5) with 22 boxes suggested; paper above its point is not listed; a never-stocked item has no storeroom', async () => {
    const list = await suggestions();
    expect(list.find((s) => s.itemId === chalk.id)).toEqual({
      itemId: chalk.id,
      storeroomRoomId: storeroom,
      quantityInStock: 3,
      reorderPoint: 5,
      reorderQuantity: 20,
      suggestedQuantity: 22,
      estimatedUnitPrice: { yuan: '3.50', fen: 350 },
      estimatedTotal: { yuan: '77.00', fen: 7700 },
      openReorderId: null,
      item: { name: '白粉笔' },
      storeroom: { id: storeroom },
    });
    expect(list.find((s) => s.itemId === bulb.id)).toMatchObject({ storeroomRoomId: null, quantityInStock: 0, suggestedQuantity: 12 });
    expect(list.map((s) => s.itemId)).not.toContain(paper.id);
    // The director and the accountant read it; a teacher and another school's director do not.
    expect(await suggestions(V.director)).toHaveLength(2);
    expectCode(await sub.as(V.teacher).request(SUGGESTIONS, { schoolId: SCHOOL_A }), 'FORBIDDEN');
    expectCode(await sub.as(V.directorB).request(SUGGESTIONS, { schoolId: SCHOOL_A }), 'FORBIDDEN');
  });

  it('refuses whoever may not, and bad input, writing nothing', async () => {
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.teacher).request(REQUEST, { input: { schoolId: SCHOOL_A } }), 'FORBIDDEN');
      expectCode(await sub.as(V.accountant).request(REQUEST, { input: { schoolId: SCHOOL_A } }), 'FORBIDDEN');
      // The principal and the district's readers read the list but do not send it.
      expectCode(await sub.as(V.principal).request(REQUEST, { input: { schoolId: SCHOOL_A } }), 'FORBIDDEN');
      expectCode(await sub.as(V.auditor).request(REQUEST, { input: { schoolId: SCHOOL_A } }), 'FORBIDDEN');
      expectCode(await sub.as(V.admin).request(REQUEST, { input: { schoolId: SCHOOL_A } }), 'FORBIDDEN');
      expectCode(await sub.as(V.storekeeperB).request(REQUEST, { input: { schoolId: SCHOOL_A } }), 'FORBIDDEN');
      expectBadInput(
        await sub.as(V.storekeeper).request(REQUEST, { input: { schoolId: SCHOOL_A, storeroomRoomId: classroom } }),
        'storeroomRoomId',
      );
      expectBadInput(
        await sub.as(V.storekeeper).request(REQUEST, { input: { schoolId: SCHOOL_A, storeroomRoomId: storeroom, itemIds: [paper.id] } }),
        'itemIds.0',
      );
      expectBadInput(
        await sub.as(V.storekeeper).request(REQUEST, { input: { schoolId: SCHOOL_A, storeroomRoomId: storeroom, itemIds: [] } }),
        'itemIds',
      );
    });
  });

  it('the storekeeper requests the chalk: one reorder, one event in the outbox; asking again while it is open is CONFLICT', async () => {
    const reorder = ok<{ requestReorderPurchase: ReorderOut }>(
      await sub.as(V.storekeeper).request(REQUEST, { input: { schoolId: SCHOOL_A, storeroomRoomId: storeroom, itemIds: [chalk.id] } }),
    ).requestReorderPurchase;
    expect(reorder).toMatchObject({
      schoolId: SCHOOL_A,
      storeroomRoomId: storeroom,
      status: 'OPEN',
      title: '补货 (reorder): 白粉笔',
      estimatedTotal: { fen: 7700 },
      requestedByAccountId: V.storekeeper.accountId,
      purchaseRequestId: null,
      lines: [
        {
          lineNo: 1,
          itemId: chalk.id,
          stockWhenRequested: 3,
          quantity: 22,
          estimatedUnitPrice: { fen: 350 },
          receivedQuantity: 0,
          item: { name: '白粉笔' },
        },
      ],
    });
    const events = await requested();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      schoolId: SCHOOL_A,
      actor: { accountId: V.storekeeper.accountId },
      payload: {
        reorderId: reorder.id,
        schoolId: SCHOOL_A,
        storeroomRoomId: storeroom,
        requestedByAccountId: V.storekeeper.accountId,
        title: '补货 (reorder): 白粉笔',
        lines: [{ itemId: chalk.id, itemName: '白粉笔', unit: 'BOX', quantity: 22, estimatedUnitPriceFen: 350 }],
        estimatedTotalFen: 7700,
      },
    });
    expect((await suggestions()).find((s) => s.itemId === chalk.id)!.openReorderId).toBe(reorder.id);

    await expectNoWrites(sub, async () => {
      // The same item again, by the director this time: already requested.
      const again = await sub
        .as(V.director)
        .request(REQUEST, { input: { schoolId: SCHOOL_A, storeroomRoomId: storeroom, itemIds: [chalk.id] } });
      expectCode(again, 'CONFLICT');
      expect(again.errors?.[0]?.message).toContain('白粉笔');
    });
    expect(await requested()).toHaveLength(1);
  });

  it('finance’s receipt, through the real consumer, puts the 22 boxes into the storeroom once and closes the reorder', async () => {
    expect(SUBSCRIPTIONS.facilities).toContain('finance.purchaseRequest.received');
    const [reorder] = ok<{ reorderRequests: { nodes: ReorderOut[] } }>(
      await sub.as(V.storekeeper).request(REORDERS, { schoolId: SCHOOL_A }),
    ).reorderRequests.nodes;
    // A part first (10 boxes), then the rest (12) — each receipt once, however often delivered.
    const first = financeReceived(reorder.id, [{ itemId: chalk.id, quantity: 10, unitPriceFen: 320 }]);
    expect((await consumer.handle(first)).outcome).toBe('handled');
    expect((await consumer.handle(first)).outcome).toBe('duplicate');
    expect((await stockOf(chalk.id)).quantity).toBe(13);
    expect((await suggestions()).find((s) => s.itemId === chalk.id)).toBeUndefined(); // 13 > 5
    const rest = financeReceived(reorder.id, [{ itemId: chalk.id, quantity: 12, unitPriceFen: 320 }]);
    expect((await consumer.handle(rest)).outcome).toBe('handled');
    expect((await consumer.handle(rest)).outcome).toBe('duplicate');

    const stock = await stockOf(chalk.id);
    expect(stock.quantity).toBe(25);
    expect(Number(stock.valueFen)).toBe(3 * 350 + 22 * 320);
    const receipts = await sub.dataSource.getRepository(StoreMovement).findBy({ itemId: chalk.id, kind: 'RECEIPT' as never });
    expect(receipts.map((m) => m.quantity).sort((a, b) => a - b)).toEqual([3, 10, 12]);
    const after = ok<{ reorderRequests: { nodes: ReorderOut[] } }>(await sub.as(V.storekeeper).request(REORDERS, { schoolId: SCHOOL_A }))
      .reorderRequests.nodes[0];
    expect(after).toMatchObject({
      status: 'RECEIVED',
      purchaseRequestId: (first.payload as { purchaseRequestId: string }).purchaseRequestId,
      lines: [{ itemId: chalk.id, quantity: 22, receivedQuantity: 22 }],
    });
  });

  it('a receipt of a purchase facilities did not draft changes nothing; one naming a reorder the school does not have is refused', async () => {
    const plain = financeReceived(newId(), [{ itemId: chalk.id, quantity: 5, unitPriceFen: 100 }]);
    (plain.payload as { sourceService: string | null }).sourceService = null;
    const movements = await sub.dataSource.getRepository(StoreMovement).count();
    expect((await consumer.handle(plain)).outcome).toBe('handled');
    expect(await sub.dataSource.getRepository(StoreMovement).count()).toBe(movements);
    expect((await stockOf(chalk.id)).quantity).toBe(25);
    const stray = financeReceived(newId(), [{ itemId: chalk.id, quantity: 5, unitPriceFen: 100 }]);
    // The handler refuses it (a dead letter once its attempts run out); nothing moves.
    expect((await consumer.handle({ ...stray, schoolId: SCHOOL_B })).outcome).toBe('failed');
    expect((await stockOf(chalk.id)).quantity).toBe(25);
  });

  it('bulbs never stocked go into the named storeroom; a cancelled reorder lets them be requested again', async () => {
    // Only the bulbs are due now, and they were never stocked anywhere: name the storeroom they go into.
    await expectNoWrites(sub, async () =>
      expectBadInput(await sub.as(V.storekeeper).request(REQUEST, { input: { schoolId: SCHOOL_A } }), 'storeroomRoomId'),
    );
    const bulbs = ok<{ requestReorderPurchase: ReorderOut }>(
      await sub.as(V.director).request(REQUEST, { input: { schoolId: SCHOOL_A, storeroomRoomId: storeroom } }),
    ).requestReorderPurchase;
    expect(bulbs.lines).toEqual([expect.objectContaining({ itemId: bulb.id, quantity: 12 })]);
    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.storekeeper).request(REQUEST, { input: { schoolId: SCHOOL_A, storeroomRoomId: storeroom } }), 'CONFLICT');
      expectCode(await sub.as(V.teacher).request(CANCEL, { input: { id: bulbs.id, version: bulbs.version, reason: 'x' } }), 'FORBIDDEN');
      expectCode(await sub.as(V.auditor).request(CANCEL, { input: { id: bulbs.id, version: bulbs.version, reason: 'x' } }), 'FORBIDDEN');
      expectBadInput(
        await sub.as(V.storekeeper).request(CANCEL, { input: { id: bulbs.id, version: bulbs.version, reason: '  ' } }),
        'reason',
      );
      expectCode(
        await sub.as(V.storekeeperB).request(CANCEL, { input: { id: bulbs.id, version: bulbs.version, reason: 'x' } }),
        'NOT_FOUND',
      );
      expectCode(
        await sub.as(V.storekeeper).request(CANCEL, { input: { id: bulbs.id, version: bulbs.version + 1, reason: 'x' } }),
        'CONFLICT',
      );
    });
    const cancelled = ok<{ cancelReorderRequest: ReorderOut }>(
      await sub.as(V.director).request(CANCEL, {
        input: { id: bulbs.id, version: bulbs.version, reason: 'Finance rejected the purchase (财务驳回)' },
      }),
    ).cancelReorderRequest;
    expect(cancelled.status).toBe('CANCELLED');
    expectCode(
      await sub.as(V.storekeeper).request(CANCEL, { input: { id: bulbs.id, version: cancelled.version, reason: 'again' } }),
      'CONFLICT',
    );
    const again = ok<{ requestReorderPurchase: ReorderOut }>(
      await sub.as(V.storekeeper).request(REQUEST, { input: { schoolId: SCHOOL_A, storeroomRoomId: storeroom } }),
    ).requestReorderPurchase;
    expect(again).toMatchObject({ status: 'OPEN', lines: [{ itemId: bulb.id, quantity: 12 }] });
    expect(await requested()).toHaveLength(3);
  });

  it('two storekeepers requesting the same item at the same moment: one reorder, the other CONFLICT', async () => {
    const scissors = await createItem(sub, {
      schoolId: SCHOOL_A,
      name: '剪刀',
      unit: 'HANDLE',
      category: 'TOOLS',
      reorderPoint: 2,
      reorderQuantity: 5,
    });
    const before = (await requested()).length;
    const input = { schoolId: SCHOOL_A, storeroomRoomId: storeroom, itemIds: [scissors.id] };
    const answers = await Promise.all([V.storekeeper, V.storekeeper2, V.director].map((as) => sub.as(as).request(REQUEST, { input })));
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors).map((a) => a.errors?.[0]?.extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
    expect((await requested()).length).toBe(before + 1);
  });
});
