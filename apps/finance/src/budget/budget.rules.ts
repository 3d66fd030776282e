import { badInput, DEFAULT_TIME_ZONE, todayIn } from '@houqin/common';
import { OverrunPolicy } from './budget.entity';
import type { BudgetCategory } from './budget.entity';
import type { BudgetFen } from './budget.types';

/** The fiscal year (the calendar year) a filing uses when it names none. */
export function currentFiscalYear(today: string = todayIn(DEFAULT_TIME_ZONE)): number {
  return Number(today.slice(0, 4));
}

/** What is left of a budget line (nothing without one): allocated − committed − spent. */
export function remainingOf(line: BudgetFen | null | undefined): number {
  return line ? line.allocatedFen - line.committedFen - line.spentFen : 0;
}

const yuanText = (fen: number) => (fen / 100).toFixed(2);

/**
 * Whether a new request or claim of `amountFen` fits what is left of its line: null when it does;
 * beyond it, under a BLOCK policy BAD_USER_INPUT on `field`, under WARN the warning to show.
 */
export function overrunWarning(
  category: Pick<BudgetCategory, 'name' | 'overrunPolicy'>,
  remainingFen: number,
  amountFen: number,
  fiscalYear: number,
  field: string,
): string | null {
  if (amountFen <= remainingFen) return null;
  const message = `${category.name} has ${yuanText(remainingFen)} yuan left in ${fiscalYear}; this needs ${yuanText(amountFen)}.`;
  if (category.overrunPolicy === OverrunPolicy.BLOCK) throw badInput(field, `Over budget: ${message}`);
  return `Over budget (allowed by the category's WARN policy): ${message}`;
}

/** The refusal when a conditional update finds a BLOCK line without room any more. */
export const noRoomLeft = (field: string, category: Pick<BudgetCategory, 'name'>, amountFen: number) =>
  badInput(field, `Over budget: ${category.name} no longer has ${yuanText(amountFen)} yuan left.`);

/** The refusal when paying would overspend a BLOCK line. */
export const wouldOverspend = (field: string, category: Pick<BudgetCategory, 'name'>, paidFen: number) =>
  badInput(field, `Over budget: paying ${yuanText(paidFen)} yuan would overspend ${category.name}.`);

/** The refusal when giving spending back would take a line's spent below zero (more back than was ever spent). */
export const belowZero = (field: string, category: Pick<BudgetCategory, 'name'>, backFen: number) =>
  badInput(field, `${category.name} has not spent ${yuanText(backFen)} yuan in that year: spending cannot go below zero.`);

/** The district's thresholds must rise: the principal's limit is at least the director's. */
export function checkThresholds(directorLimitFen: number, principalLimitFen: number): void {
  if (principalLimitFen < directorLimitFen) throw badInput('principalLimit', 'principalLimit must be at least directorLimit.');
}

/** The refusal when a re-allocation is below what the line has already committed and spent: that money is promised or gone. */
export const belowCommittedAndSpent = () => badInput('allocated', 'allocated is below what this line has already committed and spent.');

/** A re-allocation of `line` to `allocatedFen` keeps what it committed and spent, else BAD_USER_INPUT on allocated. */
export function checkReallocation(line: BudgetFen, allocatedFen: number): void {
  if (line.committedFen + line.spentFen > allocatedFen) throw belowCommittedAndSpent();
}
