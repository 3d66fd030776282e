import { isSchoolDay, shiftDate } from '@houqin/common';
import { consumptionByDay, dayOf, dayStart, intervalsOf, localInstant, median, type ReadingPoint, Utility } from './meter.rules';

/**
 * Anomaly rules of utility meters (pure). Each meter is compared with its own history:
 *
 * - NIGHT_USE: an interval between two readings that lies mostly (more than half its length) between
 *   22:00 and 06:00 local time is a night interval (readings at 19:00 and 07:00 give one each night).
 *   Its rate (thousandths per hour) is compared with the median rate of the meter's last 28 night
 *   intervals; it is an anomaly when above NIGHT_FACTOR × that median and at least the utility's floor,
 *   once the meter has at least 7 night intervals of history.
 * - NON_SCHOOL_DAY_USE: a day that is not a school day (isSchoolDay: weekends and public holidays) and
 *   follows another (a Sunday, the second and later days of a holiday), once readings cover it whole,
 *   has its consumption (apportioned by time) compared with the median of the meter's last 8 such days;
 *   an anomaly when above NON_SCHOOL_DAY_FACTOR × that median and at least the floor, with at least 4
 *   such days of history. The first day of a break is left out: with readings taken in the morning its
 *   figure carries part of the last school day's interval.
 * - READING_DECREASED: a reading lower than the one before it.
 */

/** A rate or day this many times the meter's own median is "far above" it. */
export const NIGHT_FACTOR = 3;
export const NON_SCHOOL_DAY_FACTOR = 3;
/** Night intervals and non-school days compared with. */
export const NIGHT_BASELINE_INTERVALS = 28;
export const NIGHT_BASELINE_MIN = 7;
export const NON_SCHOOL_DAY_BASELINE_DAYS = 8;
export const NON_SCHOOL_DAY_BASELINE_MIN = 4;
/** Night hours, local time: from 22:00 to 06:00. */
export const NIGHT_STARTS_AT_HOUR = 22;
export const NIGHT_ENDS_AT_HOUR = 6;

/**
 * Absolute floors (thousandths of the unit), so that a meter whose baseline is near zero is not flagged
 * for a trickle: night use per hour (water 50 L/h, electricity 5 kWh/h, gas 0.5 m³/h), and use on a
 * non-school day (water 2 m³, electricity 50 kWh, gas 5 m³).
 */
export const NIGHT_FLOOR_PER_HOUR: Record<Utility, number> = { WATER: 50, ELECTRICITY: 5_000, GAS: 500 };
export const NON_SCHOOL_DAY_FLOOR: Record<Utility, number> = { WATER: 2_000, ELECTRICITY: 50_000, GAS: 5_000 };

/** How far back a meter's readings are read to find its baselines. */
export const BASELINE_LOOKBACK_DAYS = 60;

const HOUR = 3_600_000;

export interface AnomalyFinding {
  kind: 'NIGHT_USE' | 'NON_SCHOOL_DAY_USE' | 'READING_DECREASED';
  from: Date;
  to: Date;
  /** Consumption in the interval or day (thousandths, × multiplier); the decrease for READING_DECREASED. */
  consumption: number;
  /** The baseline compared with: per hour for NIGHT_USE, per day for NON_SCHOOL_DAY_USE; null for a decrease. */
  baseline: number | null;
  /** Index (in the readings given) of the reading whose arrival revealed it. */
  readingIndex: number;
  suspectedLeak: boolean;
}

export interface MeterFacts {
  utility: Utility;
  multiplier: number;
  timeZone: string;
}

/** Milliseconds of [from, to] that fall between 22:00 and 06:00 local time. */
export function nightOverlap(from: Date, to: Date, timeZone: string): number {
  let overlap = 0;
  for (let day = shiftDate(dayOf(from, timeZone), -1); day <= dayOf(to, timeZone); day = shiftDate(day, 1)) {
    const nightStart = localInstant(day, NIGHT_STARTS_AT_HOUR, timeZone).getTime();
    const nightEnd = localInstant(shiftDate(day, 1), NIGHT_ENDS_AT_HOUR, timeZone).getTime();
    overlap += Math.max(0, Math.min(to.getTime(), nightEnd) - Math.max(from.getTime(), nightStart));
  }
  return overlap;
}

/** A night interval: more than half of it between 22:00 and 06:00. */
export const isNightInterval = (from: Date, to: Date, timeZone: string): boolean =>
  2 * nightOverlap(from, to, timeZone) > to.getTime() - from.getTime();

/** Thousandths per hour over an interval, rounded down. */
export const ratePerHour = (consumption: number, from: Date, to: Date): number =>
  Number((BigInt(consumption) * BigInt(HOUR)) / BigInt(to.getTime() - from.getTime()));

/**
 * The anomalies the readings from `firstNew` on reveal, given the meter's readings in time order (its
 * history of the last BASELINE_LOOKBACK_DAYS before them, then the new ones). Only intervals ending at a
 * new reading and non-school days completed by the new readings are judged; the baselines are what came
 * before each.
 */
export function detectAnomalies(readings: readonly ReadingPoint[], firstNew: number, meter: MeterFacts): AnomalyFinding[] {
  const { utility, multiplier, timeZone } = meter;
  const leak = utility === Utility.WATER;
  const intervals = intervalsOf(readings, multiplier);
  const findings: AnomalyFinding[] = [];

  // Intervals: interval i ends at reading i + 1.
  const nightRates: number[] = [];
  for (const [i, interval] of intervals.entries()) {
    const readingIndex = i + 1;
    const judged = readingIndex >= firstNew;
    if (interval.decrease > 0) {
      if (judged)
        findings.push({
          kind: 'READING_DECREASED',
          from: interval.from,
          to: interval.to,
          consumption: interval.decrease,
          baseline: null,
          readingIndex,
          suspectedLeak: false,
        });
      continue;
    }
    if (!isNightInterval(interval.from, interval.to, timeZone)) continue;
    const rate = ratePerHour(interval.consumption, interval.from, interval.to);
    if (judged && nightRates.length >= NIGHT_BASELINE_MIN) {
      const baseline = median(nightRates.slice(-NIGHT_BASELINE_INTERVALS));
      if (rate > NIGHT_FACTOR * baseline && rate >= NIGHT_FLOOR_PER_HOUR[utility])
        findings.push({
          kind: 'NIGHT_USE',
          from: interval.from,
          to: interval.to,
          consumption: interval.consumption,
          baseline,
          readingIndex,
          suspectedLeak: leak,
        });
    }
    nightRates.push(rate);
  }

  // Days: complete when a reading is at or before its start and one at or after its end.
  if (readings.length < 2) return findings;
  const byDay = consumptionByDay(intervals, timeZone);
  const first = readings[0].at.getTime();
  const lastOld = firstNew > 0 ? readings[firstNew - 1].at.getTime() : -Infinity;
  const days = [...byDay.keys()].sort();
  const nonSchool: number[] = [];
  for (const day of days) {
    const start = dayStart(day, timeZone).getTime();
    const endDate = dayStart(shiftDate(day, 1), timeZone);
    const end = endDate.getTime();
    if (start < first || end > readings[readings.length - 1].at.getTime()) continue;
    // A non-school day right after a school day is not judged (nor counted in the baseline): read in the
    // morning, its figure carries part of the school day's interval, apportioned by time.
    if (isSchoolDay(day) || isSchoolDay(shiftDate(day, -1))) continue;
    const consumption = byDay.get(day)!;
    if (end > lastOld && nonSchool.length >= NON_SCHOOL_DAY_BASELINE_MIN) {
      const baseline = median(nonSchool.slice(-NON_SCHOOL_DAY_BASELINE_DAYS));
      if (consumption > NON_SCHOOL_DAY_FACTOR * baseline && consumption >= NON_SCHOOL_DAY_FLOOR[utility]) {
        // Revealed by the first reading at or after the day's end.
        const readingIndex = readings.findIndex((r) => r.at.getTime() >= end);
        findings.push({
          kind: 'NON_SCHOOL_DAY_USE',
          from: new Date(start),
          to: endDate,
          consumption,
          baseline,
          readingIndex,
          suspectedLeak: leak,
        });
      }
    }
    nonSchool.push(consumption);
  }
  return findings;
}
