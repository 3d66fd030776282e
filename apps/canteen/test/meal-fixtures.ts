/**
 * Fixtures of the meal and sample stories (not a spec itself), built through the API as the canteen's
 * people would: the district imports the starter catalogue, the canteen manager writes recipes, puts
 * the kitchen on the roster with their health certificates and records the morning checks; receiving
 * and issuing go through recordDelivery and issueStock.
 */
import { STARTER_INGREDIENTS } from '../src/ingredient/starter-set';
import { call, type CanteenFixture, canteenOf, staffOf, TEST_TODAY, type TestSubgraph, V } from './support';

/** Ingredient ids of the starter catalogue by a short name, after `importStarterCatalogue`. */
export const ING: Record<'rice' | 'pork' | 'cabbage' | 'egg' | 'tomato', string> = { rice: '', pork: '', cabbage: '', egg: '', tomato: '' };
const CODES: Record<keyof typeof ING, string> = { rice: '012001x', pork: '081110', cabbage: '045101x', egg: '111101x', tomato: '043119' };

/** The district administrator imports the starter catalogue (食材目录), as a district would its table. */
export async function importStarterCatalogue(sub: TestSubgraph): Promise<void> {
  const imported = await call<{ importIngredients: { ingredients: { id: string; foodCode: string }[] } }>(
    sub,
    V.admin,
    'mutation($input: ImportIngredientsInput!) { importIngredients(input: $input) { ingredients { id foodCode } } }',
    { input: { rows: STARTER_INGREDIENTS, validateOnly: false } },
  );
  const all = imported.importIngredients.ingredients;
  for (const key of Object.keys(CODES) as (keyof typeof ING)[]) {
    const found = all.find((i) => i.foodCode === CODES[key]);
    if (!found) throw new Error(`The starter catalogue has no ${key}.`);
    ING[key] = found.id;
  }
}

/** A recipe of the school written by its canteen manager; returns its id. */
export async function dish(sub: TestSubgraph, canteen: CanteenFixture, name: string, lines: [string, string][]): Promise<string> {
  const manager = canteen.schoolId === V.canteen.grants[0].schoolId ? V.canteen : V.canteenB;
  const { createDish } = await call<{ createDish: { id: string } }>(
    sub,
    manager,
    'mutation($input: CreateDishInput!) { createDish(input: $input) { id } }',
    { input: { schoolId: canteen.schoolId, name, lines: lines.map(([ingredientId, grams]) => ({ ingredientId, grams })) } },
  );
  return createDish.id;
}

/** School A's kitchen, none with an account: the cook, a helper (the school's gardener, 帮厨) and the cleaner. */
export const KITCHEN_A = { cook: staffOf('A', 'COOK'), helper: staffOf('A', 'GARDENER'), cleaner: staffOf('A', 'CLEANER') };

/**
 * Puts the kitchen of school A on the roster with current health certificates, and records today's
 * morning checks: the cook passes, the cleaner has a fever, the helper was not checked.
 */
export async function kitchenOfA(sub: TestSubgraph, canteen: CanteenFixture): Promise<void> {
  const steps: [string, string, Record<string, unknown>][] = [];
  for (const [post, staffId] of [
    ['COOK', KITCHEN_A.cook],
    ['HELPER', KITCHEN_A.helper],
    ['CLEANER', KITCHEN_A.cleaner],
  ] as const) {
    steps.push(['addCanteenStaff', 'AddCanteenStaffInput', { canteenId: canteen.id, staffId, post }]);
    steps.push([
      'recordHealthCertificate',
      'RecordHealthCertificateInput',
      { canteenId: canteen.id, staffId, number: `JK2026${staffId.slice(-6)}`, issuedOn: '2026-03-01', expiresOn: '2027-02-28' },
    ]);
  }
  steps.push([
    'recordMorningCheck',
    'RecordMorningCheckInput',
    { canteenId: canteen.id, staffId: KITCHEN_A.cook, temperature: '36.5', symptoms: [] },
  ]);
  steps.push([
    'recordMorningCheck',
    'RecordMorningCheckInput',
    { canteenId: canteen.id, staffId: KITCHEN_A.cleaner, temperature: '38.2', symptoms: ['FEVER'] },
  ]);
  for (const [mutation, type, input] of steps)
    await call(sub, V.canteen, `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input });
}

/** The canteens of schools A and B with the catalogue imported. */
export async function canteensAB(sub: TestSubgraph): Promise<{ canteen: CanteenFixture; canteenB: CanteenFixture }> {
  await importStarterCatalogue(sub);
  return { canteen: await canteenOf(sub, 'A'), canteenB: await canteenOf(sub, 'B') };
}

export const MEAL_FIELDS = `id schoolId canteenId servedOn meal portionsPlannedStudents portionsPlannedStaff portionsServedStudents
  portionsServedStaff lockedAt samplesCheckedAt sampleMissingRaisedAt version mealsServed issuedCost { fen yuan } costPerMeal { fen yuan }
  dishes { dishId dishName position } duties { staffId task } missingSamples { dishId dishName problem grams }`;

export const PLAN = `mutation($input: PlanMealServiceInput!) { planMealService(input: $input) { ${MEAL_FIELDS} } }`;
export const COUNTS = `mutation($input: RecordMealCountsInput!) { recordMealCounts(input: $input) { ${MEAL_FIELDS} } }`;
export const DUTY = `mutation($input: AssignMealServiceDutyInput!) { assignMealServiceDuty(input: $input) { ${MEAL_FIELDS} } }`;
export const UPDATE_PLAN = `mutation($input: UpdateMealServicePlanInput!) { updateMealServicePlan(input: $input) { ${MEAL_FIELDS} } }`;
export const MEAL = `query($id: ID!) { mealService(id: $id) { ${MEAL_FIELDS} } }`;
export const TAKE = `mutation($input: TakeFoodSampleInput!) { takeFoodSample(input: $input) {
  id mealServiceId dishId grams takenAt keepUntil takenByStaffId locationId minGramsAtTaking disposal { disposedAt } } }`;
export const DISPOSE = 'mutation($id: ID!) { disposeFoodSample(id: $id) { id disposal { disposedAt disposedByAccountId } } }';

export type Meal = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Plans a meal service of the canteen through the API (the canteen manager); returns it. */
export async function plan(
  sub: TestSubgraph,
  canteen: CanteenFixture,
  dishIds: string[],
  changes: Record<string, unknown> = {},
): Promise<Meal> {
  const manager = canteen.schoolId === V.canteen.grants[0].schoolId ? V.canteen : V.canteenB;
  const input = {
    canteenId: canteen.id,
    servedOn: TEST_TODAY,
    meal: 'LUNCH',
    dishIds,
    portionsPlannedStudents: 400,
    portionsPlannedStaff: 20,
    ...changes,
  };
  return (await call<{ planMealService: Meal }>(sub, manager, PLAN, { input })).planMealService;
}
