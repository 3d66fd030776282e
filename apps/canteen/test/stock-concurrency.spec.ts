/**
 * Stock under concurrent writers (issue 11): many storekeepers issuing from one lot at once never
 * take it below zero, keep first-expiring-first-out, and leave every lot's movements summing to its
 * balance (帐物相符); a receiving and a stocktake's approval racing on one lot both keep their change.
 * This needs a real server with row locks and a connection pool (the embedded database runs one
 * transaction at a time), so it runs only with HOUQIN_TEST_MYSQL_URL, as finance's concurrency tests.
 */
import { Role } from '@houqin/auth';
import { codes, type GraphQLResponse, testStorage } from '@houqin/testing';
import { newId } from '@houqin/common';
import { StockLot } from '../src/stock/stock.entity';
import { mealService, receive } from './stock-fixtures';
import { call, type CanteenFixture, canteenOf, SCHOOL_A, startCanteen, type TestSubgraph, V, viewer } from './support';

const onServer = testStorage().kind === 'mysql';
(onServer ? describe : describe.skip)('stock concurrency on MySQL / MariaDB', () => {
  jest.setTimeout(120000);
  let sub: TestSubgraph;
  let canteen: CanteenFixture;
  const keepers = [
    V.storekeeper,
    V.storekeeper2,
    V.canteen,
    viewer(121, 'storekeeper3', [[Role.STOREKEEPER, SCHOOL_A]]),
    viewer(122, 'storekeeper4', [[Role.STOREKEEPER, SCHOOL_A]]),
  ];
  const ISSUE = `mutation($input: IssueStockInput!) { issueStock(input: $input) { movements { lotId quantity cost { fen } } } }`;
  const issue = (i: number, mealServiceId: string, ingredientId: string, grams: number) =>
    sub.as(keepers[i % keepers.length]).request(ISSUE, {
      input: { mealServiceId, lines: [{ ingredientId, quantity: { amount: String(grams), unit: 'G' } }] },
    });
  const succeeded = (responses: GraphQLResponse[]) => responses.filter((r) => !r.errors);
  const lotsById = async (ids: string[]) => {
    const rows = await sub.dataSource.getRepository(StockLot).findBy(ids.map((id) => ({ id })));
    return new Map(rows.map((l) => [l.id, l]));
  };
  /** Every lot's movements sum to its balance and remaining cost, and no balance is negative. */
  const expectBooksBalance = async () => {
    const rows: { id: string; balance: string; balanceCostFen: string; moved: string; movedCost: string }[] = await sub.dataSource.query(
      `SELECT l.id, l.balance, l.balanceCostFen, COALESCE(SUM(m.quantity), 0) AS moved, COALESCE(SUM(m.costFen), 0) AS movedCost
         FROM stock_lot l LEFT JOIN stock_movement m ON m.lotId = l.id GROUP BY l.id, l.balance, l.balanceCostFen`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect({ id: r.id, balance: Number(r.balance), cost: Number(r.balanceCostFen) }).toEqual({
        id: r.id,
        balance: Number(r.moved),
        cost: Number(r.movedCost),
      });
      expect(Number(r.balance)).toBeGreaterThanOrEqual(0);
    }
  };

  beforeAll(async () => {
    sub = await startCanteen();
    canteen = await canteenOf(sub, 'A');
  }, 60000);
  afterAll(() => sub?.stop());

  it('20 issues of 700 g at once against a 10 kg lot: exactly 14 succeed, the lot ends at 200 g, never below zero, and its cost is taken exactly', async () => {
    const FLOUR = newId();
    const [flour] = await receive(sub, canteen, [{ ingredientId: FLOUR, quantity: 10_000, costFen: 10_001, expiresOn: '2027-02-01' }]);
    const lunch = await mealService(sub, canteen, '2026-11-16');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => issue(i, lunch, FLOUR, 700)));
    expect(succeeded(results)).toHaveLength(14);
    for (const r of results.filter((x) => x.errors)) expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const after = (await lotsById([flour.id])).get(flour.id)!;
    expect(after.balance).toBe(200);
    const issuedCost = succeeded(results).reduce(
      (s, r) => s - (r.data as { issueStock: { movements: { cost: { fen: number } }[] } }).issueStock.movements[0].cost.fen,
      0,
    );
    expect(after.balanceCostFen).toBe(10_001 - issuedCost);
    await expectBooksBalance();
  });

  it('20 issues of 700 g at once over three rice lots: the earlier-expiring lot is emptied before the later one is touched; the expired lot never', async () => {
    const RICE = newId();
    const [expired, soon, later] = await receive(sub, canteen, [
      { ingredientId: RICE, quantity: 5_000, costFen: 2_500, expiresOn: '2026-11-01', receivedOn: '2026-05-01' },
      { ingredientId: RICE, quantity: 10_000, costFen: 6_000, expiresOn: '2026-12-01' },
      { ingredientId: RICE, quantity: 30_000, costFen: 16_500, expiresOn: '2027-03-01' },
    ]);
    const lunch = await mealService(sub, canteen, '2026-11-17');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => issue(i, lunch, RICE, 700)));
    expect(succeeded(results)).toHaveLength(20);
    const lots = await lotsById([expired.id, soon.id, later.id]);
    expect(lots.get(expired.id)!.balance).toBe(5_000);
    expect(lots.get(soon.id)!).toMatchObject({ balance: 0, balanceCostFen: 0 });
    expect(lots.get(later.id)!.balance).toBe(30_000 - 4_000);
    // FEFO: whoever took from the later lot found the earlier one empty, or emptied it in the same issue.
    const takes = results.map((r) => (r.data as { issueStock: { movements: { lotId: string; quantity: number }[] } }).issueStock.movements);
    expect(takes.filter((m) => m.some((x) => x.lotId === soon.id) && m.some((x) => x.lotId === later.id))).toHaveLength(1);
    const split = takes.find((m) => m.length === 2)!;
    expect(split.map((x) => x.lotId)).toEqual([soon.id, later.id]);
    expect(
      takes
        .flat()
        .filter((x) => x.lotId === soon.id)
        .reduce((s, x) => s - x.quantity, 0),
    ).toBe(10_000);
    await expectBooksBalance();
  });

  it('a receiving, an issue and a stocktake’s approval racing on one lot: none loses the others’ change', async () => {
    for (let round = 0; round < 3; round++) {
      const OIL = newId();
      const [oil] = await receive(sub, canteen, [
        { ingredientId: OIL, quantity: 20_000, costFen: 30_000, expiresOn: '2027-01-01', baseUnit: 'MILLILITRE' as never },
      ]);
      const lunch = await mealService(sub, canteen, `2026-11-${18 + round}`);
      const { openStocktake } = await call<{ openStocktake: { id: string } }>(
        sub,
        V.storekeeper,
        'mutation($input: OpenStocktakeInput!) { openStocktake(input: $input) { id } }',
        { input: { canteenId: canteen.id } },
      );
      const id = openStocktake.id;
      await call(sub, V.storekeeper, 'mutation($input: RecordStocktakeCountsInput!) { recordStocktakeCounts(input: $input) { id } }', {
        input: { id, counts: [{ lotId: oil.id, quantity: { amount: '18', unit: 'L' } }] },
      });
      await call(sub, V.storekeeper, 'mutation($input: SubmitStocktakeInput!) { submitStocktake(input: $input) { id } }', {
        input: { id },
      });

      const [approval, issued, received] = await Promise.all([
        sub
          .as(V.director)
          .request('mutation($input: StockDecisionInput!) { approveStocktake(input: $input) { status } }', { input: { id } }),
        sub
          .as(V.storekeeper)
          .request(ISSUE, { input: { mealServiceId: lunch, lines: [{ ingredientId: OIL, quantity: { amount: '3', unit: 'L' } }] } }),
        receive(sub, canteen, [
          { ingredientId: OIL, quantity: 10_000, costFen: 15_000, expiresOn: '2027-06-01', baseUnit: 'MILLILITRE' as never },
        ]),
      ]);
      expect(approval.errors).toBeUndefined();
      expect(issued.errors).toBeUndefined();
      const lots = await lotsById([oil.id, received[0].id]);
      // 20 L − 2 L lost at the count − 3 L issued; the new lot whole.
      expect(lots.get(oil.id)!.balance).toBe(15_000);
      expect(lots.get(received[0].id)!.balance).toBe(10_000);
    }
    await expectBooksBalance();
  });
});
