import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { badInput } from '@houqin/common';

/** The longest a term may be: a semester runs about 20 weeks; 200 days leaves room for a long one. */
export const MAX_TERM_DAYS = 200;
/** How many terms School.terms shows (the latest, five school years); the full list is Query.schoolTerms. */
export const TERMS_SHOWN = 10;

/** A term's dates: it ends after it starts and lasts at most MAX_TERM_DAYS. BAD_USER_INPUT on endsOn. */
export function checkTermDates(startsOn: string, endsOn: string): void {
  if (endsOn <= startsOn) throw badInput('endsOn', 'endsOn must be after startsOn.');
  if (differenceInCalendarDays(parseISO(endsOn), parseISO(startsOn)) + 1 > MAX_TERM_DAYS)
    throw badInput('endsOn', `A term lasts at most ${MAX_TERM_DAYS} days.`);
}

/** Two terms of one school never overlap: BAD_USER_INPUT on startsOn naming the term in the way. */
export function checkNoOverlap(
  term: { startsOn: string; endsOn: string },
  others: readonly { id: string; name: string; startsOn: string; endsOn: string }[],
): void {
  const clash = others.find((other) => other.startsOn <= term.endsOn && term.startsOn <= other.endsOn);
  if (clash) throw badInput('startsOn', `The term overlaps ${clash.name} (${clash.startsOn} to ${clash.endsOn}).`);
}
