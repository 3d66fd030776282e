import {
  addDays,
  confidenceOf,
  daysBetween,
  dueState,
  LAST_INTERVALS,
  median,
  medianAbsoluteDeviation,
  mergeSameDay,
  predictNext,
  type Requisitioned,
  weekOf,
} from './replacement.rules';

/** `count` requisitions of `quantity` every `every` days from `start`. */
const regular = (start: string, every: number, count: number, quantity = 1): Requisitioned[] =>
  Array.from({ length: count }, (_, i) => ({ day: addDays(start, i * every), quantity }));

/** One broom at `start`, then one after each of `intervals` days. */
const fromIntervals = (start: string, intervals: number[]): Requisitioned[] => {
  const days = [start];
  for (const gap of intervals) days.push(addDays(days[days.length - 1], gap));
  return days.map((day) => ({ day, quantity: 1 }));
};

describe('replacement rules: predicting when a room needs an item again', () => {
  it('day arithmetic and the school week (Monday–Sunday)', () => {
    expect(daysBetween('2026-01-01', '2026-02-12')).toBe(42);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    // 2026-12-02 is a Wednesday.
    expect(weekOf('2026-12-02')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(weekOf('2026-11-30')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
    expect(weekOf('2026-12-06')).toEqual({ monday: '2026-11-30', sunday: '2026-12-06' });
  });

  it('median and median absolute deviation', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(medianAbsoluteDeviation([42, 42, 42])).toBe(0);
    expect(medianAbsoluteDeviation([40, 42, 44, 100])).toBe(2);
  });

  it('a broom every 42 days: next one 42 days after the last, with high confidence', () => {
    const p = predictNext(regular('2026-01-05', 42, 7))!;
    expect(p.lastDay).toBe('2026-09-14');
    expect(p.predictedDay).toBe('2026-10-26');
    expect(p.medianDaysPerUnit).toBe(42);
    expect(p.madDays).toBe(0);
    expect(p.confidence).toBe('HIGH');
    expect(p.intervalsUsed).toEqual(Array(LAST_INTERVALS).fill(42));
    expect(p.quantityToBring).toBe(1);
    expect(p.requisitionCount).toBe(7);
  });

  it('only the last 6 intervals count: an old rhythm is forgotten', () => {
    // Four every 10 days, then seven every 30 days: the last six intervals are all 30.
    const old = regular('2026-01-01', 10, 4);
    const recent = regular(addDays(old[3].day, 30), 30, 7);
    const p = predictNext([...old, ...recent])!;
    expect(p.intervalsUsed).toEqual([30, 30, 30, 30, 30, 30]);
    expect(p.predictedDay).toBe(addDays(recent[6].day, 30));
  });

  it('an irregular history with one outlier: the median ignores it, the confidence drops', () => {
    // Intervals 40, 44, 42, 120 (a broom that lasted over the summer), 41.
    const days = ['2026-01-05', '2026-02-14', '2026-03-30', '2026-05-11', '2026-09-08', '2026-10-19'];
    const p = predictNext(days.map((day) => ({ day, quantity: 1 })))!;
    expect(p.intervalsUsed).toEqual([40, 44, 42, 120, 41]);
    expect(p.medianDaysPerUnit).toBe(42);
    expect(p.predictedDay).toBe('2026-11-30');
    // |40−42|, |44−42|, 0, 78, 1 → median 2: 2/42 ≈ 4.8 %.
    expect(p.madDays).toBe(2);
    expect(p.confidence).toBe('HIGH');
    // Scattered: 35, 45, 40, 50, 30 → median 40, MAD 5 (12.5 %): MEDIUM; 20, 60, 30, 50 → MAD 15 (37.5 %): LOW.
    expect(predictNext(fromIntervals('2026-01-05', [35, 45, 40, 50, 30]))!.confidence).toBe('MEDIUM');
    const low = predictNext(fromIntervals('2026-01-05', [20, 60, 30, 50]))!;
    expect([low.medianDaysPerUnit, low.madDays, low.confidence]).toEqual([40, 15, 'LOW']);
    expect(confidenceOf(4, 40)).toBe('HIGH');
    expect(confidenceOf(10, 40)).toBe('MEDIUM');
  });

  it('too short a history: no prediction (fewer than 3 requisitions, same-day ones counting once)', () => {
    expect(predictNext([])).toBeNull();
    expect(predictNext(regular('2026-01-05', 42, 2))).toBeNull();
    expect(
      predictNext([
        { day: '2026-01-05', quantity: 1 },
        { day: '2026-02-16', quantity: 1 },
        { day: '2026-02-16', quantity: 1 },
      ]),
    ).toBeNull();
  });

  it('a room that got 2 at once: they last twice as long', () => {
    // One broom lasts 42 days: 1 on Jan 5, 2 on Feb 16 (→ 84 days), 1 on May 11, 2 on Jun 22.
    const history = [
      { day: '2026-01-05', quantity: 1 },
      { day: '2026-02-16', quantity: 2 },
      { day: '2026-05-11', quantity: 1 },
      { day: '2026-06-22', quantity: 2 },
    ];
    const p = predictNext(history)!;
    expect(p.intervalsUsed).toEqual([42, 42, 42]);
    expect(p.medianDaysPerUnit).toBe(42);
    expect(p.expectedDays).toBe(84);
    expect(p.predictedDay).toBe('2026-09-14');
    // Quantities 1, 2, 1, 2: median 1.5, rounded half up.
    expect(p.quantityToBring).toBe(2);
  });

  it('same-day requisitions are one requisition of their summed quantity', () => {
    expect(
      mergeSameDay([
        { day: '2026-02-16', quantity: 1 },
        { day: '2026-01-05', quantity: 1 },
        { day: '2026-02-16', quantity: 1 },
        { day: '2026-03-01', quantity: 0 },
      ]),
    ).toEqual([
      { day: '2026-01-05', quantity: 1 },
      { day: '2026-02-16', quantity: 2 },
    ]);
  });

  describe('due in the week of the day asked', () => {
    // Intervals 42 and 28: 35 days expected, predicted Monday 2026-11-23.
    const p = predictNext(['2026-08-10', '2026-09-21', '2026-10-19'].map((day) => ({ day, quantity: 1 })))!;
    it('is the prediction the cases below rest on', () => {
      expect(p.intervalsUsed).toEqual([42, 28]);
      expect(p.expectedDays).toBe(35);
      expect(p.predictedDay).toBe('2026-11-23');
    });
    it('due when the predicted day falls later in the week, not in an earlier week', () => {
      expect(dueState(p, '2026-11-17', false)).toBeNull(); // the week before
      expect(dueState(p, '2026-11-23', false)).toBe('DUE'); // that Monday itself
      expect(dueState(p, '2026-11-20', false)).toBeNull(); // Friday before: the week of Nov 16–22
    });
    it('overdue when the predicted day has passed and the room has not asked since', () => {
      expect(dueState(p, '2026-11-25', false)).toBe('OVERDUE');
      expect(dueState(p, '2026-12-02', false)).toBe('OVERDUE');
      expect(dueState(p, '2026-12-02', true)).toBeNull(); // already requisitioned, waiting for issue
      expect(dueState(p, '2026-11-23', true)).toBeNull();
    });
    it('lapsed when overdue by more than one expected interval', () => {
      expect(dueState(p, addDays('2026-11-23', 35), false)).toBe('OVERDUE');
      expect(dueState(p, addDays('2026-11-23', 36), false)).toBeNull();
    });
  });
});
