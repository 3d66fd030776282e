import { RRule, type Frequency } from 'rrule';

/** How often something recurs, as RFC 5545 names it (with an interval: every N of them). */
export type RecurrenceFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

const FREQ: Record<RecurrenceFrequency, Frequency> = {
  DAILY: RRule.DAILY,
  WEEKLY: RRule.WEEKLY,
  MONTHLY: RRule.MONTHLY,
  YEARLY: RRule.YEARLY,
};

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The day after `after` of a rule counted from `from` (RFC 5545 through rrule: every `interval` units
 * of `frequency`; a monthly rule on the 31st skips months without one, as RFC 5545 says). `inclusive`
 * counts `after` itself when it is a day of the rule. Days are calendar dates (YYYY-MM-DD).
 */
export function nextByRule(frequency: RecurrenceFrequency, interval: number, from: string, after: string, inclusive = false): string {
  const rule = new RRule({ freq: FREQ[frequency], interval, dtstart: utcDay(from) });
  const next = rule.after(utcDay(after), inclusive);
  if (!next) throw new Error(`No day after ${after} for FREQ=${frequency};INTERVAL=${interval} from ${from}.`);
  return dayOf(next);
}
