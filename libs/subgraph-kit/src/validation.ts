import { validate, type ValidationError } from 'class-validator';
import { badInput, type FieldViolation } from '@houqin/common';

function flatten(errors: ValidationError[], prefix: string): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * type-graphql's `validateFn`: checks each input object with class-validator and answers the first
 * violation as BAD_USER_INPUT naming its field (all violations in `extensions.violations`).
 */
export async function validateInput(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  const violations: FieldViolation[] = [];
  for (const [index, item] of items.entries()) {
    if (item === null || typeof item !== 'object') continue;
    const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    violations.push(...flatten(errors, Array.isArray(value) ? String(index) : ''));
  }
  if (violations.length > 0) {
    const first = violations[0];
    throw badInput(first.field, first.message, violations);
  }
}
