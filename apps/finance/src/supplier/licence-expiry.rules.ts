import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { shiftDate } from '@houqin/common';

/** A food licence is announced as expiring this many days before its last valid day (and on that day). */
export const LICENCE_WARNING_DAYS = 30;

export type LicenceState = 'EXPIRING' | 'EXPIRED';

/**
 * What the licence-expiry job says of a licence whose last valid day is `expiresOn`, on `today` (both
 * YYYY-MM-DD, the school's calendar): EXPIRING from 30 days before that day up to the day itself,
 * EXPIRED from the day after, nothing before. `daysLeft` counts to the last valid day (negative once expired).
 */
export function licenceStateOn(expiresOn: string, today: string): { state: LicenceState; daysLeft: number } | null {
  const daysLeft = differenceInCalendarDays(parseISO(expiresOn), parseISO(today));
  if (daysLeft < 0) return { state: 'EXPIRED', daysLeft };
  if (daysLeft <= LICENCE_WARNING_DAYS) return { state: 'EXPIRING', daysLeft };
  return null;
}

/** The latest expiry date that is announced on `today`: anything after it is not due yet. */
export const warningHorizon = (today: string) => shiftDate(today, LICENCE_WARNING_DAYS);
