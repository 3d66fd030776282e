import { badInput } from '@houqin/common';
import type { Fund } from '../ledger/ledger.entity';

/**
 * The invoice numbers of a claim's lines as they are registered (trimmed, upper case); one that
 * appears twice in the claim is BAD_USER_INPUT on its second line.
 */
export function invoiceNumbersOf(lines: { invoiceNumber: string }[]): string[] {
  const numbers = lines.map((l) => l.invoiceNumber.trim().toUpperCase());
  numbers.forEach((n, i) => {
    if (numbers.indexOf(n) !== i) throw badInput(`lines.${i}.invoiceNumber`, `Invoice ${n} appears twice in this claim.`);
  });
  return numbers;
}

/** Every invoice claims something: a zero amount is BAD_USER_INPUT on its line. */
export function requireAmounts(amountsFen: number[]): void {
  amountsFen.forEach((fen, i) => {
    if (fen === 0) throw badInput(`lines.${i}.amount`, 'amount must be more than zero.');
  });
}

/** The one fund that pays a claim: all its lines' categories must share it, else BAD_USER_INPUT on the first line that differs. */
export function fundOf(categories: { fund: Fund }[]): Fund {
  const fund = categories[0].fund;
  categories.forEach((c, i) => {
    if (c.fund !== fund)
      throw badInput(
        `lines.${i}.categoryId`,
        'All lines of a claim must be paid from the same account (school or canteen); file two claims.',
      );
  });
  return fund;
}

/** A claim's amounts summed per category, in the order categories first appear, with the index of that first line. */
export function amountsPerCategory<C extends { id: string }>(
  categories: C[],
  amountsFen: number[],
): { category: C; amountFen: number; index: number }[] {
  const perCategory = new Map<string, { category: C; amountFen: number; index: number }>();
  categories.forEach((category, i) => {
    const entry = perCategory.get(category.id) ?? { category, amountFen: 0, index: i };
    entry.amountFen += amountsFen[i];
    perCategory.set(category.id, entry);
  });
  return [...perCategory.values()];
}
