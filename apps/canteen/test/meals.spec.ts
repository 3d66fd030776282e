/**
 * Meal services (餐次生产记录) as the canteen's people live them: the manager plans Monday's lunch and
 * dinner, puts people who passed the morning check on duty, the storekeeper issues rice, the counts
 * lock the record and give the cost per meal; a recall follows a supplier's batch to every meal.
 */
import { MealKind } from '../src/menu/meal-kind';
import {
  canteensAB,
  COUNTS,
  dish,
  DUTY,
  ING,
  KITCHEN_A,
  kitchenOfA,
  MEAL,
  type Meal,
  PLAN,
  plan,
  TAKE,
  UPDATE_PLAN,
} from './meal-fixtures';
import {
  call,
  type CanteenFixture,
  expectBadInput,
  expectCode,
  expectNoWrites,
  staffOf,
  startCanteen,
  SUPPLIERS,
  TEST_TODAY,
  type TestSubgraph,
  UNKNOWN_ID,
  V,
} from './support';

jest.setTimeout(120000);

let sub: TestSubgraph;
let canteen: CanteenFixture;
let canteenB: CanteenFixture;
const DISH: Record<'rice' | 'pork' | 'tomatoEgg' | 'riceB', string> = { rice: '', pork: '', tomatoEgg: '', riceB: '' };

beforeAll(async () => {
  sub = await startCanteen();
  ({ canteen, canteenB } = await canteensAB(sub));
  DISH.rice = await dish(sub, canteen, '米饭', [[ING.rice, '120']]);
  DISH.pork = await dish(sub, canteen, '红烧肉', [[ING.pork, '80']]);
  DISH.tomatoEgg = await dish(sub, canteen, '番茄炒蛋', [
    [ING.tomato, '100'],
    [ING.egg, '50'],
  ]);
  DISH.riceB = await dish(sub, canteenB, '米饭', [[ING.rice, '150']]);
  await kitchenOfA(sub, canteen);
});
afterAll(() => sub?.stop());

let lunch: Meal;
let dinner: Meal;

describe("planning Monday's meals (计划餐次)", () => {
  it('the canteen manager plans lunch with three dishes, in serving order; it is open and costs nothing yet', async () => {
    lunch = await plan(sub, canteen, [DISH.rice, DISH.pork, DISH.tomatoEgg], { portionsPlannedStudents: 400, portionsPlannedStaff: 20 });
    expect(lunch).toMatchObject({
      servedOn: TEST_TODAY,
      meal: 'LUNCH',
      schoolId: canteen.schoolId,
      portionsPlannedStudents: 400,
      portionsServedStudents: null,
      lockedAt: null,
      mealsServed: null,
      issuedCost: { fen: 0, yuan: '0.00' },
      costPerMeal: null,
      duties: [],
    });
    expect(lunch.dishes).toEqual([
      { dishId: DISH.rice, dishName: '米饭', position: 1 },
      { dishId: DISH.pork, dishName: '红烧肉', position: 2 },
      { dishId: DISH.tomatoEgg, dishName: '番茄炒蛋', position: 3 },
    ]);
    dinner = await plan(sub, canteen, [DISH.rice, DISH.tomatoEgg], {
      meal: 'DINNER',
      portionsPlannedStudents: 120,
      portionsPlannedStaff: 10,
    });
  });

  it('a second lunch the same day is a CONFLICT, writing nothing', async () => {
    const input = {
      canteenId: canteen.id,
      servedOn: TEST_TODAY,
      meal: 'LUNCH',
      dishIds: [DISH.rice],
      portionsPlannedStudents: 1,
      portionsPlannedStaff: 0,
    };
    expectCode(await expectNoWrites(sub, () => sub.as(V.canteen).request(PLAN, { input })), 'CONFLICT');
  });

  it('refuses, naming the field and writing nothing: another school’s dish, a dish twice, no portions, a past day', async () => {
    const input = (changes: Record<string, unknown>) => ({
      canteenId: canteen.id,
      servedOn: '2026-11-17',
      meal: 'LUNCH',
      dishIds: [DISH.rice],
      portionsPlannedStudents: 400,
      portionsPlannedStaff: 20,
      ...changes,
    });
    for (const [changes, field] of [
      [{ dishIds: [DISH.rice, DISH.riceB] }, 'dishIds'],
      [{ dishIds: [DISH.rice, DISH.rice] }, 'dishIds'],
      [{ dishIds: [UNKNOWN_ID] }, 'dishIds'],
      [{ portionsPlannedStudents: 0, portionsPlannedStaff: 0 }, 'portionsPlannedStudents'],
      [{ portionsPlannedStaff: -1 }, 'portionsPlannedStaff'],
      [{ servedOn: '2026-11-13' }, 'servedOn'],
    ] as const)
      expectBadInput(await expectNoWrites(sub, () => sub.as(V.canteen).request(PLAN, { input: input(changes) })), field);
  });

  it('a storekeeper may not plan (FORBIDDEN before the input is read); another school’s manager finds no canteen (NOT_FOUND)', async () => {
    const bad = {
      canteenId: canteen.id,
      servedOn: 'someday',
      meal: 'LUNCH',
      dishIds: [],
      portionsPlannedStudents: -5,
      portionsPlannedStaff: 0,
    };
    expectCode(await expectNoWrites(sub, () => sub.as(V.storekeeper).request(PLAN, { input: bad })), 'FORBIDDEN');
    const good = { ...bad, servedOn: '2026-11-18', dishIds: [DISH.riceB], portionsPlannedStudents: 10 };
    expectCode(await expectNoWrites(sub, () => sub.as(V.canteenB).request(PLAN, { input: good })), 'NOT_FOUND');
  });
});

describe("the duty list (值班) takes only people who passed today's morning check (晨检)", () => {
  const assign = (staffIds: string[], as = V.canteen, mealServiceId = lunch.id) =>
    sub.as(as).request(DUTY, { input: { mealServiceId, staffIds, task: '主厨 (head cook)' } });

  it('the cook, who passed at 36.5 ℃, goes on the lunch duty list', async () => {
    const { assignMealServiceDuty } = await call<{ assignMealServiceDuty: Meal }>(sub, V.canteen, DUTY, {
      input: { mealServiceId: lunch.id, staffIds: [KITCHEN_A.cook], task: '主厨 (head cook)' },
    });
    expect(assignMealServiceDuty.duties).toEqual([{ staffId: KITCHEN_A.cook, task: '主厨 (head cook)' }]);
  });

  it('the cleaner with a fever, the helper never checked, a teacher, someone of another school, the cook twice: refused on staffIds', async () => {
    const refusals: [string[], string][] = [
      [[KITCHEN_A.cleaner], dinner.id],
      [[KITCHEN_A.helper], dinner.id],
      [[staffOf('A', 'TEACHER')], dinner.id],
      [[staffOf('B', 'COOK')], dinner.id],
      [[KITCHEN_A.cook, KITCHEN_A.cleaner], dinner.id],
      [[KITCHEN_A.cook], lunch.id],
    ];
    for (const [staffIds, mealServiceId] of refusals)
      expectBadInput(await expectNoWrites(sub, () => assign(staffIds, V.canteen, mealServiceId)), 'staffIds');
    const fever = await assign([KITCHEN_A.cleaner], V.canteen, dinner.id);
    expect(fever.errors?.[0].message).toMatch(/morning check/);
  });

  it('FORBIDDEN for the principal; NOT_FOUND for another school’s manager; both write nothing', async () => {
    expectCode(await expectNoWrites(sub, () => assign([KITCHEN_A.cook], V.principal, dinner.id)), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => assign([staffOf('B', 'COOK')], V.canteenB, dinner.id)), 'NOT_FOUND');
  });
});

/** Records a delivery of rice of one batch, confirmed by a second inspector (rice is a bulk staple); returns the lot's id. */
async function receiveRice(
  amountKg: string,
  batchNumber: string,
  productionDate: string,
  unitPrice: string,
): Promise<{ deliveryId: string }> {
  const { recordDelivery } = await call<{ recordDelivery: { id: string; status: string } }>(
    sub,
    V.storekeeper,
    'mutation($input: RecordDeliveryInput!) { recordDelivery(input: $input) { id status } }',
    {
      input: {
        canteenId: canteen.id,
        supplierId: SUPPLIERS.grain,
        deliveredOn: TEST_TODAY,
        invoiceNumber: `04410${batchNumber.slice(-6)}`,
        supplierLicenceNumber: 'JY13301000054321',
        items: [
          {
            ingredientId: ING.rice,
            quantity: { amount: amountKg, unit: 'KG' },
            unitPrice,
            batchNumber,
            productionDate,
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
    await call(sub, V.director, 'mutation($input: SecondInspectDeliveryInput!) { secondInspectDelivery(input: $input) { id status } }', {
      input: { id: recordDelivery.id, confirmed: true },
    });
  return { deliveryId: recordDelivery.id };
}

const ISSUE = 'mutation($input: IssueStockInput!) { issueStock(input: $input) { mealServiceId cost { fen } } }';
const issueRice = (mealServiceId: string, kg: string, as = V.storekeeper) =>
  sub.as(as).request(ISSUE, { input: { mealServiceId, lines: [{ ingredientId: ING.rice, quantity: { amount: kg, unit: 'KG' } }] } });

let firstDelivery: string;

describe("Monday's lunch: cost per meal (每餐成本) from the rice issued", () => {
  it('50 kg of rice (batch DM20261101) at 4.20 yuan/kg is received; a later batch is received beside it', async () => {
    firstDelivery = (await receiveRice('50', 'DM20261101', '2026-11-01', '4.20')).deliveryId;
    await receiveRice('25', 'DM20261110', '2026-11-10', '4.40');
  });

  it('12 kg issued to lunch costs 50.40 yuan (12/50 of 210.00), from the first-expiring batch', async () => {
    const issued = await call<{ issueStock: { cost: { fen: number } } }>(sub, V.storekeeper, ISSUE, {
      input: { mealServiceId: lunch.id, lines: [{ ingredientId: ING.rice, quantity: { amount: '12', unit: 'KG' } }] },
    });
    expect(issued.issueStock.cost.fen).toBe(5040);
    const { mealService } = await call<{ mealService: Meal }>(sub, V.canteen, MEAL, { id: lunch.id });
    expect(mealService).toMatchObject({ issuedCost: { fen: 5040, yuan: '50.40' }, costPerMeal: null, mealsServed: null });
  });

  it('380 students and 20 staff served: the record locks and a meal costs 0.13 yuan (5040 fen / 400 = 12.6, rounded half up)', async () => {
    const { recordMealCounts } = await call<{ recordMealCounts: Meal }>(sub, V.canteen, COUNTS, {
      input: { id: lunch.id, version: lunch.version, portionsServedStudents: 380, portionsServedStaff: 20 },
    });
    expect(recordMealCounts).toMatchObject({
      portionsServedStudents: 380,
      portionsServedStaff: 20,
      mealsServed: 400,
      issuedCost: { fen: 5040 },
      costPerMeal: { fen: 13, yuan: '0.13' },
      version: lunch.version + 1,
    });
    expect(new Date(recordMealCounts.lockedAt).toISOString()).toBe(new Date(`${TEST_TODAY}T10:00:00+08:00`).toISOString());
    lunch = recordMealCounts;
  });

  it('dinner draws the rest of the first batch and 2 kg of the second', async () => {
    await call(sub, V.storekeeper, ISSUE, {
      input: { mealServiceId: dinner.id, lines: [{ ingredientId: ING.rice, quantity: { amount: '40', unit: 'KG' } }] },
    });
  });
});

describe('the locked production record (生产记录锁定) refuses every change, writing nothing', () => {
  it('no counts again, no duty, no plan change, no stock issued, no sample: CONFLICT', async () => {
    const attempts = [
      () =>
        sub
          .as(V.canteen)
          .request(COUNTS, { input: { id: lunch.id, version: lunch.version, portionsServedStudents: 1, portionsServedStaff: 1 } }),
      () => sub.as(V.canteen).request(DUTY, { input: { mealServiceId: lunch.id, staffIds: [KITCHEN_A.cook], task: '分餐' } }),
      () => sub.as(V.canteen).request(UPDATE_PLAN, { input: { id: lunch.id, version: lunch.version, portionsPlannedStudents: 500 } }),
      () => issueRice(lunch.id, '1'),
      () =>
        sub.as(V.storekeeper).request(TAKE, {
          input: {
            mealServiceId: lunch.id,
            dishId: DISH.rice,
            grams: 150,
            takenByStaffId: KITCHEN_A.cook,
            locationId: canteen.locations.CHILLED,
          },
        }),
    ];
    for (const attempt of attempts) expectCode(await expectNoWrites(sub, attempt), 'CONFLICT');
  });

  it('an open meal service can still change its plan; a stale version is a CONFLICT', async () => {
    const { updateMealServicePlan } = await call<{ updateMealServicePlan: Meal }>(sub, V.canteen, UPDATE_PLAN, {
      input: { id: dinner.id, version: dinner.version, portionsPlannedStudents: 130, dishIds: [DISH.tomatoEgg, DISH.rice] },
    });
    expect(updateMealServicePlan).toMatchObject({ portionsPlannedStudents: 130, version: dinner.version + 1 });
    expect(updateMealServicePlan.dishes.map((d: { dishId: string }) => d.dishId)).toEqual([DISH.tomatoEgg, DISH.rice]);
    expectCode(
      await expectNoWrites(sub, () =>
        sub.as(V.canteen).request(UPDATE_PLAN, { input: { id: dinner.id, version: dinner.version, portionsPlannedStudents: 140 } }),
      ),
      'CONFLICT',
    );
    dinner = updateMealServicePlan;
  });
});

const LOTS_USED = `query($id: ID!) { mealService(id: $id) { lotsUsed { lotId quantityIssued costIssued { fen }
  lot { batchNumber supplierId expiresOn }
  deliveryItem { batchNumber productionDate sensoryOk }
  delivery { id supplierId invoiceNumber supplierLicenceNumber inspectorAccountId secondInspectorAccountId deliveredOn status } } } }`;

describe('traceability (追溯)', () => {
  it('from lunch to the lot it used, its delivery, inspectors, documents sighted and supplier', async () => {
    const { mealService } = await call<{ mealService: { lotsUsed: Meal[] } }>(sub, V.principal, LOTS_USED, { id: lunch.id });
    expect(mealService.lotsUsed).toHaveLength(1);
    expect(mealService.lotsUsed[0]).toMatchObject({
      quantityIssued: 12_000,
      costIssued: { fen: 5040 },
      lot: { batchNumber: 'DM20261101', supplierId: SUPPLIERS.grain, expiresOn: '2027-10-31' },
      deliveryItem: { batchNumber: 'DM20261101', productionDate: '2026-11-01', sensoryOk: true },
      delivery: {
        id: firstDelivery,
        supplierId: SUPPLIERS.grain,
        supplierLicenceNumber: 'JY13301000054321',
        inspectorAccountId: V.storekeeper.accountId,
        secondInspectorAccountId: V.director.accountId,
        status: 'ACCEPTED',
      },
    });
  });

  const BATCH = `query($supplierId: ID!, $batchNumber: String!) { traceBatch(supplierId: $supplierId, batchNumber: $batchNumber) {
    supplierId supplier { id } batchNumber lots { lot { id batchNumber } delivery { id } mealServices { quantityIssued mealService { id meal servedOn } } }
    mealServices { id meal servedOn canteenId } } }`;

  it("recall (召回): from the supplier's batch DM20261101 to both of Monday's meals; the later batch only reached dinner", async () => {
    const first = await call<{ traceBatch: Meal }>(sub, V.canteen, BATCH, { supplierId: SUPPLIERS.grain, batchNumber: 'DM20261101' });
    expect(first.traceBatch.lots).toHaveLength(1);
    // The supplier as a reference to finance's register (the gateway adds its name and contacts).
    expect(first.traceBatch.supplier).toEqual({ id: SUPPLIERS.grain });
    expect(first.traceBatch.lots[0].delivery.id).toBe(firstDelivery);
    // In the order the meal services were planned (lunch, then dinner).
    expect(first.traceBatch.lots[0].mealServices).toEqual([
      { quantityIssued: 12_000, mealService: { id: lunch.id, meal: 'LUNCH', servedOn: TEST_TODAY } },
      { quantityIssued: 38_000, mealService: { id: dinner.id, meal: 'DINNER', servedOn: TEST_TODAY } },
    ]);
    expect(first.traceBatch.mealServices.map((m: Meal) => m.meal)).toEqual([MealKind.LUNCH, MealKind.DINNER]);
    const second = await call<{ traceBatch: Meal }>(sub, V.canteen, BATCH, { supplierId: SUPPLIERS.grain, batchNumber: 'DM20261110' });
    expect(second.traceBatch.mealServices.map((m: Meal) => m.id)).toEqual([dinner.id]);
    expect(second.traceBatch.lots[0].mealServices[0].quantityIssued).toBe(2_000);
  });

  it('traceLot follows one lot forward; another school sees neither the lot (NOT_FOUND) nor the batch (no lots)', async () => {
    const lotId = (await call<{ mealService: { lotsUsed: { lotId: string }[] } }>(sub, V.canteen, LOTS_USED, { id: lunch.id })).mealService
      .lotsUsed[0].lotId;
    const TRACE =
      'query($lotId: ID!) { traceLot(lotId: $lotId) { lot { id } delivery { id } mealServices { mealServiceId quantityIssued } } }';
    const trace = await call<{ traceLot: Meal }>(sub, V.auditor, TRACE, { lotId });
    expect(trace.traceLot.delivery.id).toBe(firstDelivery);
    expect(trace.traceLot.mealServices.map((m: Meal) => m.mealServiceId).sort()).toEqual([lunch.id, dinner.id].sort());
    expectCode(await sub.as(V.canteenB).request(TRACE, { lotId }), 'NOT_FOUND');
    const other = await call<{ traceBatch: Meal }>(sub, V.canteenB, BATCH, { supplierId: SUPPLIERS.grain, batchNumber: 'DM20261101' });
    expect(other.traceBatch).toMatchObject({ lots: [], mealServices: [] });
  });
});

describe('reading meal services', () => {
  it('NOT_FOUND for another school’s manager; FORBIDDEN for a teacher; the list narrows by canteen and lock', async () => {
    expectCode(await sub.as(V.canteenB).request(MEAL, { id: lunch.id }), 'NOT_FOUND');
    expectCode(await sub.as(V.teacher).request('{ mealServices { nodes { id } } }'), 'FORBIDDEN');
    const LIST = 'query($f: MealServiceFilter) { mealServices(filter: $f) { nodes { id meal } } }';
    const locked = await call<{ mealServices: { nodes: Meal[] } }>(sub, V.director, LIST, { f: { canteenId: canteen.id, locked: true } });
    expect(locked.mealServices.nodes.map((m) => m.id)).toEqual([lunch.id]);
    const open = await call<{ mealServices: { nodes: Meal[] } }>(sub, V.director, LIST, { f: { canteenId: canteen.id, locked: false } });
    expect(open.mealServices.nodes.map((m) => m.id)).toEqual([dinner.id]);
    const ofB = await call<{ mealServices: { nodes: Meal[] } }>(sub, V.canteenB, LIST, {});
    expect(ofB.mealServices.nodes).toEqual([]);
  });
});
