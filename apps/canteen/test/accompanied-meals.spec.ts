/**
 * Accompanied meals (陪餐): the principal and the general-affairs director eat with the students and
 * log what they found, with a rating; the school's leaders and the district see which school days of
 * a term had no accompanied lunch — weekdays, minus public holidays, plus the weekend days made
 * working days (调休).
 */
import { AccompaniedMeal } from '../src/accompanied/accompanied.entity';
import { MealKind } from '../src/menu/meal-kind';
import { dish, ING, importStarterCatalogue, plan } from './meal-fixtures';
import {
  call,
  canteenOf,
  type CanteenFixture,
  expectBadInput,
  expectCode,
  expectNoWrites,
  SCHOOL_A,
  TEST_TODAY,
  type TestSubgraph,
  UNKNOWN_ID,
  startCanteen,
  V,
} from './support';

jest.setTimeout(60000);

let sub: TestSubgraph;
let canteen: CanteenFixture;
let canteenB: CanteenFixture;
let lunchToday: { id: string };

const LOG = `mutation($input: LogAccompaniedMealInput!) { logAccompaniedMeal(input: $input) {
  id canteenId schoolId servedOn meal mealServiceId leaderAccountId leaderStaffId rating remarks } }`;
const GAPS = `query($input: AccompaniedMealGapsInput!) { accompaniedMealGaps(input: $input) { canteenId from to schoolDays accompaniedDays gaps } }`;
const LIST = `query($filter: AccompaniedMealFilter) { accompaniedMeals(filter: $filter) { nodes { servedOn meal rating remarks leader { id } } } }`;

interface Logged {
  id: string;
  canteenId: string;
  schoolId: string;
  servedOn: string;
  meal: string;
  mealServiceId: string | null;
  leaderAccountId: string;
  leaderStaffId: string | null;
  rating: number;
  remarks: string | null;
}

const log = (as: typeof V.principal, input: Record<string, unknown>) => sub.as(as).request(LOG, { input });
const lunchOn = (servedOn: string, rating = 4, remarks: string | null = null) => ({
  canteenId: canteen.id,
  servedOn,
  meal: 'LUNCH',
  rating,
  remarks,
});

beforeAll(async () => {
  sub = await startCanteen();
  canteen = await canteenOf(sub, 'A');
  canteenB = await canteenOf(sub, 'B');
  await importStarterCatalogue(sub);
  const tomatoEgg = await dish(sub, canteen, '番茄炒蛋', [
    [ING.tomato, '100'],
    [ING.egg, '50'],
  ]);
  lunchToday = { id: String((await plan(sub, canteen, [tomatoEgg])).id) };
});
afterAll(() => sub?.stop());

describe('logging an accompanied meal (陪餐记录)', () => {
  it("the principal logs today's lunch by its meal service, with remarks and a rating", async () => {
    const { logAccompaniedMeal } = await call<{ logAccompaniedMeal: Logged }>(sub, V.principal, LOG, {
      input: { mealServiceId: lunchToday.id, rating: 4, remarks: '番茄炒蛋偏咸，学生反映分量足。' },
    });
    expect(logAccompaniedMeal).toMatchObject({
      canteenId: canteen.id,
      schoolId: SCHOOL_A,
      servedOn: TEST_TODAY,
      meal: 'LUNCH',
      mealServiceId: lunchToday.id,
      leaderAccountId: V.principal.accountId,
      leaderStaffId: V.principal.staffId,
      rating: 4,
      remarks: '番茄炒蛋偏咸，学生反映分量足。',
    });
  });

  it('the director logs the same lunch by canteen, day and meal: it is linked to its meal service all the same', async () => {
    const { logAccompaniedMeal } = await call<{ logAccompaniedMeal: Logged }>(sub, V.director, LOG, { input: lunchOn(TEST_TODAY, 5) });
    expect(logAccompaniedMeal).toMatchObject({ mealServiceId: lunchToday.id, leaderAccountId: V.director.accountId, rating: 5 });
  });

  it('logs the lunches of past days without a meal service recorded', async () => {
    // The week before: Monday to Thursday; Friday the 13th was missed.
    for (const day of ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12'])
      expect(
        (await call<{ logAccompaniedMeal: Logged }>(sub, V.principal, LOG, { input: lunchOn(day) })).logAccompaniedMeal.mealServiceId,
      ).toBeNull();
    // A breakfast does not make up for a lunch.
    await call(sub, V.principal, LOG, { input: { ...lunchOn('2026-11-13'), meal: 'BREAKFAST' } });
  });

  it('a rating of 6 or 0 is refused on rating, writing nothing', async () => {
    for (const rating of [6, 0]) expectBadInput(await expectNoWrites(sub, () => log(V.principal, lunchOn('2026-11-06', rating))), 'rating');
  });

  it('refuses a meal not yet eaten, a meal named twice over, or half a meal, naming the field, writing nothing', async () => {
    expectBadInput(await expectNoWrites(sub, () => log(V.principal, lunchOn('2026-11-17'))), 'servedOn');
    expectBadInput(
      await expectNoWrites(sub, () => log(V.principal, { ...lunchOn(TEST_TODAY), mealServiceId: lunchToday.id })),
      'canteenId',
    );
    expectBadInput(await expectNoWrites(sub, () => log(V.principal, { canteenId: canteen.id, meal: 'LUNCH', rating: 3 })), 'servedOn');
    expectBadInput(await expectNoWrites(sub, () => log(V.principal, { rating: 3 })), 'canteenId');
  });

  it('each leader logs a meal once: the principal’s second log of today’s lunch is refused, writing nothing', async () => {
    expectBadInput(await expectNoWrites(sub, () => log(V.principal, lunchOn(TEST_TODAY, 2))), 'meal');
    expectBadInput(await expectNoWrites(sub, () => log(V.principal, { mealServiceId: lunchToday.id, rating: 2 })), 'mealServiceId');
  });

  it('the canteen manager and a teacher may not log one (FORBIDDEN, before the input is looked at), writing nothing', async () => {
    for (const who of [V.canteen, V.teacher]) expectCode(await expectNoWrites(sub, () => log(who, lunchOn(TEST_TODAY, 9))), 'FORBIDDEN');
  });

  it("another school's principal finds neither the canteen nor the meal service (NOT_FOUND), writing nothing", async () => {
    expectCode(await expectNoWrites(sub, () => log(V.principalB, lunchOn(TEST_TODAY))), 'NOT_FOUND');
    expectCode(await expectNoWrites(sub, () => log(V.principalB, { mealServiceId: lunchToday.id, rating: 3 })), 'NOT_FOUND');
    expectCode(await expectNoWrites(sub, () => log(V.principal, { ...lunchOn(TEST_TODAY), canteenId: UNKNOWN_ID })), 'NOT_FOUND');
  });

  it('is never edited: no mutation but logging answers an accompanied meal', async () => {
    const { __schema } = await call<{
      __schema: { mutationType: { fields: { name: string; type: { name: string | null; ofType: { name: string | null } | null } }[] } };
    }>(sub, V.principal, '{ __schema { mutationType { fields { name type { name ofType { name } } } } } }');
    expect(
      __schema.mutationType.fields.filter((f) => (f.type.name ?? f.type.ofType?.name) === 'AccompaniedMeal').map((f) => f.name),
    ).toEqual(['logAccompaniedMeal']);
    expect(await sub.dataSource.getRepository(AccompaniedMeal).countBy({ canteenId: canteen.id, meal: MealKind.LUNCH })).toBe(6);
  });
});

describe('gaps: school days without an accompanied lunch (陪餐缺失)', () => {
  it('shows the Friday missed, never a day to come, and a canteen where nobody ate with the students', async () => {
    const { accompaniedMealGaps } = await call<{ accompaniedMealGaps: unknown[] }>(sub, V.director, GAPS, {
      input: { canteenIds: [canteen.id], from: '2026-11-09', to: '2026-11-20' },
    });
    expect(accompaniedMealGaps).toEqual([
      { canteenId: canteen.id, from: '2026-11-09', to: TEST_TODAY, schoolDays: 6, accompaniedDays: 5, gaps: ['2026-11-13'] },
    ]);
    const both = await call<{ accompaniedMealGaps: { canteenId: string; gaps: string[] }[] }>(sub, V.admin, GAPS, {
      input: { canteenIds: [canteen.id, canteenB.id], from: '2026-11-09', to: '2026-11-20' },
    });
    expect(both.accompaniedMealGaps.map((c) => [c.canteenId, c.gaps.length])).toEqual([
      [canteen.id, 1],
      [canteenB.id, 6],
    ]);
  });

  it('counts school days by the national calendar: the National Day week of 2026 and its make-up Saturday', async () => {
    const { accompaniedMealGaps } = await call<{ accompaniedMealGaps: { schoolDays: number; gaps: string[] }[] }>(sub, V.principal, GAPS, {
      input: { canteenIds: [canteen.id], from: '2026-09-28', to: '2026-10-11' },
    });
    // Mon 28 – Wed 30 Sep, then 1–7 Oct off, Thu 8, Fri 9, and Saturday 10 October made a working day (调休).
    expect(accompaniedMealGaps[0]).toMatchObject({
      schoolDays: 6,
      gaps: ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10'],
    });
  });

  it('refuses a reversed or over-long range, naming to; FORBIDDEN for a teacher; NOT_FOUND for another school’s canteen', async () => {
    expectBadInput(
      await sub.as(V.principal).request(GAPS, { input: { canteenIds: [canteen.id], from: '2026-11-09', to: '2026-11-01' } }),
      'to',
    );
    expectBadInput(
      await sub.as(V.principal).request(GAPS, { input: { canteenIds: [canteen.id], from: '2026-01-01', to: '2027-03-01' } }),
      'to',
    );
    expectCode(
      await sub.as(V.teacher).request(GAPS, { input: { canteenIds: [canteen.id], from: '2026-11-09', to: '2026-11-13' } }),
      'FORBIDDEN',
    );
    expectCode(
      await sub.as(V.principal).request(GAPS, { input: { canteenIds: [canteenB.id], from: '2026-11-09', to: '2026-11-13' } }),
      'NOT_FOUND',
    );
  });

  it('lists the logs, latest logged first, to the school’s leaders and the kitchen; a teacher sees none', async () => {
    const { accompaniedMeals } = await call<{ accompaniedMeals: { nodes: { servedOn: string; meal: string; leader: { id: string } }[] } }>(
      sub,
      V.canteen,
      LIST,
      { filter: { canteenId: canteen.id, from: '2026-11-13' } },
    );
    // Latest logged first.
    expect(accompaniedMeals.nodes.map((n) => [n.servedOn, n.meal])).toEqual([
      ['2026-11-13', 'BREAKFAST'],
      [TEST_TODAY, 'LUNCH'],
      [TEST_TODAY, 'LUNCH'],
    ]);
    expect((await call<{ accompaniedMeals: { nodes: unknown[] } }>(sub, V.teacher, LIST, {})).accompaniedMeals.nodes).toEqual([]);
  });
});
