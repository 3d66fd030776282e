/**
 * Stock (库存): a storekeeper issues to a meal service first-expiring-first-out; an expired lot is
 * never issued, only written off with the director's approval; a stocktake's differences wait for the
 * director and then become movements. Stock never goes negative, a lot's movements always sum to its
 * balance, and nothing is edited: every change is a new movement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@houqin/auth';
import { newId } from '@houqin/common';
import { StockMovement } from '../src/stock/stock.entity';
import { stocktakeFlow, writeOffFlow } from '../src/stock/stock.flow';
import { mealService, receive } from './stock-fixtures';
import {
  call,
  type CanteenFixture,
  canteenOf,
  expectBadInput,
  expectCode,
  expectNoWrites,
  startCanteen,
  type TestSubgraph,
  SCHOOL_A,
  UNKNOWN_ID,
  V,
  viewer,
} from './support';

jest.setTimeout(90000);

let sub: TestSubgraph;
let canteen: CanteenFixture;
let canteenB: CanteenFixture;
const RICE = newId();
const MILK = newId();
const OIL = newId();
/** Monday 16 November 2026 (the tests' today). */
const MONDAY = '2026-11-16';

beforeAll(async () => {
  sub = await startCanteen();
  canteen = await canteenOf(sub, 'A');
  canteenB = await canteenOf(sub, 'B');
});
afterAll(() => sub?.stop());

const LOT_FIELDS = `id ingredientId balance receivedQuantity expiresOn expired version cost { fen } balanceCost { fen }
  balanceQuantity { display } movements { kind quantity cost { fen } mealServiceId sourceId reason byAccountId }`;
const ISSUE = `mutation($input: IssueStockInput!) { issueStock(input: $input) {
  mealServiceId cost { yuan fen } movements { lotId kind quantity cost { fen } moved { display } } } }`;
const LOT = `query($id: ID!) { stockLot(id: $id) { ${LOT_FIELDS} } }`;
const WRITE_OFF_FIELDS =
  'id status lotId quantity reason requestedByAccountId quantityToWriteOff { display } steps { action actorAccountId comment }';
const REQUEST_WRITE_OFF = `mutation($input: RequestStockWriteOffInput!) { requestStockWriteOff(input: $input) { ${WRITE_OFF_FIELDS} } }`;
const APPROVE_WRITE_OFF = `mutation($input: StockDecisionInput!) { approveStockWriteOff(input: $input) { ${WRITE_OFF_FIELDS} } }`;
const REJECT_WRITE_OFF = `mutation($input: StockDecisionInput!) { rejectStockWriteOff(input: $input) { ${WRITE_OFF_FIELDS} } }`;
const STOCKTAKE_FIELDS = `id status canteenId submittedByAccountId version
  counts { lotId systemQuantity countedQuantity difference differenceQuantity { display } } steps { action actorAccountId }`;
const OPEN = `mutation($input: OpenStocktakeInput!) { openStocktake(input: $input) { ${STOCKTAKE_FIELDS} } }`;
const COUNT = `mutation($input: RecordStocktakeCountsInput!) { recordStocktakeCounts(input: $input) { ${STOCKTAKE_FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitStocktakeInput!) { submitStocktake(input: $input) { ${STOCKTAKE_FIELDS} } }`;
const APPROVE_STOCKTAKE = `mutation($input: StockDecisionInput!) { approveStocktake(input: $input) { ${STOCKTAKE_FIELDS} } }`;

interface LotOut {
  id: string;
  balance: number;
  version: number;
  expired: boolean;
  cost: { fen: number };
  balanceCost: { fen: number };
  balanceQuantity: { display: string };
  movements: { kind: string; quantity: number; cost: { fen: number }; mealServiceId: string | null; sourceId: string | null }[];
}
const lot = async (id: string) => (await call<{ stockLot: LotOut }>(sub, V.storekeeper, LOT, { id })).stockLot;
/** A lot's movements sum to its balance and its remaining cost (帐物相符). */
const expectBalanced = (l: LotOut) => {
  expect(l.movements.reduce((s, m) => s + m.quantity, 0)).toBe(l.balance);
  expect(l.movements.reduce((s, m) => s + m.cost.fen, 0)).toBe(l.balanceCost.fen);
  expect(l.balance).toBeGreaterThanOrEqual(0);
};
const kg = (amount: string) => ({ amount, unit: 'KG' });

describe('issuing to a meal service (出库), first-expiring-first-out', () => {
  it("a storekeeper issues 12 kg of rice to Monday's lunch: 5 kg from the lot expiring first, 7 kg from the next; the expired lot is skipped", async () => {
    const [expiredRice, soonRice, laterRice] = await receive(sub, canteen, [
      { ingredientId: RICE, quantity: 8_000, costFen: 4_000, expiresOn: '2026-11-10', receivedOn: '2026-05-10' },
      { ingredientId: RICE, quantity: 5_000, costFen: 3_000, expiresOn: '2026-12-01', receivedOn: '2026-11-02' },
      { ingredientId: RICE, quantity: 20_000, costFen: 11_000, expiresOn: '2027-03-01', receivedOn: '2026-11-09' },
    ]);
    const lunch = await mealService(sub, canteen, MONDAY);
    const issued = await call<{
      issueStock: {
        cost: { yuan: string; fen: number };
        movements: { lotId: string; quantity: number; cost: { fen: number }; moved: { display: string } }[];
      };
    }>(sub, V.storekeeper, ISSUE, { input: { mealServiceId: lunch, lines: [{ ingredientId: RICE, quantity: kg('12') }] } });
    // The lot emptied takes all its cost (30.00); the second its share: 110.00 × 7/20 = 38.50.
    expect(issued.issueStock.movements).toEqual([
      { lotId: soonRice.id, kind: 'ISSUE', quantity: -5_000, cost: { fen: -3_000 }, moved: { display: '-5 kg' } },
      { lotId: laterRice.id, kind: 'ISSUE', quantity: -7_000, cost: { fen: -3_850 }, moved: { display: '-7 kg' } },
    ]);
    expect(issued.issueStock.cost).toEqual({ yuan: '68.50', fen: 6_850 });

    const [expired, soon, later] = await Promise.all([lot(expiredRice.id), lot(soonRice.id), lot(laterRice.id)]);
    expect(expired).toMatchObject({ balance: 8_000, expired: true });
    expect(soon).toMatchObject({ balance: 0, balanceCost: { fen: 0 }, expired: false });
    expect(later).toMatchObject({ balance: 13_000, balanceCost: { fen: 7_150 }, balanceQuantity: { display: '13 kg' } });
    for (const l of [expired, soon, later]) expectBalanced(l);
    expect(later.movements.map((m) => [m.kind, m.quantity, m.mealServiceId])).toEqual([
      ['RECEIPT', 20_000, null],
      ['ISSUE', -7_000, lunch],
    ]);

    // The canteen's stock is worth what is left: the expired 40.00 and the later lot's 71.50.
    const value = await call<{ canteen: { stockValue: { fen: number } } }>(
      sub,
      V.director,
      'query($id: ID!) { canteen(id: $id) { stockValue { fen } } }',
      {
        id: canteen.id,
      },
    );
    expect(value.canteen.stockValue.fen).toBe(4_000 + 7_150);
  });

  it('lists what expires soon (临期) for the kitchen and the leaders; a teacher sees no stock', async () => {
    const soon = await call<{ stockLots: { nodes: { ingredientId: string; expiresOn: string }[] } }>(
      sub,
      V.canteen,
      'query($f: StockLotFilter) { stockLots(filter: $f) { nodes { ingredientId expiresOn } } }',
      { f: { canteenId: canteen.id, ingredientId: RICE, expiringWithinDays: 30 } },
    );
    expect(soon.stockLots.nodes).toEqual([{ ingredientId: RICE, expiresOn: '2026-11-10' }]);
    const teacher = await call<{ stockLots: { nodes: unknown[] } }>(sub, V.teacher, '{ stockLots { nodes { id } } }');
    expect(teacher.stockLots.nodes).toEqual([]);
    const other = await call<{ stockLots: { nodes: unknown[] } }>(sub, V.storekeeperB, '{ stockLots { nodes { id } } }');
    expect(other.stockLots.nodes).toEqual([]);
  });
});

describe('an expired lot is written off (报损) with the director’s approval', () => {
  it('the storekeeper asks, cannot approve it; the canteen manager cannot either; the director approves: a WRITE_OFF movement empties it', async () => {
    const [expiredMilk] = await receive(sub, canteen, [
      {
        ingredientId: MILK,
        quantity: 24_000,
        costFen: 9_601,
        expiresOn: '2026-11-14',
        location: 'CHILLED',
        baseUnit: 'MILLILITRE' as never,
      },
    ]);
    const requested = await call<{ requestStockWriteOff: { id: string; status: string; quantityToWriteOff: { display: string } } }>(
      sub,
      V.storekeeper,
      REQUEST_WRITE_OFF,
      { input: { lotId: expiredMilk.id, quantity: { amount: '24', unit: 'L' }, reason: 'Expired on 14 November (过期)' } },
    );
    expect(requested.requestStockWriteOff).toMatchObject({ status: 'PENDING', quantityToWriteOff: { display: '24 L' } });
    const id = requested.requestStockWriteOff.id;

    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.storekeeper).request(APPROVE_WRITE_OFF, { input: { id } }), 'FORBIDDEN');
      expectCode(await sub.as(V.canteen).request(APPROVE_WRITE_OFF, { input: { id } }), 'FORBIDDEN');
      // Another school's director does not even see it.
      expectCode(await sub.as(V.directorB).request(APPROVE_WRITE_OFF, { input: { id } }), 'NOT_FOUND');
    });

    const approved = await call<{ approveStockWriteOff: { status: string; steps: { action: string; actorAccountId: string }[] } }>(
      sub,
      V.director,
      APPROVE_WRITE_OFF,
      { input: { id, comment: 'Seen: past its date' } },
    );
    expect(approved.approveStockWriteOff.status).toBe('APPROVED');
    expect(approved.approveStockWriteOff.steps.map((s) => [s.action, s.actorAccountId])).toEqual([
      ['REQUESTED', V.storekeeper.accountId],
      ['APPROVED', V.director.accountId],
    ]);
    const after = await lot(expiredMilk.id);
    expect(after).toMatchObject({ balance: 0, balanceCost: { fen: 0 } });
    expect(after.movements.map((m) => [m.kind, m.quantity, m.cost.fen, m.sourceId])).toEqual([
      ['RECEIPT', 24_000, 9_601, null],
      ['WRITE_OFF', -24_000, -9_601, id],
    ]);
    expectBalanced(after);

    // Decided once: a second approval is a CONFLICT and writes nothing.
    await expectNoWrites(sub, async () => expectCode(await sub.as(V.director).request(APPROVE_WRITE_OFF, { input: { id } }), 'CONFLICT'));
  });

  it('someone who is both canteen manager and director cannot approve a write-off they asked for (separation of duties)', async () => {
    const both = viewer(130, 'managerDirector', [
      [Role.CANTEEN_MANAGER, SCHOOL_A],
      [Role.GENERAL_AFFAIRS_DIRECTOR, SCHOOL_A],
    ]);
    const [oil] = await receive(sub, canteen, [
      { ingredientId: OIL, quantity: 2_000, costFen: 3_000, expiresOn: '2026-11-15', baseUnit: 'MILLILITRE' as never },
    ]);
    const { requestStockWriteOff } = await call<{ requestStockWriteOff: { id: string } }>(sub, both, REQUEST_WRITE_OFF, {
      input: { lotId: oil.id, quantity: { amount: '2', unit: 'L' }, reason: 'Expired (过期)' },
    });
    await expectNoWrites(sub, async () =>
      expectCode(await sub.as(both).request(APPROVE_WRITE_OFF, { input: { id: requestStockWriteOff.id } }), 'FORBIDDEN'),
    );
    await call(sub, V.director, APPROVE_WRITE_OFF, { input: { id: requestStockWriteOff.id } });
    expect(await lot(oil.id)).toMatchObject({ balance: 0 });
  });

  it('a rejected write-off needs its reason and leaves the lot as it was', async () => {
    const [oil] = await receive(sub, canteen, [
      { ingredientId: OIL, quantity: 5_000, costFen: 7_500, expiresOn: '2027-06-01', baseUnit: 'MILLILITRE' as never },
    ]);
    const { requestStockWriteOff } = await call<{ requestStockWriteOff: { id: string } }>(sub, V.canteen, REQUEST_WRITE_OFF, {
      input: { lotId: oil.id, quantity: { amount: '1', unit: 'L' }, reason: 'Bottle cracked' },
    });
    await expectNoWrites(sub, async () =>
      expectBadInput(await sub.as(V.director).request(REJECT_WRITE_OFF, { input: { id: requestStockWriteOff.id } }), 'comment'),
    );
    const rejected = await call<{ rejectStockWriteOff: { status: string } }>(sub, V.director, REJECT_WRITE_OFF, {
      input: { id: requestStockWriteOff.id, comment: 'Use it first; the seal is intact' },
    });
    expect(rejected.rejectStockWriteOff.status).toBe('REJECTED');
    expect(await lot(oil.id)).toMatchObject({ balance: 5_000, movements: [{ kind: 'RECEIPT' }] });
  });
});

describe('a stocktake (盘点) finds 2 kg less; the director approves; a STOCKTAKE_LOSS movement appears', () => {
  it('counts against the books, waits for the director, then adjusts by a movement: nothing is edited', async () => {
    const [rice] = await receive(sub, canteen, [
      { ingredientId: RICE, quantity: 25_000, costFen: 13_000, expiresOn: '2027-05-01', receivedOn: '2026-11-12' },
    ]);
    const before = await lot(rice.id);
    const opened = await call<{ openStocktake: { id: string; status: string } }>(sub, V.storekeeper, OPEN, {
      input: { canteenId: canteen.id },
    });
    expect(opened.openStocktake.status).toBe('OPEN');
    const id = opened.openStocktake.id;
    // One stocktake at a time per canteen.
    await expectNoWrites(sub, async () =>
      expectCode(await sub.as(V.canteen).request(OPEN, { input: { canteenId: canteen.id } }), 'CONFLICT'),
    );

    const counted = await call<{ recordStocktakeCounts: { counts: unknown[] } }>(sub, V.storekeeper, COUNT, {
      input: { id, counts: [{ lotId: rice.id, quantity: kg('23') }] },
    });
    expect(counted.recordStocktakeCounts.counts).toEqual([
      { lotId: rice.id, systemQuantity: 25_000, countedQuantity: 23_000, difference: -2_000, differenceQuantity: { display: '-2 kg' } },
    ]);
    // Before approval the lot is as it was: the difference waits.
    expect(await lot(rice.id)).toEqual(before);
    await call(sub, V.storekeeper, SUBMIT, { input: { id } });

    await expectNoWrites(sub, async () => {
      expectCode(await sub.as(V.storekeeper).request(APPROVE_STOCKTAKE, { input: { id } }), 'FORBIDDEN');
      expectCode(await sub.as(V.canteen).request(APPROVE_STOCKTAKE, { input: { id } }), 'FORBIDDEN');
      // Counting a submitted stocktake is a step out of order.
      expectCode(
        await sub.as(V.storekeeper).request(COUNT, { input: { id, counts: [{ lotId: rice.id, quantity: kg('1') }] } }),
        'CONFLICT',
      );
    });
    const movementsBefore = await sub.dataSource.getRepository(StockMovement).find({ order: { id: 'ASC' } });

    const approved = await call<{ approveStocktake: { status: string; steps: { action: string }[] } }>(sub, V.director, APPROVE_STOCKTAKE, {
      input: { id },
    });
    expect(approved.approveStocktake.status).toBe('APPROVED');
    expect(approved.approveStocktake.steps.map((s) => s.action)).toEqual(['OPENED', 'COUNTED', 'SUBMITTED', 'APPROVED']);
    const after = await lot(rice.id);
    // 130.00 × 2/25 = 10.40 lost.
    expect(after).toMatchObject({ balance: 23_000, balanceCost: { fen: 13_000 - 1_040 }, version: before.version + 1 });
    expect(after.movements.slice(-1)).toEqual([
      {
        kind: 'STOCKTAKE_LOSS',
        quantity: -2_000,
        cost: { fen: -1_040 },
        mealServiceId: null,
        sourceId: id,
        reason: 'Stocktake loss (盘亏)',
        byAccountId: V.director.accountId,
      },
    ]);
    expectBalanced(after);
    // Every earlier movement is untouched; exactly one was added.
    const movementsAfter = await sub.dataSource.getRepository(StockMovement).find({ order: { id: 'ASC' } });
    expect(movementsAfter.slice(0, movementsBefore.length)).toEqual(movementsBefore);
    expect(movementsAfter).toHaveLength(movementsBefore.length + 1);
  });
});

describe('refusals write nothing', () => {
  let lunch: string;
  let lotA: string;
  let lotB: string;
  let lunchB: string;
  const FLOUR = newId();
  const EXPIRED_ONLY = newId();
  beforeAll(async () => {
    lunch = await mealService(sub, canteen, '2026-11-17');
    lunchB = await mealService(sub, canteenB, MONDAY);
    [{ id: lotA }] = await receive(sub, canteen, [{ ingredientId: FLOUR, quantity: 10_000, costFen: 5_000, expiresOn: '2027-01-01' }]);
    await receive(sub, canteen, [{ ingredientId: EXPIRED_ONLY, quantity: 3_000, costFen: 900, expiresOn: '2026-11-01' }]);
    [{ id: lotB }] = await receive(sub, canteenB, [{ ingredientId: FLOUR, quantity: 10_000, costFen: 5_000, expiresOn: '2027-01-01' }]);
  });
  const issue = (who: typeof V.storekeeper, mealServiceId: string, ingredientId: string, quantity: Record<string, unknown>) =>
    sub.as(who).request(ISSUE, { input: { mealServiceId, lines: [{ ingredientId, quantity }] } });

  it('a zero, negative or inexact quantity is BAD_USER_INPUT on the line’s quantity', async () => {
    await expectNoWrites(sub, async () => {
      expectBadInput(await issue(V.storekeeper, lunch, FLOUR, kg('0')), 'lines.0.quantity');
      expectBadInput(await issue(V.storekeeper, lunch, FLOUR, kg('-1')), 'lines.0.quantity');
      expectBadInput(await issue(V.storekeeper, lunch, FLOUR, kg('0.0005')), 'lines.0.quantity');
      expectBadInput(await issue(V.storekeeper, lunch, FLOUR, { amount: '2', unit: 'L' }), 'lines.0.quantity');
      expectBadInput(
        await sub.as(V.storekeeper).request(REQUEST_WRITE_OFF, { input: { lotId: lotA, quantity: kg('0'), reason: 'x' } }),
        'quantity',
      );
    });
  });

  it('only expired stock, or more than the balance, is BAD_USER_INPUT: an expired lot is never issued and stock never goes negative', async () => {
    await expectNoWrites(sub, async () => {
      const expiredOnly = await issue(V.storekeeper, lunch, EXPIRED_ONLY, kg('1'));
      expectBadInput(expiredOnly, 'lines.0.quantity');
      expect(expiredOnly.errors?.[0].message).toMatch(/only 0 g can be issued.*3 kg more is in expired lots/);
      expectBadInput(await issue(V.storekeeper, lunch, FLOUR, kg('10.001')), 'lines.0.quantity');
      // Two lines of one ingredient together beyond the balance.
      expectBadInput(
        await sub.as(V.storekeeper).request(ISSUE, {
          input: {
            mealServiceId: lunch,
            lines: [
              { ingredientId: FLOUR, quantity: kg('6') },
              { ingredientId: FLOUR, quantity: kg('5') },
            ],
          },
        }),
        'lines.1.quantity',
      );
      expectBadInput(await issue(V.storekeeper, lunch, UNKNOWN_ID, kg('1')), 'lines.0.ingredientId');
      expectBadInput(
        await sub.as(V.storekeeper).request(REQUEST_WRITE_OFF, { input: { lotId: lotA, quantity: kg('11'), reason: 'x' } }),
        'quantity',
      );
    });
  });

  it('another school’s lot or meal service is NOT_FOUND; a teacher is FORBIDDEN before any check; a locked meal service is a CONFLICT', async () => {
    const locked = await mealService(sub, canteen, '2026-11-13', undefined, true);
    await expectNoWrites(sub, async () => {
      expectCode(
        await sub.as(V.storekeeper).request(REQUEST_WRITE_OFF, { input: { lotId: lotB, quantity: kg('1'), reason: 'spoiled' } }),
        'NOT_FOUND',
      );
      expectCode(await issue(V.storekeeper, lunchB, FLOUR, kg('1')), 'NOT_FOUND');
      expectCode(await issue(V.storekeeper, UNKNOWN_ID, FLOUR, kg('1')), 'NOT_FOUND');
      expectCode(await issue(V.teacher, lunch, FLOUR, kg('1')), 'FORBIDDEN');
      expectCode(await issue(V.teacher, lunch, FLOUR, kg('0')), 'FORBIDDEN');
      expectCode(
        await sub.as(V.teacher).request(REQUEST_WRITE_OFF, { input: { lotId: lotA, quantity: kg('1'), reason: 'x' } }),
        'FORBIDDEN',
      );
      expectCode(await sub.as(V.teacher).request(OPEN, { input: { canteenId: canteen.id } }), 'FORBIDDEN');
      expectCode(await sub.as(V.storekeeper).request(OPEN, { input: { canteenId: canteenB.id } }), 'NOT_FOUND');
      expectCode(await issue(V.storekeeper, locked, FLOUR, kg('1')), 'CONFLICT');
    });
    expect(await lot(lotA)).toMatchObject({ balance: 10_000 });
  });
});

it('docs/canteen.md shows the write-off and stocktake flows as the code declares them (on failure: paste flow.diagram() there)', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/canteen.md'), 'utf8');
  for (const flow of [writeOffFlow, stocktakeFlow]) expect(doc).toContain(['```mermaid', flow.diagram(), '```'].join('\n'));
});
