import { createServer } from 'node:http';
import { applyServerTimeouts, describeHttpError, INTERNAL_MESSAGE, serverTimeoutsOf } from '../src';

describe('describeHttpError: what a client is told about an error raised before GraphQL', () => {
  it("names body-parser's refusals with their status and a fixed sentence", () => {
    expect(describeHttpError({ status: 413, expose: true, type: 'entity.too.large', limit: 1048576 })).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The request body is larger than the 1048576 bytes this service accepts.',
    });
    expect(describeHttpError({ status: 415, expose: true, type: 'charset.unsupported' }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(describeHttpError({ status: 415, expose: true, type: 'encoding.unsupported' }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it("never repeats the error's own message (a SyntaxError quotes the body)", () => {
    const parse = Object.assign(new SyntaxError('Unexpected token \'<\', "<script>" is not valid JSON'), {
      status: 400,
      expose: true,
      type: 'entity.parse.failed',
    });
    const answer = describeHttpError(parse);
    expect(answer).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: 'The request body is not valid JSON (a JSON object is expected).',
    });
  });

  it('keeps a client status from http-errors, with a code for it', () => {
    expect(describeHttpError({ statusCode: 404 })).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(describeHttpError({ status: 401 })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(describeHttpError({ status: 403 })).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(describeHttpError({ status: 400, type: 'request.aborted' })).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('turns anything else (plain errors, 5xx, errors not meant for clients, non-errors) into 500 INTERNAL', () => {
    const internal = { status: 500, code: 'INTERNAL', message: INTERNAL_MESSAGE };
    expect(describeHttpError(new Error('connect ECONNREFUSED 10.0.0.5:3306'))).toEqual(internal);
    expect(describeHttpError({ status: 503 })).toEqual(internal);
    expect(describeHttpError({ status: 400, expose: false })).toEqual(internal);
    expect(describeHttpError('boom')).toEqual(internal);
    expect(describeHttpError(undefined)).toEqual(internal);
  });
});

describe('server timeouts', () => {
  it('take the configured values, or 65 s keep-alive and 66 s for headers', () => {
    expect(serverTimeoutsOf({})).toEqual({ keepAliveTimeoutMs: 65000, headersTimeoutMs: 66000 });
    expect(serverTimeoutsOf({ HTTP_KEEP_ALIVE_TIMEOUT_MS: 30000, HTTP_HEADERS_TIMEOUT_MS: 40000 })).toEqual({
      keepAliveTimeoutMs: 30000,
      headersTimeoutMs: 40000,
    });
  });

  it('keep the headers timeout above the keep-alive timeout, as Node advises', () => {
    const server = createServer();
    applyServerTimeouts(server, { keepAliveTimeoutMs: 65000, headersTimeoutMs: 10000 });
    expect({ keepAlive: server.keepAliveTimeout, headers: server.headersTimeout }).toEqual({ keepAlive: 65000, headers: 66000 });
    applyServerTimeouts(server, { keepAliveTimeoutMs: 5000, headersTimeoutMs: 20000 });
    expect({ keepAlive: server.keepAliveTimeout, headers: server.headersTimeout }).toEqual({ keepAlive: 5000, headers: 20000 });
  });
});
