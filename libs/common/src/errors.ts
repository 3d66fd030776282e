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
    return { ...formatted, extensions };
  }
  return {
    message: INTERNAL_MESSAGE,
    extensions: { code: ErrorCode.INTERNAL },
    locations: formatted.locations,
    path: formatted.path,
  };
}
