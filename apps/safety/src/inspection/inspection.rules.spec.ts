import type { GraphQLError } from 'graphql';
import { HazardLevel } from '../hazard/hazard.entity';
import { InspectionCadence, type InspectionItem, InspectionItemKind, InspectionResult } from './inspection.entity';
import { answerItem, checkScheduleRule, checkSections, daysToOpen, itemsOf, unfinishedItems } from './inspection.rules';

const fieldOf = (act: () => unknown): string | undefined => {
  try {
    act();
  } catch (error) {
    return (error as GraphQLError).extensions?.field as string;
  }
  return undefined;
};
const item = (extra: Partial<InspectionItem> = {}): InspectionItem => ({
  text: '安全出口畅通',
  kind: InspectionItemKind.PASS_FAIL,
  required: true,
  photoRequired: false,
  hazardLevel: HazardLevel.GENERAL,
  ...extra,
});
const pressure = item({ text: '灭火器压力', kind: InspectionItemKind.NUMBER, min: '1.0', max: '1.4', unit: 'MPa' });

describe('a template’s sections', () => {
  it('trims texts and flattens items in order', () => {
    const sections = checkSections([{ title: ' 消防 ', items: [item({ text: ' 出口 ' }), pressure] }]);
    expect(sections[0].title).toBe('消防');
    expect(itemsOf(sections).map((i) => i.text)).toEqual(['出口', '灭火器压力']);
  });

  it('refuses empty templates, limits out of order, limits on a pass/fail item and a number item without limits', () => {
    expect(fieldOf(() => checkSections([]))).toBe('sections');
    expect(fieldOf(() => checkSections([{ title: 'x', items: [] }]))).toBe('sections');
    expect(fieldOf(() => checkSections([{ title: 'x', items: [item({ kind: InspectionItemKind.NUMBER, min: '2', max: '1' })] }]))).toBe(
      'sections.0.items.0.max',
    );
    expect(fieldOf(() => checkSections([{ title: 'x', items: [item({ min: '1' })] }]))).toBe('sections.0.items.0.min');
    expect(fieldOf(() => checkSections([{ title: 'x', items: [item({ kind: InspectionItemKind.NUMBER })] }]))).toBe(
      'sections.0.items.0.min',
    );
    expect(fieldOf(() => checkSections([{ title: 'x', items: [item({ kind: InspectionItemKind.NUMBER, min: 'abc' })] }]))).toBe(
      'sections.0.items.0.min',
    );
    expect(fieldOf(() => checkSections([{ title: ' ', items: [item()] }]))).toBe('sections.0.title');
  });
});

describe('an answer', () => {
  const items = [item(), pressure];
  it('takes a pass/fail result, and a number whose result follows from its limits', () => {
    expect(answerItem(items, { itemIndex: 0, result: InspectionResult.FAIL }, 0)).toEqual({ result: 'FAIL', value: null });
    expect(answerItem(items, { itemIndex: 1, value: '1.2' }, 0)).toEqual({ result: 'PASS', value: '1.2' });
    expect(answerItem(items, { itemIndex: 1, value: '0.8' }, 0)).toEqual({ result: 'FAIL', value: '0.8' });
    expect(answerItem(items, { itemIndex: 1, result: InspectionResult.NOT_APPLICABLE }, 0)).toEqual({
      result: 'NOT_APPLICABLE',
      value: null,
    });
  });

  it('refuses an unknown item, a missing result or number, and a result that contradicts the number', () => {
    expect(fieldOf(() => answerItem(items, { itemIndex: 5, result: InspectionResult.PASS }, 2))).toBe('answers.2.itemIndex');
    expect(fieldOf(() => answerItem(items, { itemIndex: 0 }, 0))).toBe('answers.0.result');
    expect(fieldOf(() => answerItem(items, { itemIndex: 1, value: 'high' }, 1))).toBe('answers.1.value');
    expect(fieldOf(() => answerItem(items, { itemIndex: 1, value: '0.5', result: InspectionResult.PASS }, 1))).toBe('answers.1.result');
  });

  it('keeps a round from submission while a required item is unanswered or a required photo is missing', () => {
    const withPhoto = [item(), item({ photoRequired: true }), item({ required: false })];
    expect(unfinishedItems(withPhoto, [{ itemIndex: 1, result: InspectionResult.FAIL, photoRefs: [] }])).toEqual({
      unanswered: [0],
      withoutPhoto: [1],
    });
    expect(
      unfinishedItems(withPhoto, [
        { itemIndex: 0, result: InspectionResult.PASS, photoRefs: [] },
        { itemIndex: 1, result: InspectionResult.NOT_APPLICABLE, photoRefs: [] },
      ]),
    ).toEqual({ unanswered: [], withoutPhoto: [] });
  });
});

describe('a schedule', () => {
  it('needs an interval and a due time within limits', () => {
    expect(fieldOf(() => checkScheduleRule(0, 1))).toBe('interval');
    expect(fieldOf(() => checkScheduleRule(1, 40))).toBe('dueDays');
    expect(fieldOf(() => checkScheduleRule(1, 0))).toBeUndefined();
  });

  it('opens each day of its rule up to today once, and moves its next day past them', () => {
    const monthly = { frequency: InspectionCadence.MONTHLY, interval: 1, startsOn: '2026-09-01', nextOn: '2026-10-01' };
    expect(daysToOpen(monthly, '2026-11-16')).toEqual({ days: ['2026-10-01', '2026-11-01'], nextOn: '2026-12-01' });
    expect(daysToOpen({ ...monthly, nextOn: '2026-12-01' }, '2026-11-16')).toEqual({ days: [], nextOn: '2026-12-01' });
    const daily = { frequency: InspectionCadence.DAILY, interval: 1, startsOn: '2026-01-01', nextOn: '2026-01-01' };
    expect(daysToOpen(daily, '2026-11-16').days).toHaveLength(31);
  });
});
