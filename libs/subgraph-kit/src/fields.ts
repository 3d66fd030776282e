import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { Field, ID, type ClassType } from 'type-graphql';
import { hasLoneSurrogate, textLength, visibleText } from '@houqin/common';

/**
 * Input field decorators that bundle the GraphQL field with its validation, so every service says
 * "an id", "an amount in yuan" or "a non-empty text of at most N characters" the same way, with
 * messages that name the field. Each takes the field's description (the schema shows it); `id` and
 * `name` may go without one, as the schema test allows.
 */

interface FieldOptions {
  /** The field may be omitted or null (then it is not validated). */
  nullable?: boolean;
}

type Decorate = (target: object, key: string) => void;

function compose(key: string, target: object, decorators: PropertyDecorator[]): void {
  for (const decorate of decorators) decorate(target, key);
}

/** One property decorator made of several, applied in order: for a service's own field shapes. */
export const composeField =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorate) => decorate(target, key));

const optional = (options: FieldOptions): PropertyDecorator[] => (options.nullable ? [IsOptional()] : []);

/** An id (UUID) of a record; malformed ids are BAD_USER_INPUT "<field> must be an id". */
export function IdField(description?: string, options: FieldOptions = {}): Decorate {
  return (target, key) =>
    compose(key, target, [
      Field(() => ID, { description, nullable: options.nullable }),
      ...optional(options),
      IsUUID('all', { message: `${key} must be an id` }),
    ]);
}

/** How every money input is explained in the schema. */
export const YUAN_HELP = 'Amount in yuan as a decimal string with at most two places, e.g. "1234.50" (exact; no floating point).';

/**
 * An amount of money in yuan, as a decimal string ("1234.50"); the service parses it exactly into
 * fen with `parseYuan`, which names the field when it is negative, fractional or not a number.
 */
export function YuanField(description: string, options: FieldOptions = {}): Decorate {
  return (target, key) =>
    compose(key, target, [
      Field(() => String, { description: `${description} ${YUAN_HELP}`, nullable: options.nullable }),
      ...optional(options),
      MaxLength(20),
    ]);
}

/**
 * The shared rule for text people type (see `visibleText` in @houqin/common): a lone UTF-16 surrogate
 * is refused, invisible characters at either end are trimmed and the trimmed text is written back on
 * the input (so the service stores what was checked), nothing visible left is "<field> must not be
 * empty" (or null when `optional`), and the limit counts the stored text's characters.
 */
export function VisibleText(max: number, optional = false): PropertyDecorator {
  const problem = (value: unknown, key: string): string | null => {
    if (typeof value !== 'string') return `${key} must be a string`;
    if (hasLoneSurrogate(value)) return `${key} must not contain a lone UTF-16 surrogate`;
    const text = visibleText(value);
    if (!text && !optional) return `${key} must not be empty`;
    if (textLength(text) > max) return `${key} must be shorter than or equal to ${max} characters`;
    return null;
  };
  return (target, key) =>
    registerDecorator({
      name: 'visibleText',
      target: target.constructor,
      propertyName: String(key),
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (problem(value, args.property)) return false;
          const text = visibleText(value as string);
          (args.object as Record<string, unknown>)[args.property] = optional && !text ? null : text;
          return true;
        },
        defaultMessage: (args: ValidationArguments) => problem(args.value, args.property) ?? `${args.property} is invalid`,
      },
    });
}

/** Text of at most `max` characters with something visible in it, stored trimmed: "<field> must not be empty". */
export function TextField(description: string | undefined, options: FieldOptions & { max: number }): Decorate {
  return (target, key) =>
    compose(key, target, [
      Field(() => String, { description, nullable: options.nullable }),
      ...optional(options),
      VisibleText(options.max),
    ]);
}

/** A calendar date `YYYY-MM-DD` that exists: "<field> must be a date YYYY-MM-DD". */
export function DateField(description: string, options: FieldOptions = {}): Decorate {
  const message = (key: string) => ({ message: `${key} must be a date YYYY-MM-DD` });
  return (target, key) =>
    compose(key, target, [
      Field(() => String, { description, nullable: options.nullable }),
      ...optional(options),
      Matches(/^\d{4}-\d{2}-\d{2}$/, message(key)),
      IsISO8601({ strict: true }, message(key)),
    ]);
}

/** A month `YYYY-MM`: "<field> must be a month YYYY-MM". */
export function MonthField(description: string, options: FieldOptions = {}): Decorate {
  return (target, key) =>
    compose(key, target, [
      Field(() => String, { description, nullable: options.nullable }),
      ...optional(options),
      Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: `${key} must be a month YYYY-MM` }),
    ]);
}

/** Optional free text (a comment, a contact person), at most `max` characters, stored trimmed; null when nothing visible is left. */
export const OptionalTextField = (description: string, max: number) =>
  composeField(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    VisibleText(max, true),
  );

/** A choice of a registered GraphQL enum; the nullable form is a filter or an edit that may leave it out. */
export const EnumField = (enumType: Record<string, string>, description: string, options: FieldOptions = {}) =>
  composeField(
    Field(() => enumType, { description, nullable: options.nullable }),
    options.nullable ? IsOptional() : IsIn(Object.values(enumType)),
  );

/** A list of nested input lines (of an entry, a request, an order, a claim): `min` to 50 of them, each validated. */
export const LinesField = <T extends object>(lineType: () => ClassType<T>, description: string, min: number, minMessage?: string) =>
  composeField(
    Field(() => [lineType()], { description }),
    ArrayMinSize(min, minMessage ? { message: minMessage } : {}),
    ArrayMaxSize(50),
    ValidateNested({ each: true }),
  );
