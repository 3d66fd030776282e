import { type GraphQLError } from 'graphql';
import { MealKind } from '../menu/meal-kind';
import {
  checkDishIds,
  checkDutyPeople,
  checkPlannedPortions,
  checkPortions,
  checkServedOn,
  costPerMealFen,
  mealEndsAt,
  mealsServed,
  notPassed,
  requireOpen,
} from './meal.rules';

/** The code and field of what `act` threw. */
function refusal(act: () => unknown): { code: unknown; field: unknown } {
  try {
    act();
  } catch (error) {
    const ext = (error as GraphQLError).extensions ?? {};
    return { code: ext.code, field: ext.field };
  }
  throw new Error('expected a refusal');
}

describe('portions of a meal service', () => {
  it('are whole numbers from 0, naming the field otherwise', () => {
    expect(checkPortions(0, 'portionsServedStaff')).toBe(0);
    expect(checkPortions(480, 'portionsServedStudents')).toBe(480);
    expect(refusal(() => checkPortions(-1, 'portionsServedStaff'))).toEqual({ code: 'BAD_USER_INPUT', field: 'portionsServedStaff' });
    expect(refusal(() => checkPortions(2.5, 'portionsServedStudents'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'portionsServedStudents',
    });
    expect(refusal(() => checkPortions(20_001, 'portionsPlannedStaff')).field).toBe('portionsPlannedStaff');
  });

  it('is planned for today or later', () => {
    expect(checkServedOn('2026-11-16', '2026-11-16')).toBe('2026-11-16');
    expect(checkServedOn('2026-11-17', '2026-11-16')).toBe('2026-11-17');
    expect(refusal(() => checkServedOn('2026-11-15', '2026-11-16'))).toEqual({ code: 'BAD_USER_INPUT', field: 'servedOn' });
  });

  it('planned: at least one portion in all', () => {
    expect(() => checkPlannedPortions(0, 12)).not.toThrow();
    expect(refusal(() => checkPlannedPortions(0, 0)).field).toBe('portionsPlannedStudents');
  });
});

describe('dishes and duty people', () => {
  const a = '01900000-0000-7000-8000-000000000001';
  const b = '01900000-0000-7000-8000-000000000002';
  it('a meal cooks 1 to 20 dishes, none twice', () => {
    expect(checkDishIds([a, b])).toEqual([a, b]);
    expect(refusal(() => checkDishIds([])).field).toBe('dishIds');
    expect(refusal(() => checkDishIds([a, a])).field).toBe('dishIds');
    expect(refusal(() => checkDishIds(Array.from({ length: 21 }, (_, i) => `${a}${i}`))).field).toBe('dishIds');
  });
  it('a duty list names each person once', () => {
    expect(refusal(() => checkDutyPeople([a, a])).field).toBe('staffIds');
    expect(refusal(() => checkDutyPeople([])).field).toBe('staffIds');
    expect(notPassed([a, b], new Set([b]))).toEqual([a]);
  });
});

describe('the production record', () => {
  it('is open until its counts lock it, then every change is a CONFLICT', () => {
    expect(() => requireOpen({ lockedAt: null, servedOn: '2026-03-02', meal: MealKind.LUNCH }, 'issuing stock')).not.toThrow();
    const locked = { lockedAt: new Date('2026-03-02T05:30:00Z'), servedOn: '2026-03-02', meal: MealKind.LUNCH };
    expect(refusal(() => requireOpen(locked, 'issuing stock')).code).toBe('CONFLICT');
  });
});

describe('cost per meal (每餐成本), exact in fen, rounded half up', () => {
  it('divides the issued cost by the meals served', () => {
    expect(costPerMealFen(120_000, 400)).toBe(300);
    // 100 fen over 3 meals = 33.33… → 33; 200 over 3 = 66.67 → 67; 150 over 100 = 1.5 → 2 (half up).
    expect(costPerMealFen(100, 3)).toBe(33);
    expect(costPerMealFen(200, 3)).toBe(67);
    expect(costPerMealFen(150, 100)).toBe(2);
    expect(costPerMealFen(149, 100)).toBe(1);
    expect(costPerMealFen(0, 10)).toBe(0);
  });
  it('is null while no meal was served, and exact for large sums', () => {
    expect(costPerMealFen(5000, null)).toBeNull();
    expect(costPerMealFen(5000, 0)).toBeNull();
    expect(costPerMealFen(9_000_000_000_001, 3)).toBe(3_000_000_000_000);
  });
  it('counts students and staff, null until both are in', () => {
    expect(mealsServed({ portionsServedStudents: 380, portionsServedStaff: 20 })).toBe(400);
    expect(mealsServed({ portionsServedStudents: null, portionsServedStaff: null })).toBeNull();
  });
});

describe('when a meal ends', () => {
  it("reads the end time in the school's zone", () => {
    expect(mealEndsAt('2026-03-02', MealKind.LUNCH, {}, 'Asia/Shanghai').toISOString()).toBe('2026-03-02T05:00:00.000Z');
    expect(mealEndsAt('2026-03-02', MealKind.DINNER, { DINNER: '18:45' }, 'Asia/Shanghai').toISOString()).toBe('2026-03-02T10:45:00.000Z');
    expect(mealEndsAt('2026-03-02', MealKind.BREAKFAST, {}, 'Asia/Shanghai').toISOString()).toBe('2026-03-02T00:30:00.000Z');
  });
});
