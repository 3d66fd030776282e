import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, Int } from 'type-graphql';
import { composeField } from '@houqin/subgraph-kit';

/** Finance's own input field, beside the shared ones of @houqin/subgraph-kit. */

/** A fiscal year (预算年度), the calendar year: 2000 to 2100. */
export const FiscalYearField = (description: string, options: { nullable?: boolean } = {}) =>
  composeField(
    Field(() => Int, { description, nullable: options.nullable }),
    ...(options.nullable ? [IsOptional()] : []),
    IsInt(),
    Min(2000),
    Max(2100),
  );
