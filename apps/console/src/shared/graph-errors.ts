import { CombinedGraphQLErrors } from '@apollo/client';

/** One problem the graph reported, as the console shows it. */
export interface GraphProblem {
  message: string;
  /** extensions.code: BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, UNAUTHENTICATED, … */
  code: string;
  /** For BAD_USER_INPUT: the dotted path inside the input, e.g. `amount` or `lines.0.amount`. */
  field?: string;
}

/** One bad row of a bulk import, as the graph's `extensions.rowErrors` lists them (row is 0-based). */
export interface RowProblem {
  row: number;
  field: string;
  message: string;
}

interface Extensions {
  code?: unknown;
  field?: unknown;
  violations?: { field: string; message: string }[];
  rowErrors?: RowProblem[];
}

function graphErrors(error: unknown): { message: string; extensions?: Extensions }[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors as { message: string; extensions?: Extensions }[];
  return [];
}

/**
 * Every problem in a failed operation, one per offending field where the graph named several
 * (`extensions.violations`); a network failure is one problem with code NETWORK.
 */
export function graphProblems(error: unknown): GraphProblem[] {
  const errors = graphErrors(error);
  if (!errors.length) return error ? [{ message: error instanceof Error ? error.message : String(error), code: 'NETWORK' }] : [];
  return errors.flatMap(({ message, extensions = {} }) => {
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL';
    if (extensions.violations?.length) return extensions.violations.map((v) => ({ message: v.message, code, field: v.field }));
    return [{ message, code, field: typeof extensions.field === 'string' ? extensions.field : undefined }];
  });
}

/** The rows of a refused bulk import, each with the graph's own message. */
export function rowProblems(error: unknown): RowProblem[] {
  return graphErrors(error).flatMap(({ extensions }) => extensions?.rowErrors ?? []);
}

export function hasCode(error: unknown, code: string): boolean {
  return graphProblems(error).some((p) => p.code === code);
}

/** The dotted path of the graph ("lines.0.amount") as an Ant Design form name path (["lines", 0, "amount"]). */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** What a form needs to show a failed mutation: errors by field, and the rest as one message. */
export interface FormErrors {
  fields: { name: (string | number)[]; errors: string[] }[];
  /** Problems not tied to a field of this form (FORBIDDEN, CONFLICT, …), to show above the buttons. */
  general: string[];
}

/**
 * Splits a mutation's errors into the form's fields (where the graph named one the form has) and
 * general messages. `formFields` lists the form's top-level field names; a field path the form does
 * not have is shown as a general message rather than lost.
 */
export function formErrors(error: unknown, formFields: readonly string[]): FormErrors {
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const general: string[] = [];
  for (const problem of graphProblems(error)) {
    const path = problem.field ? fieldPath(problem.field) : [];
    if (path.length && formFields.includes(String(path[0]))) {
      const key = path.join('.');
      const entry = fields.get(key) ?? { name: path, errors: [] };
      entry.errors.push(problem.message);
      fields.set(key, entry);
    } else {
      general.push(problem.message);
    }
  }
  return { fields: [...fields.values()], general };
}
