import { getDayDetail, getSolarDateFromLunar, getSolarTermDate, isWorkday } from 'chinese-days';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { badInput } from './errors';
import { checkDay, dayStart, DEFAULT_TIME_ZONE, monthIn, monthSpan, shiftDate } from './dates';

/** The longest range a gap query covers: a school year. */
export const SCHOOL_DAY_RANGE_MAX_DAYS = 366;

/** Whether `chinese-days` carries the State Council's holiday notice for a year: it names that year's National Day. */
const noticeCarried = new Map<number, boolean>();
const carriesNotice = (year: number): boolean => {
  let carried = noticeCarried.get(year);
  if (carried === undefined) noticeCarried.set(year, (carried = getDayDetail(`${year}-10-01`).name.startsWith('National Day')));
  return carried;
};

const statutory = new Map<number, ReadonlySet<string>>();
/**
 * The statutory public holidays (法定节假日) of a year by 《全国年节及纪念日放假办法》 as revised in 2024
 * (from 2025): New Year's Day (1 January), the Spring Festival (除夕 and 正月初一 to 初三), Qingming (its
 * solar term), Labour Day (1–2 May), the Dragon Boat Festival (五月初五), Mid-Autumn (八月十五) and
 * National Day (1–3 October). The lunar and solar-term dates come from `chinese-days`. They are what a
 * year is known to have off before the State Council's notice adds its bridges and make-up days (调休).
 */
export function statutoryHolidays(year: number): ReadonlySet<string> {
  let days = statutory.get(year);
  if (!days) {
    const lunar = (monthDay: string) => getSolarDateFromLunar(`${year}-${monthDay}`).date;
    const newYear = lunar('01-01');
    days = new Set([
      `${year}-01-01`,
      shiftDate(newYear, -1),
      newYear,
      shiftDate(newYear, 1),
      shiftDate(newYear, 2),
      getSolarTermDate(year, 4, 'pure_brightness'),
      `${year}-05-01`,
      `${year}-05-02`,
      lunar('05-05'),
      lunar('08-15'),
      `${year}-10-01`,
      `${year}-10-02`,
      `${year}-10-03`,
    ]);
    statutory.set(year, days);
  }
  return days;
}

const isWeekendDay = (day: string) => [0, 6].includes(parseISO(day).getDay());
/** A day off that is only a weekend: `chinese-days` names it after its weekday, a holiday after its festival. */
const isPlainWeekend = (day: string) => /^(Saturday|Sunday)$/.test(getDayDetail(day).name);

/**
 * The national calendar's word on a day: a working day or not, and whether a day off is a public holiday.
 * `chinese-days` carries the State Council's yearly notices (holidays, bridges and make-up working days
 * 调休); for a year it does not carry yet, the statutory holidays by law and the weekends, with no
 * make-up days, until the package is updated with the notice.
 */
function nationalDay(day: string): { work: boolean; holiday: boolean } {
  const year = Number(day.slice(0, 4));
  if (carriesNotice(year)) {
    const work = isWorkday(day);
    return { work, holiday: !work && !isPlainWeekend(day) };
  }
  if (statutoryHolidays(year).has(day)) return { work: false, holiday: true };
  return { work: !isWeekendDay(day), holiday: false };
}

/**
 * A school day (上学日) by the national calendar: a weekday that is not a public holiday, or a weekend
 * day made a working day (调休) to bridge one (nationalDay). School vacations (寒暑假) are the school's
 * own and are not known here.
 */
export const isSchoolDay = (day: string): boolean => nationalDay(day).work;

/** Every school day from `from` to `to` (YYYY-MM-DD, both included), in order. */
export function schoolDaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = shiftDate(day, 1)) if (isSchoolDay(day)) days.push(day);
  return days;
}

/** A span of days an argument pair names: both dates YYYY-MM-DD (BAD_USER_INPUT on from / to), then checkDateRange. */
export function checkDaySpan(from: string, to: string): void {
  checkDay(from, 'from');
  checkDay(to, 'to');
  checkDateRange(from, to);
}

/**
 * The period of a report's optional from/to arguments (a school's summary side by side): this month in
 * the district's zone when both are omitted, else checked as checkDaySpan; with its bounds as instants
 * [start, end) in the district's zone, which a page of schools shares so one statement serves it.
 */
export function reportPeriod(from: string | null | undefined, to: string | null | undefined, now: Date) {
  const month = monthSpan(monthIn(DEFAULT_TIME_ZONE, now));
  const first = from ?? month.from;
  const last = to ?? month.to;
  checkDaySpan(first, last);
  return { from: first, to: last, start: dayStart(first, DEFAULT_TIME_ZONE), end: dayStart(shiftDate(last, 1), DEFAULT_TIME_ZONE) };
}

/** A date range a query may ask about: `to` not before `from`, at most a year long. */
export function checkDateRange(from: string, to: string): void {
  if (to < from) throw badInput('to', 'to must not be before from.');
  if (differenceInCalendarDays(parseISO(to), parseISO(from)) >= SCHOOL_DAY_RANGE_MAX_DAYS)
    throw badInput('to', `The range may cover at most ${SCHOOL_DAY_RANGE_MAX_DAYS} days.`);
}

/** A school term (学期) as a calendar needs it: its first and last day, YYYY-MM-DD. */
export interface TermDates {
  startsOn: string;
  endsOn: string;
}

/** What a day is on a school's calendar (校历). */
export enum CalendarDayKind {
  /** A working day inside a term (上学日), a make-up working day (调休上班) included. */
  SCHOOL_DAY = 'SCHOOL_DAY',
  /** A Saturday or Sunday that is not a make-up working day. */
  WEEKEND = 'WEEKEND',
  /** A public holiday of the national schedule (法定节假日, 调休放假). */
  PUBLIC_HOLIDAY = 'PUBLIC_HOLIDAY',
  /** A working day outside the school's terms (寒暑假). */
  VACATION = 'VACATION',
}

/** How far a school-day count looks ahead before it gives up: two years. */
const SCHOOL_DAY_SEARCH_MAX = 731;

/** A Saturday or Sunday made a working day to bridge a holiday (调休上班). */
export const isMakeUpWorkday = (day: string): boolean => isWeekendDay(day) && nationalDay(day).work;

/**
 * What `day` is for a school with `terms`: the national calendar first (weekends, public holidays and
 * the make-up working days 调休, nationalDay), then the terms. A school with no terms entered, or
 * a day after the last term entered (the next one not yet known), counts every national working day.
 */
export function calendarDayKind(day: string, terms: readonly TermDates[]): CalendarDayKind {
  const national = nationalDay(day);
  if (!national.work) return national.holiday ? CalendarDayKind.PUBLIC_HOLIDAY : CalendarDayKind.WEEKEND;
  if (!terms.length || terms.some((term) => term.startsOn <= day && day <= term.endsOn)) return CalendarDayKind.SCHOOL_DAY;
  const lastEnd = terms.reduce((last, term) => (term.endsOn > last ? term.endsOn : last), terms[0].endsOn);
  return day > lastEnd ? CalendarDayKind.SCHOOL_DAY : CalendarDayKind.VACATION;
}

/** True when `day` is a school day (上学日) of a school with `terms` (calendarDayKind). */
export const isSchoolDayOf = (day: string, terms: readonly TermDates[]) => calendarDayKind(day, terms) === CalendarDayKind.SCHOOL_DAY;

/**
 * The school day `count` school days after `day` on a school's calendar ("within 3 school days"). A day
 * that is not a school day counts as the next school day (a report on Saturday is received on Monday):
 * 0 is that day itself, 3 the third school day after it.
 */
export function addSchoolDays(day: string, count: number, terms: readonly TermDates[]): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`addSchoolDays: count must be a whole number ≥ 0, not ${count}`);
  let current = day;
  let left = count;
  for (let step = 0; step < SCHOOL_DAY_SEARCH_MAX; step++) {
    if (isSchoolDayOf(current, terms)) {
      if (left === 0) return current;
      left--;
    }
    current = shiftDate(current, 1);
  }
  throw new RangeError(`addSchoolDays: no school day found within ${SCHOOL_DAY_SEARCH_MAX} days of ${day}`);
}
