import { Column, type ColumnOptions } from 'typeorm';

/** BIGINT amount in fen. MySQL returns BIGINT as a string (bigNumberStrings); it is read back exactly. */
export const FenColumn = (options: Pick<ColumnOptions, 'nullable' | 'comment' | 'default'> = {}) =>
  Column('bigint', {
    ...options,
    transformer: {
      to: (value: number | null | undefined) => value,
      from: (value: string | number | null) => {
        if (value === null || value === undefined) return value;
        const fen = Number(value);
        if (!Number.isSafeInteger(fen)) throw new Error(`Amount out of exact range: ${value}`);
        return fen;
      },
    },
  });
