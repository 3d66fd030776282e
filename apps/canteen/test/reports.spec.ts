/**
 * The canteen's reports as a district auditor and a school's people read them: one Monday of
 * school A's canteen (rice received and issued to lunch, one dish sampled and one not, the kitchen's
 * morning checks, the principal's accompanied lunch, a published week of menus), then the month
 * side by side with school B, whose canteen has done nothing yet.
 */
import { graphql, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import { Viewer } from '@houqin/auth';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { createCanteenSubgraph } from '../src/subgraph';
import {
  call,
  type CanteenFixture,
  expectBadInput,
  expectCode,
  startCanteen,
  SCHOOL_A,
  SCHOOL_B,
  SUPPLIERS,
  TEST_NOW,
  TEST_TODAY,
  type TestSubgraph,
  V,
} from './support';
import { canteensAB, COUNTS, dish, ING, KITCHEN_A, kitchenOfA, MEAL, type Meal, plan, TAKE } from './meal-fixtures';

jest.setTimeout(120_000);

let sub: TestSubgraph;
let canteen: CanteenFixture;
let canteenB: CanteenFixture;

const COMPLIANCE = `schoolId month mealsServed issuedCost { fen } costPerMeal { fen yuan } dishesServed dishesSampled sampleCompliance
  morningChecksDue morningChecksDone morningCheckCompliance rosterSize validCertificates certificateCompliance
  menuDays menuDaysPassed nutritionPassRate canteenSchoolDays accompaniedDays accompaniedCoverage`;
const COMPARISON = `query($month: String!, $first: Int, $after: String) { districtCanteenComparison(month: $month, first: $first, after: $after) {
  nodes { ${COMPLIANCE} } pageInfo { hasNextPage endCursor } } }`;

type Row = Record<string, unknown> & { schoolId: string };

beforeAll(async () => {
  sub = await startCanteen();
  ({ canteen, canteenB } = await canteensAB(sub));
  await kitchenOfA(sub, canteen);
  const rice = await dish(sub, canteen, 'Steamed rice (米饭)', [[ING.rice, '150']]);
  const cabbage = await dish(sub, canteen, 'Stir-fried cabbage (炒白菜)', [[ING.cabbage, '120']]);

  // 50 kg of rice at 4.20 yuan/kg (210.00 yuan), confirmed by a second inspector: rice is a bulk staple.
  const { recordDelivery } = await call<{ recordDelivery: { id: string; status: string } }>(
    sub,
    V.storekeeper,
    'mutation($input: RecordDeliveryInput!) { recordDelivery(input: $input) { id status } }',
    {
      input: {
        canteenId: canteen.id,
        supplierId: SUPPLIERS.grain,
        deliveredOn: TEST_TODAY,
        invoiceNumber: '04410301',
        supplierLicenceNumber: 'JY13301000054321',
        items: [
          {
            ingredientId: ING.rice,
            quantity: { amount: '50', unit: 'KG' },
            unitPrice: '4.20',
            batchNumber: 'DM20261101',
            productionDate: '2026-11-01',
            shelfLifeDays: 365,
            keptAt: 'DRY',
            locationId: canteen.locations.DRY,
            sensoryOk: true,
          },
        ],
      },
    },
  );
  if (recordDelivery.status !== 'ACCEPTED')
    await call(sub, V.director, 'mutation($input: SecondInspectDeliveryInput!) { secondInspectDelivery(input: $input) { id } }', {
      input: { id: recordDelivery.id, confirmed: true },
    });

  // Monday's lunch: 12 kg of rice issued (50.40 yuan), the rice sampled, the cabbage not; 380 students and 20 staff served.
  const lunch: Meal = await plan(sub, canteen, [rice, cabbage]);
  await call(sub, V.storekeeper, 'mutation($input: IssueStockInput!) { issueStock(input: $input) { mealServiceId } }', {
    input: { mealServiceId: lunch.id, lines: [{ ingredientId: ING.rice, quantity: { amount: '12', unit: 'KG' } }] },
  });
  await call(sub, V.canteen, TAKE, {
    input: { mealServiceId: lunch.id, dishId: rice, grams: 150, takenByStaffId: KITCHEN_A.cook, locationId: canteen.locations.CHILLED },
  });
  const { mealService } = await call<{ mealService: Meal }>(sub, V.canteen, MEAL, { id: lunch.id });
  await call(sub, V.canteen, COUNTS, {
    input: { id: lunch.id, version: mealService.version, portionsServedStudents: 380, portionsServedStaff: 20 },
  });

  // The principal ate lunch with the students.
  await call(sub, V.principal, 'mutation($input: LogAccompaniedMealInput!) { logAccompaniedMeal(input: $input) { id } }', {
    input: { mealServiceId: lunch.id, rating: 4, remarks: 'Rice well cooked; cabbage a little salty.' },
  });

  // This week's lunches, published for parents (食谱公示): five days, each checked against WS/T 554-2017.
  const days = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
  const { saveMenuWeek } = await call<{ saveMenuWeek: { id: string } }>(
    sub,
    V.canteen,
    'mutation($input: SaveMenuWeekInput!) { saveMenuWeek(input: $input) { id } }',
    {
      input: {
        canteenId: canteen.id,
        weekStart: '2026-11-16',
        ageGroup: 'AGE_6_8',
        meals: days.map((servedOn) => ({ servedOn, meal: 'LUNCH', dishIds: [rice, cabbage] })),
      },
    },
  );
  await call(sub, V.canteen, 'mutation($input: PublishMenuWeekInput!) { publishMenuWeek(input: $input) { id } }', {
    input: { id: saveMenuWeek.id },
  });
});
afterAll(() => sub?.stop());

describe('a district auditor compares the schools’ canteens for November (区级食堂对比)', () => {
  let rows: Row[];

  it('lists every open school of the district, each once, in pages', async () => {
    const first = await call<{ districtCanteenComparison: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      sub,
      V.auditor,
      COMPARISON,
      { month: '2026-11', first: 2 },
    );
    expect(first.districtCanteenComparison.nodes).toHaveLength(2);
    expect(first.districtCanteenComparison.pageInfo.hasNextPage).toBe(true);
    const rest = await call<{ districtCanteenComparison: { nodes: Row[] } }>(sub, V.auditor, COMPARISON, {
      month: '2026-11',
      first: 50,
      after: first.districtCanteenComparison.pageInfo.endCursor,
    });
    rows = [...first.districtCanteenComparison.nodes, ...rest.districtCanteenComparison.nodes];
    expect(new Set(rows.map((r) => r.schoolId)).size).toBe(rows.length);
    expect(rows.map((r) => r.schoolId)).toEqual(expect.arrayContaining([SCHOOL_A, SCHOOL_B]));
  });

  it('school A: a meal cost 0.13 yuan (5040 fen over 400 meals), half the dishes sampled, 2 of 3 morning checks, every certificate valid', () => {
    const a = rows.find((r) => r.schoolId === SCHOOL_A)!;
    expect(a).toMatchObject({
      month: '2026-11',
      mealsServed: 400,
      issuedCost: { fen: 5040 },
      costPerMeal: { fen: 13, yuan: '0.13' },
      dishesServed: 2,
      dishesSampled: 1,
      sampleCompliance: 0.5,
      // The cook and the cleaner (with a fever) were checked; the helper was not.
      morningChecksDue: 3,
      morningChecksDone: 2,
      rosterSize: 3,
      validCertificates: 3,
      certificateCompliance: 1,
      // 2 to 16 November: eleven school days, one canteen, one accompanied lunch.
      canteenSchoolDays: 11,
      accompaniedDays: 1,
      menuDays: 5,
    });
    expect(a.morningCheckCompliance).toBeCloseTo(2 / 3);
    expect(a.accompaniedCoverage).toBeCloseTo(1 / 11);
    expect(a.menuDaysPassed as number).toBeLessThanOrEqual(5);
    expect(a.nutritionPassRate).toBe((a.menuDaysPassed as number) / 5);
  });

  it('school B has done nothing yet: its counts are zero and its rates no data, except the lunches nobody accompanied', () => {
    const b = rows.find((r) => r.schoolId === SCHOOL_B)!;
    expect(b).toMatchObject({
      mealsServed: 0,
      costPerMeal: null,
      sampleCompliance: null,
      morningCheckCompliance: null,
      certificateCompliance: null,
      nutritionPassRate: null,
      canteenSchoolDays: 11,
      accompaniedDays: 0,
      accompaniedCoverage: 0,
    });
    expect(canteenB.schoolId).toBe(SCHOOL_B);
  });

  it('costs the same statements for a page of two schools as for the whole district (aggregates, never a loop over schools)', async () => {
    const definition = createCanteenSubgraph({ now: TEST_NOW });
    const schema: GraphQLSchema = (await buildFederatedSchema(definition)).schema;
    const statements = (first: number) =>
      withSqlStats(async () => {
        const contextValue = definition.createContext({
          viewer: new Viewer(V.auditor),
          requestId: 't',
          logger: pino({ level: 'silent' }),
          dataSource: sub.dataSource,
        });
        const result = await graphql({ schema, source: COMPARISON, variableValues: { month: '2026-11', first }, contextValue });
        expect(result.errors).toBeUndefined();
        return currentSqlStats()!.statements;
      });
    const [two, all] = [await statements(2), await statements(50)];
    expect(two).toBe(all);
    expect(all).toBeLessThanOrEqual(11);
  });

  it('a school’s principal or canteen manager may not compare schools; a bad month names the argument', async () => {
    for (const who of [V.principal, V.canteen, V.teacher])
      expectCode(await sub.as(who).request(COMPARISON, { month: '2026-11' }), 'FORBIDDEN');
    expectBadInput(await sub.as(V.auditor).request(COMPARISON, { month: '2026-13' }), 'month');
  });
});

describe("a school's own figures", () => {
  const SCHOOLS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id canteenCompliance(month: "2026-11") { ${COMPLIANCE} } } } }`;
  const reps = [SCHOOL_A, SCHOOL_B].map((id) => ({ __typename: 'School', id }));

  it("the principal of A reads A's canteen month on School; B's is null to them, and both are there for the auditor", async () => {
    const principal = await call<{ _entities: { id: string; canteenCompliance: Row | null }[] }>(sub, V.principal, SCHOOLS, { reps });
    expect(principal._entities[0].canteenCompliance).toMatchObject({ schoolId: SCHOOL_A, mealsServed: 400 });
    expect(principal._entities[1].canteenCompliance).toBeNull();
    const auditor = await call<{ _entities: { canteenCompliance: Row | null }[] }>(sub, V.auditor, SCHOOLS, { reps });
    expect(auditor._entities.map((s) => s.canteenCompliance?.schoolId)).toEqual([SCHOOL_A, SCHOOL_B]);
  });

  it('cost per meal by month: October had no meals, November 400 at 0.13 yuan', async () => {
    const { canteenMonthlyCosts } = await call<{ canteenMonthlyCosts: Row[] }>(
      sub,
      V.canteen,
      'query($c: ID!) { canteenMonthlyCosts(canteenId: $c, fromMonth: "2026-10", toMonth: "2026-11") { month studentMeals staffMeals mealsServed issuedCost { fen } costPerMeal { fen } } }',
      { c: canteen.id },
    );
    expect(canteenMonthlyCosts).toEqual([
      { month: '2026-10', studentMeals: 0, staffMeals: 0, mealsServed: 0, issuedCost: { fen: 0 }, costPerMeal: null },
      { month: '2026-11', studentMeals: 380, staffMeals: 20, mealsServed: 400, issuedCost: { fen: 5040 }, costPerMeal: { fen: 13 } },
    ]);
  });

  it('stock on hand: 38 kg of rice worth 159.60 yuan, 95 days of stock at the last 30 days’ issues', async () => {
    const { canteenStockValue } = await call<{ canteenStockValue: Row }>(
      sub,
      V.storekeeper,
      'query($c: ID!) { canteenStockValue(canteenId: $c) { canteenId lots value { fen } issuedLast30Days { fen } daysOfStock } }',
      { c: canteen.id },
    );
    expect(canteenStockValue).toEqual({
      canteenId: canteen.id,
      lots: 1,
      value: { fen: 15960 },
      issuedLast30Days: { fen: 5040 },
      daysOfStock: 95,
    });
  });

  it("another school's canteen is NOT_FOUND; a reversed or too long range names its argument; a teacher may not read costs", async () => {
    const costs = 'query($c: ID!, $f: String!, $t: String!) { canteenMonthlyCosts(canteenId: $c, fromMonth: $f, toMonth: $t) { month } }';
    expectCode(await sub.as(V.canteenB).request(costs, { c: canteen.id, f: '2026-10', t: '2026-11' }), 'NOT_FOUND');
    expectBadInput(await sub.as(V.canteen).request(costs, { c: canteen.id, f: '2026-11', t: '2026-10' }), 'toMonth');
    expectBadInput(await sub.as(V.canteen).request(costs, { c: canteen.id, f: '2024-01', t: '2026-11' }), 'toMonth');
    expectCode(await sub.as(V.teacher).request(costs, { c: canteen.id, f: '2026-10', t: '2026-11' }), 'FORBIDDEN');
  });
});
