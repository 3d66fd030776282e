import { type GraphQLError } from 'graphql';
import { checkDisposable, checkSampleGrams, checkTakenAt, keepUntilOf, missingSamples } from './sample.rules';

function refusal(act: () => unknown): { code: unknown; field: unknown } {
  try {
    act();
  } catch (error) {
    const ext = (error as GraphQLError).extensions ?? {};
    return { code: ext.code, field: ext.field };
  }
  throw new Error('expected a refusal');
}

describe('a food sample (留样)', () => {
  it('weighs at least the minimum, in whole grams', () => {
    expect(checkSampleGrams(125, 125)).toBe(125);
    expect(refusal(() => checkSampleGrams(124, 125))).toEqual({ code: 'BAD_USER_INPUT', field: 'grams' });
    expect(refusal(() => checkSampleGrams(150, 200)).field).toBe('grams');
    expect(refusal(() => checkSampleGrams(0, 125)).field).toBe('grams');
    expect(refusal(() => checkSampleGrams(130.5, 125)).field).toBe('grams');
  });

  it('is kept the keeping hours from when it was taken', () => {
    expect(keepUntilOf(new Date('2026-03-02T03:40:00Z'), 48).toISOString()).toBe('2026-03-04T03:40:00.000Z');
  });

  it("is taken on its meal's day, not in the future", () => {
    const now = new Date('2026-03-02T04:00:00Z');
    expect(() => checkTakenAt(new Date('2026-03-02T03:40:00Z'), now, '2026-03-02', 'Asia/Shanghai')).not.toThrow();
    expect(refusal(() => checkTakenAt(new Date('2026-03-02T05:00:00Z'), now, '2026-03-02', 'Asia/Shanghai')).field).toBe('takenAt');
    // 2026-03-01 15:59 UTC is 23:59 on the 1st in Shanghai.
    expect(refusal(() => checkTakenAt(new Date('2026-03-01T15:59:00Z'), now, '2026-03-02', 'Asia/Shanghai')).field).toBe('takenAt');
  });

  it('is disposed of only after its keeping time, and once', () => {
    const sample = { keepUntil: new Date('2026-03-04T03:40:00Z') };
    expect(refusal(() => checkDisposable(sample, false, new Date('2026-03-04T03:39:59Z'))).code).toBe('CONFLICT');
    expect(() => checkDisposable(sample, false, new Date('2026-03-04T03:40:00Z'))).not.toThrow();
    expect(refusal(() => checkDisposable(sample, true, new Date('2026-03-05T00:00:00Z'))).code).toBe('CONFLICT');
  });
});

describe('missing samples at the end of service', () => {
  const dishes = [
    { dishId: 'rice', dishName: '米饭' },
    { dishId: 'pork', dishName: '红烧肉' },
    { dishId: 'greens', dishName: '清炒青菜' },
  ];
  it('names the dishes unsampled and those whose heaviest sample is short, in order', () => {
    const samples = [
      { dishId: 'rice', grams: 130 },
      { dishId: 'pork', grams: 100 },
      { dishId: 'pork', grams: 110 },
    ];
    expect(missingSamples(dishes, samples, 125)).toEqual([
      { dishId: 'pork', dishName: '红烧肉', problem: 'SHORT', grams: 110 },
      { dishId: 'greens', dishName: '清炒青菜', problem: 'UNSAMPLED', grams: null },
    ]);
  });
  it('is empty when every dish has a sample of the minimum', () => {
    const samples = dishes.map((d) => ({ dishId: d.dishId, grams: 125 }));
    expect(missingSamples(dishes, samples, 125)).toEqual([]);
  });
});
