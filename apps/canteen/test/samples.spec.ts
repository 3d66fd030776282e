/**
 * Food samples (留样) as the kitchen keeps them: every dish of every meal service, at least 125 g,
 * refrigerated, kept 48 hours, with who took it and when; disposal only after that; never edited.
 * A meal service that ends with a dish unsampled raises canteen.sample.missing, once — at its meal
 * counts, or by the end-of-service job for a service whose counts never came.
 */
import pino from 'pino';
import { OutboxEvent } from '@houqin/events';
import { mutationNames } from '@houqin/testing';
import { join } from 'node:path';
import { sampleMissingJob } from '../src/sample/sample-missing.job';
import { canteensAB, COUNTS, dish, DISPOSE, ING, KITCHEN_A, kitchenOfA, MEAL, type Meal, plan, TAKE } from './meal-fixtures';
import {
  call,
  type CanteenFixture,
  expectBadInput,
  expectCode,
  expectNoWrites,
  staffOf,
  startCanteen,
  TEST_TODAY,
  type TestSubgraph,
  V,
} from './support';

jest.setTimeout(120000);

/** The canteen's clock, moved by the stories: Monday 16 November 2026, 10:00 in Shanghai to begin with. */
let clock = new Date(`${TEST_TODAY}T10:00:00+08:00`);
const at = (local: string) => new Date(`${local}+08:00`);

let sub: TestSubgraph;
let canteen: CanteenFixture;
let canteenB: CanteenFixture;
const DISH: Record<'rice' | 'pork' | 'tomatoEgg', string> = { rice: '', pork: '', tomatoEgg: '' };
let breakfast: Meal;
let lunch: Meal;
let dinner: Meal;

beforeAll(async () => {
  sub = await startCanteen({ now: () => clock });
  ({ canteen, canteenB } = await canteensAB(sub));
  DISH.rice = await dish(sub, canteen, '米饭', [[ING.rice, '120']]);
  DISH.pork = await dish(sub, canteen, '红烧肉', [[ING.pork, '80']]);
  DISH.tomatoEgg = await dish(sub, canteen, '番茄炒蛋', [
    [ING.tomato, '100'],
    [ING.egg, '50'],
  ]);
  await kitchenOfA(sub, canteen);
  breakfast = await plan(sub, canteen, [DISH.rice, DISH.tomatoEgg], { meal: 'BREAKFAST' });
  lunch = await plan(sub, canteen, [DISH.rice, DISH.pork, DISH.tomatoEgg]);
  dinner = await plan(sub, canteen, [DISH.rice, DISH.tomatoEgg], { meal: 'DINNER' });
});
afterAll(() => sub?.stop());

const sampleInput = (changes: Record<string, unknown> = {}) => ({
  mealServiceId: lunch.id,
  dishId: DISH.rice,
  grams: 150,
  takenByStaffId: KITCHEN_A.cook,
  locationId: canteen.locations.CHILLED,
  ...changes,
});
const take = (changes: Record<string, unknown> = {}, as = V.storekeeper) => sub.as(as).request(TAKE, { input: sampleInput(changes) });

/** The canteen.sample.missing events in the outbox, oldest first, with their payloads read. */
async function missingEvents(): Promise<Meal[]> {
  const rows = await sub.dataSource
    .getRepository(OutboxEvent)
    .find({ where: { type: 'canteen.sample.missing' }, order: { occurredAt: 'ASC' } });
  return rows.map((row) => ({ schoolId: row.schoolId, ...JSON.parse(row.payload) }));
}

/** Runs the end-of-service job for a tick, as the scheduler would (its own transaction). */
function runJob(tick: Date): Promise<void> {
  return sub.dataSource.transaction((manager) => sampleMissingJob.run({ manager, tick, now: tick, logger: pino({ level: 'silent' }) }));
}

let riceSample: Meal;

describe('taking food samples (留样)', () => {
  it('the storekeeper records 150 g of lunch rice taken by the cook (who has no account): kept in the chiller for 48 hours', async () => {
    const { takeFoodSample } = await call<{ takeFoodSample: Meal }>(sub, V.storekeeper, TAKE, { input: sampleInput() });
    expect(takeFoodSample).toMatchObject({
      mealServiceId: lunch.id,
      dishId: DISH.rice,
      grams: 150,
      takenByStaffId: KITCHEN_A.cook,
      locationId: canteen.locations.CHILLED,
      minGramsAtTaking: 125,
      disposal: null,
    });
    expect(new Date(takeFoodSample.takenAt).toISOString()).toBe(clock.toISOString());
    expect(new Date(takeFoodSample.keepUntil).toISOString()).toBe(at('2026-11-18T10:00:00').toISOString());
    riceSample = takeFoodSample;
    // The pork at exactly the minimum, taken a little earlier.
    await call(sub, V.canteen, TAKE, {
      input: sampleInput({ dishId: DISH.pork, grams: 125, takenAt: at('2026-11-16T09:40:00').toISOString() }),
    });
  });

  it('a sample of 124 g is refused naming grams, and writes nothing', async () => {
    const answer = await expectNoWrites(sub, () => take({ dishId: DISH.tomatoEgg, grams: 124 }));
    expectBadInput(answer, 'grams');
    expect(answer.errors?.[0].message).toMatch(/at least 125 g/);
  });

  it('refuses, naming the field: a dry store, a dish not cooked in the meal, someone of another school, another day, the future', async () => {
    for (const [changes, field] of [
      [{ locationId: canteen.locations.DRY }, 'locationId'],
      [{ locationId: canteenB.locations.CHILLED }, 'locationId'],
      [{ dishId: DISH.pork, mealServiceId: dinner.id }, 'dishId'],
      [{ takenByStaffId: staffOf('B', 'COOK') }, 'takenByStaffId'],
      [{ takenAt: at('2026-11-15T18:00:00').toISOString() }, 'takenAt'],
      [{ takenAt: at('2026-11-16T11:00:00').toISOString() }, 'takenAt'],
      [{ grams: 0 }, 'grams'],
    ] as const)
      expectBadInput(await expectNoWrites(sub, () => take(changes)), field);
  });

  it('a teacher may not (FORBIDDEN before the input is read); another school’s storekeeper finds no meal service (NOT_FOUND)', async () => {
    expectCode(await expectNoWrites(sub, () => take({ grams: 3 }, V.teacher)), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => take({}, V.storekeeperB)), 'NOT_FOUND');
  });

  it('a sample is never edited or deleted: the graph has no mutation for it but taking and disposing', () => {
    const schema = join(__dirname, '..', 'schema.graphql');
    expect(mutationNames(schema).filter((name) => /sample/i.test(name))).toEqual(['takeFoodSample', 'disposeFoodSample']);
  });
});

describe('disposal (留样销毁) only after the keeping time', () => {
  it('on Wednesday at 09:59 disposing of Monday 10:00’s sample is refused (CONFLICT), writing nothing', async () => {
    clock = at('2026-11-18T09:59:00');
    const answer = await expectNoWrites(sub, () => sub.as(V.storekeeper).request(DISPOSE, { id: riceSample.id }));
    expectCode(answer, 'CONFLICT');
    expect(answer.errors?.[0].message).toMatch(/early/);
  });

  it('the principal may not dispose (FORBIDDEN); another school’s storekeeper finds no sample (NOT_FOUND)', async () => {
    clock = at('2026-11-18T10:00:00');
    expectCode(await expectNoWrites(sub, () => sub.as(V.principal).request(DISPOSE, { id: riceSample.id })), 'FORBIDDEN');
    expectCode(await expectNoWrites(sub, () => sub.as(V.storekeeperB).request(DISPOSE, { id: riceSample.id })), 'NOT_FOUND');
  });

  it('at 10:00 it is due in the sample log and disposed of, once; a second disposal is a CONFLICT', async () => {
    const LOG = 'query($f: FoodSampleFilter) { foodSamples(filter: $f) { nodes { id grams } } }';
    const due = await call<{ foodSamples: { nodes: Meal[] } }>(sub, V.canteen, LOG, { f: { canteenId: canteen.id, dueForDisposal: true } });
    expect(due.foodSamples.nodes.map((s) => s.id)).toContain(riceSample.id);
    const { disposeFoodSample } = await call<{ disposeFoodSample: Meal }>(sub, V.storekeeper, DISPOSE, { id: riceSample.id });
    expect(disposeFoodSample.disposal.disposedByAccountId).toBe(V.storekeeper.accountId);
    expectCode(await expectNoWrites(sub, () => sub.as(V.storekeeper).request(DISPOSE, { id: riceSample.id })), 'CONFLICT');
    const kept = await call<{ foodSamples: { nodes: Meal[] } }>(sub, V.canteen, LOG, { f: { canteenId: canteen.id, disposed: false } });
    expect(kept.foodSamples.nodes.map((s) => s.id)).not.toContain(riceSample.id);
    clock = at('2026-11-16T10:00:00');
  });
});

describe('a dish unsampled at the end of service raises canteen.sample.missing, once', () => {
  it('breakfast counted with nothing sampled: the event names both dishes, for the school', async () => {
    clock = at('2026-11-16T10:05:00');
    const { recordMealCounts } = await call<{ recordMealCounts: Meal }>(sub, V.canteen, COUNTS, {
      input: { id: breakfast.id, version: breakfast.version, portionsServedStudents: 300, portionsServedStaff: 12 },
    });
    expect(recordMealCounts.missingSamples).toEqual([
      { dishId: DISH.rice, dishName: '米饭', problem: 'UNSAMPLED', grams: null },
      { dishId: DISH.tomatoEgg, dishName: '番茄炒蛋', problem: 'UNSAMPLED', grams: null },
    ]);
    expect(recordMealCounts.sampleMissingRaisedAt).not.toBeNull();
    const events = await missingEvents();
    expect(events).toEqual([
      {
        schoolId: canteen.schoolId,
        mealServiceId: breakfast.id,
        canteenId: canteen.id,
        servedOn: TEST_TODAY,
        meal: 'BREAKFAST',
        dishes: [
          { dishId: DISH.rice, dishName: '米饭', problem: 'UNSAMPLED', grams: null },
          { dishId: DISH.tomatoEgg, dishName: '番茄炒蛋', problem: 'UNSAMPLED', grams: null },
        ],
        minGrams: 125,
        raisedBy: 'MEAL_COUNTS',
      },
    ]);
  });

  it('lunch never counted, the tomato and egg unsampled: the job after 13:00 raises it once; reruns and the late counts do not', async () => {
    await runJob(at('2026-11-16T12:45:00'));
    expect(await missingEvents()).toHaveLength(1); // lunch has not ended; dinner neither
    await runJob(at('2026-11-16T13:15:00'));
    const events = await missingEvents();
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      mealServiceId: lunch.id,
      meal: 'LUNCH',
      raisedBy: 'END_OF_SERVICE_JOB',
      dishes: [{ dishId: DISH.tomatoEgg, problem: 'UNSAMPLED', grams: null }],
    });
    await runJob(at('2026-11-16T13:30:00'));
    clock = at('2026-11-16T13:40:00');
    const fresh = (await call<{ mealService: Meal }>(sub, V.canteen, MEAL, { id: lunch.id })).mealService;
    await call(sub, V.canteen, COUNTS, {
      input: { id: lunch.id, version: fresh.version, portionsServedStudents: 390, portionsServedStaff: 20 },
    });
    expect(await missingEvents()).toHaveLength(2);
  });

  it('dinner with every dish sampled raises nothing, at the counts or after', async () => {
    clock = at('2026-11-16T17:30:00');
    await call(sub, V.storekeeper, TAKE, { input: sampleInput({ mealServiceId: dinner.id, dishId: DISH.rice, grams: 130 }) });
    await call(sub, V.storekeeper, TAKE, { input: sampleInput({ mealServiceId: dinner.id, dishId: DISH.tomatoEgg, grams: 140 }) });
    clock = at('2026-11-16T18:50:00');
    const { recordMealCounts } = await call<{ recordMealCounts: Meal }>(sub, V.canteen, COUNTS, {
      input: { id: dinner.id, version: dinner.version, portionsServedStudents: 110, portionsServedStaff: 8 },
    });
    expect(recordMealCounts).toMatchObject({ missingSamples: [], sampleMissingRaisedAt: null });
    expect(recordMealCounts.samplesCheckedAt).not.toBeNull();
    await runJob(at('2026-11-16T19:15:00'));
    expect(await missingEvents()).toHaveLength(2);
  });

  it("a sample short of a minimum the district raised since: Tuesday's breakfast ends at the district's 08:00 and is raised as SHORT", async () => {
    clock = at('2026-11-16T19:30:00');
    const tuesday = await plan(sub, canteen, [DISH.rice, DISH.tomatoEgg], { meal: 'BREAKFAST', servedOn: '2026-11-17' });
    clock = at('2026-11-17T07:10:00');
    await call(sub, V.storekeeper, TAKE, { input: sampleInput({ mealServiceId: tuesday.id, dishId: DISH.rice, grams: 160 }) });
    await call(sub, V.storekeeper, TAKE, { input: sampleInput({ mealServiceId: tuesday.id, dishId: DISH.tomatoEgg, grams: 130 }) });
    // The district administrator asks for 150 g samples and breakfast to end at 08:00.
    await call(sub, V.admin, 'mutation($input: UpdateCanteenSettingsInput!) { updateCanteenSettings(input: $input) { sampleMinGrams } }', {
      input: { version: 0, sampleMinGrams: 150, breakfastEndsAt: '08:00' },
    });
    await runJob(at('2026-11-17T07:45:00'));
    expect(await missingEvents()).toHaveLength(2);
    await runJob(at('2026-11-17T08:00:00'));
    const events = await missingEvents();
    expect(events).toHaveLength(3);
    expect(events[2]).toMatchObject({
      mealServiceId: tuesday.id,
      raisedBy: 'END_OF_SERVICE_JOB',
      minGrams: 150,
      dishes: [{ dishId: DISH.tomatoEgg, dishName: '番茄炒蛋', problem: 'SHORT', grams: 130 }],
    });
  });
});
