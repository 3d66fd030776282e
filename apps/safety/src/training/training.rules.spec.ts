import type { GraphQLError } from 'graphql';
import { TrainingKind } from './training.entity';
import { checkRequirement, ComplianceStatus, complianceOf, drillGaps, drillTarget, expiryAfter, postsOf } from './training.rules';

const fieldOf = (act: () => unknown): string | undefined => {
  try {
    act();
  } catch (error) {
    return (error as GraphQLError).extensions?.field as string;
  }
  return undefined;
};

describe('a required training', () => {
  it('names a post the directory knows and a validity, which only a certificate may leave out', () => {
    expect(fieldOf(() => checkRequirement({ post: 'COOK', kind: TrainingKind.FOOD_SAFETY, validityMonths: 12 }))).toBeUndefined();
    expect(fieldOf(() => checkRequirement({ post: 'ELECTRICIAN', kind: TrainingKind.SPECIAL_OPERATIONS }))).toBeUndefined();
    expect(fieldOf(() => checkRequirement({ post: 'ASTRONAUT', kind: TrainingKind.OTHER, validityMonths: 12 }))).toBe('post');
    expect(fieldOf(() => checkRequirement({ post: 'COOK', kind: TrainingKind.FOOD_SAFETY }))).toBe('validityMonths');
    expect(fieldOf(() => checkRequirement({ post: 'COOK', kind: TrainingKind.FOOD_SAFETY, validityMonths: 0 }))).toBe('validityMonths');
  });

  it('is valid until the day before the same date a validity later', () => {
    expect(expiryAfter('2025-11-20', 12)).toBe('2026-11-19');
    expect(expiryAfter('2026-01-31', 1)).toBe('2026-02-27');
  });

  it('is valid, expiring within the notice days, expired, or missing', () => {
    expect(complianceOf('2027-06-30', '2026-11-16', 30)).toBe(ComplianceStatus.VALID);
    expect(complianceOf('2026-12-10', '2026-11-16', 30)).toBe(ComplianceStatus.EXPIRING);
    expect(complianceOf('2026-11-15', '2026-11-16', 30)).toBe(ComplianceStatus.EXPIRED);
    expect(complianceOf(undefined, '2026-11-16', 30)).toBe(ComplianceStatus.MISSING);
    expect(complianceOf(null, '2026-11-16', 30)).toBe(ComplianceStatus.VALID);
    expect(postsOf('COOK, CANTEEN_MANAGER')).toEqual(['COOK', 'CANTEEN_MANAGER']);
  });
});

describe('drills', () => {
  it('hold a building of four floors or fewer to the target; none above', () => {
    expect(drillTarget(4, 120)).toBe(120);
    expect(drillTarget(6, 120)).toBeNull();
    expect(drillTarget(null, 120)).toBeNull();
  });

  it('show a term month with fewer drills than required as a gap; the holidays are not gaps', () => {
    const terms = [
      { startsOn: '2026-09-01', endsOn: '2027-01-22' },
      { startsOn: '2027-02-22', endsOn: '2027-07-02' },
    ];
    expect(drillGaps('2026-07-01', '2026-12-31', terms, ['2026-09-10', '2026-11-05', '2026-12-01'], 1)).toEqual(['2026-10']);
    expect(drillGaps('2026-09-01', '2026-10-31', terms, ['2026-09-10'], 2)).toEqual(['2026-09', '2026-10']);
    // January is in term (the term ends on the 22nd); February is not (the term starts on the 22nd).
    expect(drillGaps('2027-01-01', '2027-03-31', terms, [], 1)).toEqual(['2027-01', '2027-03']);
  });
});
