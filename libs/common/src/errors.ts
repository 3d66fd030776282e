import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The error codes a client can see (brief §6). Anything else is masked as INTERNAL before it leaves
 * a service, so no SQL text, stack or internal message reaches a client.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes produced by GraphQL itself (parsing, validation, variable coercion) that are safe to pass on. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // The gateway's cost limit (Apollo Router's demand-control codes): estimate over budget, or not priceable.
  'COST_ESTIMATED_TOO_EXPENSIVE',
  'COST_QUERY_PARSE_FAILURE',
  // The gateway's subgraph client: a subgraph past its deadline, or that closed the connection unanswered.
  'SUBGRAPH_TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
]);

export function isPublicCode(code: unknown): boolean {
  return typeof code === 'string' && (code in ErrorCode || PROTOCOL_CODES.has(code));
}

/** One offending field of an input, as reported in `extensions.violations`. */
export interface FieldViolation {
  field: string;
  message: string;
}

/** Bad input: names the field at fault (dotted path inside the argument, e.g. `name` or `lines.0.amount`). */
export function badInput(field: string, message: string, violations?: FieldViolation[]): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, violations: violations ?? [{ field, message }] },
  });
}

/**
 * One bad row of a bulk input (an imported file): `row` is the 0-based index into the list,
 * `field` the input field of that row at fault (e.g. `name`), `message` what is wrong.
 */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

/**
 * The one BAD_USER_INPUT a bulk mutation throws when any row is bad (nothing is written): the
 * message says how many rows are bad, `extensions.field` is the first bad field's path
 * (`rows.3.name`), `extensions.rowErrors` lists every error in row order and
 * `extensions.violations` the same as field paths. `list` names the input's list field.
 */
export function rowErrorsInput(rowErrors: readonly RowError[], list = 'rows'): GraphQLError {
  if (!rowErrors.length) throw new Error('rowErrorsInput needs at least one row error.');
  const sorted = [...rowErrors].sort((a, b) => a.row - b.row);
  const badRows = new Set(sorted.map((e) => e.row)).size;
  const path = (e: RowError) => `${list}.${e.row}.${e.field}`;
  const message =
    `${badRows} ${badRows === 1 ? 'row is' : 'rows are'} bad (${sorted.length} ${sorted.length === 1 ? 'error' : 'errors'}); ` +
    `nothing was written. First: ${path(sorted[0])}: ${sorted[0].message}`;
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      field: path(sorted[0]),
      rowErrors: sorted.map(({ row, field, message }) => ({ row, field, message })),
      violations: sorted.map((e) => ({ field: path(e), message: e.message })),
    },
  });
}

/**
 * The row errors of one row from a BAD_USER_INPUT thrown while checking that row alone (e.g. by
 * the single-record create's validation): its violations, or its field. Any other error is rethrown.
 */
export function rowErrorsFrom(row: number, error: unknown): RowError[] {
  const extensions = error instanceof GraphQLError ? error.extensions : undefined;
  if (extensions?.code !== ErrorCode.BAD_USER_INPUT) throw error;
  const violations = (extensions.violations as FieldViolation[] | undefined) ?? [];
  if (violations.length) return violations.map((v) => ({ row, field: v.field, message: v.message }));
  return [{ row, field: String(extensions.field ?? ''), message: (error as GraphQLError).message }];
}

export function unauthenticated(message = 'Sign in first: this operation needs a valid token.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message = 'Your roles do not allow this operation.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** Objects outside the viewer's scope are answered exactly like objects that do not exist. */
export function notFound(typeName: string, id: string): GraphQLError {
  return new GraphQLError(`${typeName} ${id} was not found.`, {
    extensions: { code: ErrorCode.NOT_FOUND, typeName, id },
  });
}

export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
}

export const INTERNAL_MESSAGE = 'Internal server error. The request id in the response header identifies it in the logs.';

/**
 * Turns any error into what a client may see: public codes pass with their message and extensions,
 * everything else becomes INTERNAL with a fixed message. `stacktrace` never passes.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
  if (isPublicCode(extensions.code)) {
    const field = extensions.code === ErrorCode.BAD_USER_INPUT && !extensions.field ? coercionField(formatted.message) : undefined;
    return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
  }
  return {
    message: INTERNAL_MESSAGE,
    extensions: { code: ErrorCode.INTERNAL },
    locations: formatted.locations,
    path: formatted.path,
  };
}

/**
 * The input field a variable-coercion error of GraphQL names (a careless client sending `pages: 2.5`,
 * a missing required field, a field the type does not have), in the form the services' own errors
 * use: relative to a mutation's `input` (`pages`, `lines.0.quantity`), or the variable's name for
 * any other variable. Undefined for a message that is no coercion error.
 */
export function coercionField(message: string): string | undefined {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return undefined;
  const at = /got invalid value .* at "([^"]+)"/.exec(message)?.[1];
  const named = /Field "(\w+)" (?:of required type|is not defined by type)/.exec(message)?.[1];
  const path = [...(at ? at.replace(/\[(\d+)\]/g, '.$1').split('.') : [variable]), ...(named ? [named] : [])];
  const relative = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  return relative.join('.');
}
