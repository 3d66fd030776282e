import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Int } from 'type-graphql';
import type { ClassType } from 'type-graphql';

/**
 * Finance's own input fields, beside the shared ones of @houqin/subgraph-kit (IdField, YuanField,
 * TextField, DateField, MonthField), for the shapes that repeat across its inputs.
 */

/** One property decorator made of several, applied in order. */
export const composeField =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorate) => decorate(target, key));

/** Optional free text that may be blank (a comment, a contact person), at most `max` characters. */
export const OptionalTextField = (description: string, max: number) => composeField(Field(() => String, { nullable: true, description }), IsOptional(), MaxLength(max));

/** A fiscal year (预算年度), the calendar year: 2000 to 2100. */
export const FiscalYearField = (description: string, options: { nullable?: boolean } = {}) =>
  composeField(Field(() => Int, { description, nullable: options.nullable }), ...(options.nullable ? [IsOptional()] : []), IsInt(), Min(2000), Max(2100));

/** A required choice of a GraphQL enum; the nullable form is a filter or an edit that may leave it out. */
export const EnumField = (enumType: Record<string, string>, description: string, options: { nullable?: boolean } = {}) =>
  composeField(Field(() => enumType, { description, nullable: options.nullable }), options.nullable ? IsOptional() : IsIn(Object.values(enumType)));

/** The lines of an entry, request, order or claim: `min` to 50 of them, each validated. */
export const LinesField = <T extends object>(lineType: () => ClassType<T>, description: string, min: number, minMessage?: string) =>
  composeField(Field(() => [lineType()], { description }), ArrayMinSize(min, minMessage ? { message: minMessage } : {}), ArrayMaxSize(50), ValidateNested({ each: true }));
