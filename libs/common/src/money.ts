import { Directive, Field, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { badInput } from './errors';

/**
 * Money is exact (brief §4): integer fen (分) everywhere in code and BIGINT in the database; the
 * API shows yuan as a decimal string with two places, plus the fen integer for clients that compute.
 */
export type Fen = number;

/** Largest amount accepted in an input: 10 billion yuan, far below 2^53 fen. */
export const MAX_FEN = 1_000_000_000_000;

const YUAN = /^(\d{1,10})(?:\.(\d{1,2}))?$/;

/** "1234.5" → 123450. Negative amounts, fractions of a fen and non-numbers are BAD_USER_INPUT on `field`. */
export function parseYuan(value: string, field: string): Fen {
  const text = value.trim();
  if (text.startsWith('-')) throw badInput(field, `${field} must not be negative.`);
  if (/^\d+\.\d{3,}$/.test(text)) throw badInput(field, `${field} has fractions of a fen (分); use at most two decimal places.`);
  const match = YUAN.exec(text);
  if (!match) throw badInput(field, `${field} must be an amount in yuan such as 1234.50.`);
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (fen > MAX_FEN) throw badInput(field, `${field} is larger than any amount houqin accepts.`);
  return fen;
}

/** 123450 → "1234.50"; −5 → "-0.05". */
export function formatYuan(fen: Fen): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`Not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

@ObjectType({ description: 'An exact amount of money (CNY): yuan as a decimal string, and the same amount in fen (分).' })
@Directive('@shareable')
export class Money {
  @Field({ description: 'Amount in yuan with two decimal places, e.g. "1234.50".' })
  yuan: string;

  @Field(() => SafeIntResolver, { description: 'The same amount in fen (1 yuan = 100 fen), for clients that compute.' })
  fen: number;

  static of(fen: Fen): Money {
    return Object.assign(new Money(), { yuan: formatYuan(fen), fen });
  }
}

/** A Money field read from an integer-fen property: `[fen property, description]`, nullable when the property may be null. */
export type MoneyFieldSpec = readonly [fenProperty: string, description: string, options?: { nullable?: boolean }];

/**
 * Class decorator: exposes integer-fen properties as `Money` fields, e.g.
 * `@MoneyFields({ total: ['totalFen', 'Total of the invoices.'] })` gives `total: Money!` read from
 * `totalFen`. The fields come after the class's own fields, in the order given. Instead of a field
 * resolver per amount: the conversion happens in one place, for every entity.
 */
export function MoneyFields(fields: Record<string, MoneyFieldSpec>): ClassDecorator {
  return (target) => {
    for (const [name, [fenProperty, description, options]] of Object.entries(fields)) {
      Object.defineProperty(target.prototype, name, {
        configurable: true,
        get(this: Record<string, Fen | null | undefined>) {
          const fen = this[fenProperty];
          return fen === null || fen === undefined ? null : Money.of(fen);
        },
      });
      Field(() => Money, { description, nullable: options?.nullable })(target.prototype, name);
    }
  };
}
