import { ArrayMaxSize, ArrayMinSize, IsIn, IsISO8601, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, type ClassType } from 'type-graphql';

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

/** Text of at most `max` characters that is not blank: "<field> must not be empty". */
export function TextField(description: string | undefined, options: FieldOptions & { max: number }): Decorate {
  return (target, key) =>
    compose(key, target, [
      Field(() => String, { description, nullable: options.nullable }),
      ...optional(options),
      Matches(/\S/, { message: `${key} must not be empty` }),
      MaxLength(options.max),
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

/** Optional free text that may also be blank (a comment, a contact person), at most `max` characters. */
export const OptionalTextField = (description: string, max: number) =>
  composeField(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(max),
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
