import { badInput, rowErrorsFrom, type RowError } from '@houqin/common';
import { validateInput } from '@houqin/subgraph-kit';
import { MAX_IMPORT_ROWS } from './limits';

/**
 * What finance's bulk imports (a spreadsheet of suppliers or budgets) share: all or nothing, bounded,
 * every row checked by the rules of the single mutation and every error collected, so a user fixes
 * the whole file at once (rowErrorsInput of @houqin/common answers them).
 */

/** 1 to MAX_IMPORT_ROWS rows, else BAD_USER_INPUT on `rows`. */
export function requireImportSize(rows: readonly unknown[]): void {
  if (rows.length < 1) throw badInput('rows', 'rows must have at least one row.');
  if (rows.length > MAX_IMPORT_ROWS)
    throw badInput('rows', `rows has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} are imported at once: split the file.`);
}

/**
 * Runs a check of one row (the single mutation's own validation or rules), turning the
 * BAD_USER_INPUT it throws into that row's errors; anything else is rethrown. True when it passed.
 */
export async function checkRow(row: number, errors: RowError[], check: () => unknown): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (error) {
    errors.push(...rowErrorsFrom(row, error));
    return false;
  }
}

/** The input's shape, as the single mutation's input type declares it (class-validator), as that row's errors. */
export const checkRowShape = (row: number, input: object, errors: RowError[]) => checkRow(row, errors, () => validateInput(input));

/**
 * Rows that repeat an earlier row of the same file by `keyOf` (null: the row has no key to compare,
 * e.g. it is bad already): an error on `field` of each later row, naming the first.
 */
export function repeatsInFile<T>(
  rows: readonly T[],
  keyOf: (row: T, index: number) => string | null,
  field: string,
  what: string,
): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  rows.forEach((row, index) => {
    const key = keyOf(row, index);
    if (key === null) return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else errors.push({ row: index, field, message: `${what} is already in row ${earlier} of this file.` });
  });
  return errors;
}
