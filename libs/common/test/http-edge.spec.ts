import { describeHttpError, INTERNAL_MESSAGE } from '../src';

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
