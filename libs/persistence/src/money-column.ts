import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';

/**
 * A BIGINT read back as an exact number: MySQL returns BIGINT as a string (bigNumberStrings), converted
 * here, and anything beyond Number's exact range is an error naming `what`, never a rounded value.
 */
export function exactBigint(what: string): ValueTransformer {
  return {
    to: (value: number | null | undefined) => value,
    from: (value: string | number | null) => {
      if (value === null || value === undefined) return value;
      const n = Number(value);
      if (!Number.isSafeInteger(n)) throw new Error(`${what} out of exact range: ${value}`);
      return n;
    },
  };
}

/** BIGINT amount in fen. MySQL returns BIGINT as a string (bigNumberStrings); it is read back exactly. */
export const FenColumn = (options: Pick<ColumnOptions, 'nullable' | 'comment' | 'default'> = {}) =>
  Column('bigint', { ...options, transformer: exactBigint('Amount') });
