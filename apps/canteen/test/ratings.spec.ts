/**
 * Dish ratings (菜品评价): a teacher records their students' ratings of a dish (1–5, with a comment),
 * a parents' committee member (家长委员会) rates for themself; one rating per rater, dish and day;
 * ratings roll up per dish (Dish.ratingSummary) for anyone of the school.
 */
import { graphql } from 'graphql';
import pino from 'pino';
import { Viewer } from '@houqin/auth';
import { currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { DishRating } from '../src/rating/rating.entity';
import { createCanteenSubgraph } from '../src/subgraph';
import { dish, ING, importStarterCatalogue } from './meal-fixtures';
import {
  call,
  canteenOf,
  type CanteenFixture,
  expectBadInput,
  expectCode,
  expectNoWrites,
  SCHOOL_A,
  startCanteen,
  TEST_NOW,
  TEST_TODAY,
  type TestSubgraph,
  UNKNOWN_ID,
  V,
} from './support';

jest.setTimeout(60000);

let sub: TestSubgraph;
let canteen: CanteenFixture;
let canteenB: CanteenFixture;
let tomatoEgg: string;
let riceBowl: string;
let dishB: string;

const RATE = `mutation($input: RateDishInput!) { rateDish(input: $input) {
  id dishId schoolId ratedOn score comment raterKind studentRef recordedBy } }`;
const SUMMARY = `query($schoolId: ID) { dishes(filter: { schoolId: $schoolId }) { nodes { id name
  ratingSummary { count averageScore byScore students parentCommittee } } } }`;
const LIST = `query($filter: DishRatingFilter!) { dishRatings(filter: $filter) { nodes { score comment raterKind studentRef } } }`;

const rate = (as: typeof V.teacher, input: Record<string, unknown>) => sub.as(as).request(RATE, { input });
const student = (dishId: string, studentRef: string, score: number, comment: string | null = null) => ({
  dishId,
  score,
  comment,
  raterKind: 'STUDENT',
  studentRef,
});

beforeAll(async () => {
  sub = await startCanteen();
  canteen = await canteenOf(sub, 'A');
  canteenB = await canteenOf(sub, 'B');
  await importStarterCatalogue(sub);
  tomatoEgg = await dish(sub, canteen, '番茄炒蛋', [
    [ING.tomato, '100'],
    [ING.egg, '50'],
  ]);
  riceBowl = await dish(sub, canteen, '米饭', [[ING.rice, '150']]);
  dishB = await dish(sub, canteenB, '白菜炒肉', [
    [ING.cabbage, '120'],
    [ING.pork, '40'],
  ]);
});
afterAll(() => sub?.stop());

describe('rating a dish', () => {
  it("a teacher records three students' ratings of the tomato and egg, with their comments", async () => {
    const first = await call<{ rateDish: Record<string, unknown> }>(sub, V.teacher, RATE, {
      input: student(tomatoEgg, '三年级2班 15号', 5, '很好吃'),
    });
    expect(first.rateDish).toMatchObject({
      dishId: tomatoEgg,
      schoolId: SCHOOL_A,
      ratedOn: TEST_TODAY,
      score: 5,
      comment: '很好吃',
      raterKind: 'STUDENT',
      studentRef: '三年级2班 15号',
      recordedBy: V.teacher.accountId,
    });
    await call(sub, V.teacher, RATE, { input: student(tomatoEgg, '三年级2班 16号', 4) });
    await call(sub, V.teacher, RATE, { input: student(tomatoEgg, '三年级2班 17号', 3, '有点咸') });
  });

  it('one rating per student, dish and day: the same student again (spaced differently) is refused on studentRef, writing nothing', async () => {
    expectBadInput(await expectNoWrites(sub, () => rate(V.teacher, student(tomatoEgg, ' 三年级2班  15号 ', 1))), 'studentRef');
    // The same student may rate another dish.
    await call(sub, V.teacher, RATE, { input: student(riceBowl, '三年级2班 15号', 4) });
  });

  it('a rating of 6 (or 0) is refused on score, writing nothing', async () => {
    for (const score of [6, 0])
      expectBadInput(await expectNoWrites(sub, () => rate(V.teacher, student(tomatoEgg, '三年级2班 20号', score))), 'score');
  });

  it("a student's rating needs the student; a committee member's has none; the dish must be an id", async () => {
    expectBadInput(await expectNoWrites(sub, () => rate(V.teacher, { dishId: tomatoEgg, score: 4, raterKind: 'STUDENT' })), 'studentRef');
    expectBadInput(await expectNoWrites(sub, () => rate(V.teacher, student(tomatoEgg, '   ', 4))), 'studentRef');
    expectBadInput(await expectNoWrites(sub, () => rate(V.teacher, student('not-an-id', '三年级2班 20号', 4))), 'dishId');
  });

  it('the canteen manager and the principal may not rate (FORBIDDEN, before the input is looked at), writing nothing', async () => {
    for (const who of [V.canteen, V.principal, V.admin])
      expectCode(await expectNoWrites(sub, () => rate(who, student(tomatoEgg, '三年级2班 21号', 9))), 'FORBIDDEN');
  });

  it("another school's dish is not found (NOT_FOUND), writing nothing", async () => {
    expectCode(await expectNoWrites(sub, () => rate(V.teacher, student(dishB, '三年级2班 15号', 4))), 'NOT_FOUND');
    expectCode(await expectNoWrites(sub, () => rate(V.teacherB, student(tomatoEgg, '初一1班 3号', 4))), 'NOT_FOUND');
    expectCode(await expectNoWrites(sub, () => rate(V.teacher, student(UNKNOWN_ID, '三年级2班 15号', 4))), 'NOT_FOUND');
  });

  it("a parents' committee member rates for themself, once a day; not for a student", async () => {
    const { rateDish } = await call<{ rateDish: { raterKind: string; studentRef: string | null } }>(sub, V.parent, RATE, {
      input: { dishId: tomatoEgg, score: 4, comment: '少放盐', raterKind: 'PARENT_COMMITTEE' },
    });
    expect(rateDish).toMatchObject({ raterKind: 'PARENT_COMMITTEE', studentRef: null });
    expectBadInput(
      await expectNoWrites(sub, () => rate(V.parent, { dishId: tomatoEgg, score: 5, raterKind: 'PARENT_COMMITTEE' })),
      'dishId',
    );
    expectCode(await expectNoWrites(sub, () => rate(V.parent, student(tomatoEgg, '三年级2班 30号', 5))), 'FORBIDDEN');
    // A teacher cannot rate in the committee's name.
    expectCode(
      await expectNoWrites(sub, () => rate(V.teacher, { dishId: riceBowl, score: 5, raterKind: 'PARENT_COMMITTEE' })),
      'FORBIDDEN',
    );
  });

  it('is never edited: no mutation but rating answers a dish rating', async () => {
    const { __schema } = await call<{
      __schema: { mutationType: { fields: { name: string; type: { name: string | null; ofType: { name: string | null } | null } }[] } };
    }>(sub, V.teacher, '{ __schema { mutationType { fields { name type { name ofType { name } } } } } }');
    expect(__schema.mutationType.fields.filter((f) => (f.type.name ?? f.type.ofType?.name) === 'DishRating').map((f) => f.name)).toEqual([
      'rateDish',
    ]);
  });
});

describe('the roll-up per dish (Dish.ratingSummary)', () => {
  it('anyone of the school reads each dish’s count, mean, scores and raters, in one batched read', async () => {
    const { dishes } = await call<{ dishes: { nodes: { id: string; ratingSummary: Record<string, unknown> }[] } }>(
      sub,
      V.teacher,
      SUMMARY,
      {
        schoolId: SCHOOL_A,
      },
    );
    const byId = new Map(dishes.nodes.map((d) => [d.id, d.ratingSummary]));
    expect(byId.get(tomatoEgg)).toEqual({ count: 4, averageScore: '4.00', byScore: [0, 0, 1, 2, 1], students: 3, parentCommittee: 1 });
    expect(byId.get(riceBowl)).toEqual({ count: 1, averageScore: '4.00', byScore: [0, 0, 0, 1, 0], students: 1, parentCommittee: 0 });
    expect(await sub.dataSource.getRepository(DishRating).countBy({ schoolId: SCHOOL_A })).toBe(5);
  });

  it('costs the same statements for a page of dishes as for one (one for all the roll-ups)', async () => {
    const definition = createCanteenSubgraph({ now: TEST_NOW });
    const { schema } = await buildFederatedSchema(definition);
    const statements = (search: string | null) =>
      withSqlStats(async () => {
        const contextValue = definition.createContext({
          viewer: new Viewer(V.teacher),
          requestId: 't',
          logger: pino({ level: 'silent' }),
          dataSource: sub.dataSource,
        });
        const source = `query($search: String) { dishes(filter: { schoolId: "${SCHOOL_A}", search: $search }) { nodes { id ratingSummary { count } } } }`;
        const result = await graphql({ schema, source, variableValues: { search }, contextValue });
        expect(result.errors).toBeUndefined();
        return { dishes: (result.data as { dishes: { nodes: unknown[] } }).dishes.nodes.length, statements: currentSqlStats()!.statements };
      });
    const one = await statements('米饭');
    const all = await statements(null);
    expect([one.dishes, all.dishes]).toEqual([1, 2]);
    expect(all.statements).toBe(one.statements);
  });

  it('a dish nobody rated has an empty roll-up; another school sees nothing of ours', async () => {
    const { dishes } = await call<{ dishes: { nodes: { id: string; ratingSummary: Record<string, unknown> }[] } }>(
      sub,
      V.canteenB,
      SUMMARY,
      {
        schoolId: canteenB.schoolId,
      },
    );
    expect(dishes.nodes.find((d) => d.id === dishB)?.ratingSummary).toEqual({
      count: 0,
      averageScore: null,
      byScore: [0, 0, 0, 0, 0],
      students: 0,
      parentCommittee: 0,
    });
    const theirs = await call<{ dishRatings: { nodes: unknown[] } }>(sub, V.teacherB, LIST, { filter: { dishId: tomatoEgg } });
    expect(theirs.dishRatings.nodes).toEqual([]);
  });

  it('the principal reads the comments, latest first', async () => {
    const { dishRatings } = await call<{ dishRatings: { nodes: { score: number; comment: string | null; raterKind: string }[] } }>(
      sub,
      V.principal,
      LIST,
      { filter: { dishId: tomatoEgg, from: TEST_TODAY, to: TEST_TODAY } },
    );
    expect(dishRatings.nodes.filter((n) => n.raterKind === 'STUDENT').map((n) => [n.score, n.comment])).toEqual([
      [3, '有点咸'],
      [4, null],
      [5, '很好吃'],
    ]);
  });
});
