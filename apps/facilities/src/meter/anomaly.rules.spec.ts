import { isSchoolDay, shiftDate } from '@houqin/common';
import { detectAnomalies, isNightInterval, nightOverlap, ratePerHour } from './anomaly.rules';
import { type ReadingPoint, Utility } from './meter.rules';

const TZ = 'Asia/Shanghai';
const at = (local: string) => new Date(`${local}+08:00`);
const HOUR = 3_600_000;

/** Water read at 07:00 and 19:00 from Monday 12 October 2026 for `days` days: 2 m³ by day, `night(d)` thousandths by night. */
function twiceDaily(days: number, night: (day: number) => number): ReadingPoint[] {
  const readings: ReadingPoint[] = [];
  let value = 10_000_000;
  for (let d = 0; d < days; d++) {
    const day = shiftDate('2026-10-12', d);
    readings.push({ at: at(`${day}T07:00:00`), value });
    value += 2_000;
    readings.push({ at: at(`${day}T19:00:00`), value });
    value += night(d);
  }
  return readings;
}

const WATER = { utility: Utility.WATER, multiplier: 1, timeZone: TZ };

describe('anomaly rules', () => {
  it('knows a night interval: mostly between 22:00 and 06:00', () => {
    expect(nightOverlap(at('2026-11-15T19:00:00'), at('2026-11-16T07:00:00'), TZ)).toBe(8 * HOUR);
    expect(isNightInterval(at('2026-11-15T19:00:00'), at('2026-11-16T07:00:00'), TZ)).toBe(true);
    expect(isNightInterval(at('2026-11-16T07:00:00'), at('2026-11-16T19:00:00'), TZ)).toBe(false);
    expect(isNightInterval(at('2026-11-15T08:00:00'), at('2026-11-16T08:00:00'), TZ)).toBe(false); // daily readings: 8 h of 24
    expect(isNightInterval(at('2026-11-15T23:00:00'), at('2026-11-16T05:00:00'), TZ)).toBe(true);
    expect(ratePerHour(1_500, at('2026-11-15T19:00:00'), at('2026-11-16T07:00:00'))).toBe(125);
  });

  it('raises NIGHT_USE for a night at 5× the usual flow, a suspected leak, judged against the meter’s own median', () => {
    // 0.3 m³ a night (25 L/h) for 20 nights, then 1.5 m³ (125 L/h > 3 × 25 and ≥ the 50 L/h floor).
    const readings = twiceDaily(21, (d) => (d === 20 ? 1_500 : 300));
    readings.push({ at: at('2026-11-02T07:00:00'), value: readings[readings.length - 1].value + 1_500 });
    const findings = detectAnomalies(readings, readings.length - 1, WATER);
    expect(findings).toEqual([
      {
        kind: 'NIGHT_USE',
        from: at('2026-11-01T19:00:00'),
        to: at('2026-11-02T07:00:00'),
        consumption: 1_500,
        baseline: 25,
        readingIndex: readings.length - 1,
        suspectedLeak: true,
      },
    ]);
  });

  it('does not raise NIGHT_USE under the floor, at 3× exactly, or without 7 nights of history', () => {
    const quiet = twiceDaily(20, () => 100); // 8 L/h usual
    quiet.push({ at: at('2026-11-01T07:00:00'), value: quiet[quiet.length - 1].value + 500 }); // 41 L/h: 5× but under 50 L/h
    expect(detectAnomalies(quiet, quiet.length - 1, WATER)).toEqual([]);
    const usual = twiceDaily(20, () => 300);
    usual.push({ at: at('2026-11-01T07:00:00'), value: usual[usual.length - 1].value + 900 }); // 75 L/h = 3 × 25: not above
    expect(detectAnomalies(usual, usual.length - 1, WATER)).toEqual([]);
    const young = twiceDaily(6, () => 300);
    young.push({ at: at('2026-10-18T07:00:00'), value: young[young.length - 1].value + 3_000 });
    expect(detectAnomalies(young, young.length - 1, WATER)).toEqual([]);
  });

  it('raises READING_DECREASED for a lower reading, and nothing else from it', () => {
    const readings = twiceDaily(10, () => 300);
    readings.push({ at: at('2026-10-22T07:00:00'), value: 5_000 });
    const findings = detectAnomalies(readings, readings.length - 1, WATER);
    expect(findings).toEqual([
      {
        kind: 'READING_DECREASED',
        from: readings[readings.length - 2].at,
        to: at('2026-10-22T07:00:00'),
        consumption: readings[readings.length - 2].value - 5_000,
        baseline: null,
        readingIndex: readings.length - 1,
        suspectedLeak: false,
      },
    ]);
  });

  it('raises NON_SCHOOL_DAY_USE for a Sunday far above the meter’s usual non-school days, and leaves out a break’s first day', () => {
    // Electricity read at 00:00 daily from Monday 28 September: 800 kWh a school day, 40 kWh a non-school day (the National Day
    // holiday included), then Saturday 7 November at 2000 kWh (a first day of a break: not judged) and Sunday 8 November at 400 kWh.
    const readings: ReadingPoint[] = [];
    let value = 0;
    const use: Record<string, number> = { '2026-11-07': 2_000_000, '2026-11-08': 400_000 };
    for (let day = '2026-09-28'; day <= '2026-11-09'; day = shiftDate(day, 1)) {
      readings.push({ at: at(`${day}T00:00:00`), value });
      value += use[day] ?? (isSchoolDay(day) ? 800_000 : 40_000);
    }
    const firstNew = readings.findIndex((r) => r.at.getTime() === at('2026-11-07T00:00:00').getTime());
    const findings = detectAnomalies(readings, firstNew, { utility: Utility.ELECTRICITY, multiplier: 1, timeZone: TZ });
    expect(findings).toEqual([
      {
        kind: 'NON_SCHOOL_DAY_USE',
        from: at('2026-11-08T00:00:00'),
        to: at('2026-11-09T00:00:00'),
        consumption: 400_000,
        baseline: 40_000,
        readingIndex: firstNew + 2,
        suspectedLeak: false,
      },
    ]);
  });
});
