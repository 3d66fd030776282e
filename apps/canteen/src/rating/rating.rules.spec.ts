import { DishRaterKind } from './rating.entity';
import { checkScore, raterOf, summarise } from './rating.rules';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const e = error as { extensions?: { code?: string; field?: string } };
    return `${e.extensions?.code}:${e.extensions?.field}`;
  }
  return 'ok';
};
const { STUDENT, PARENT_COMMITTEE } = DishRaterKind;

describe('dish ratings', () => {
  it('takes scores 1 to 5 only', () => {
    for (const score of [1, 3, 5]) expect(code(() => checkScore(score))).toBe('ok');
    for (const score of [0, 6, -1, 4.5]) expect(code(() => checkScore(score))).toBe('BAD_USER_INPUT:score');
  });

  it('counts a student by their reference (whoever records it) and a committee member by their account', () => {
    expect(raterOf(STUDENT, 'acc-1', ' 3-2  #15 ')).toEqual({ raterKey: 'student:3-2 #15', studentRef: '3-2 #15' });
    expect(raterOf(STUDENT, 'acc-2', '3-2 #15').raterKey).toBe(raterOf(STUDENT, 'acc-1', '3-2  #15').raterKey);
    expect(raterOf(PARENT_COMMITTEE, 'acc-9', null)).toEqual({ raterKey: 'account:acc-9', studentRef: null });
    expect(code(() => raterOf(STUDENT, 'acc-1', null))).toBe('BAD_USER_INPUT:studentRef');
    expect(code(() => raterOf(STUDENT, 'acc-1', '   '))).toBe('BAD_USER_INPUT:studentRef');
    expect(code(() => raterOf(PARENT_COMMITTEE, 'acc-9', '3-2 #15'))).toBe('BAD_USER_INPUT:studentRef');
  });

  it('rolls ratings up per dish exactly: mean to two places rounded half up, counts per score and per kind', () => {
    expect(summarise([])).toEqual({ count: 0, averageScore: null, byScore: [0, 0, 0, 0, 0], students: 0, parentCommittee: 0 });
    expect(
      summarise([
        { score: 5, raterKind: STUDENT, count: 2 },
        { score: 4, raterKind: STUDENT, count: 1 },
        { score: 3, raterKind: PARENT_COMMITTEE, count: 1 },
      ]),
    ).toEqual({ count: 4, averageScore: '4.25', byScore: [0, 0, 1, 1, 2], students: 3, parentCommittee: 1 });
    // 14 / 3 = 4.666… → 4.67; 2 / 3 = 0.666… is impossible (scores ≥ 1), 5 / 3 = 1.666… → 1.67; 9 / 8 = 1.125 → 1.13.
    expect(
      summarise([
        { score: 5, raterKind: STUDENT, count: 2 },
        { score: 4, raterKind: STUDENT, count: 1 },
      ]).averageScore,
    ).toBe('4.67');
    expect(
      summarise([
        { score: 1, raterKind: STUDENT, count: 2 },
        { score: 3, raterKind: STUDENT, count: 1 },
      ]).averageScore,
    ).toBe('1.67');
    expect(
      summarise([
        { score: 1, raterKind: STUDENT, count: 7 },
        { score: 2, raterKind: STUDENT, count: 1 },
      ]).averageScore,
    ).toBe('1.13');
    expect(summarise([{ score: 5, raterKind: PARENT_COMMITTEE, count: 1 }]).averageScore).toBe('5.00');
  });
});
