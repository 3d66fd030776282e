import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { DEV_SECRETS } from '@houqin/common';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, subgraphUrlVariable, supergraphSubgraphs } from '../src/config';
import { type RunningGateway, startGateway } from '../src/gateway';

/**
 * A caller who gets the HTTP wrong (too big, not JSON, wrong content type, a batch, a wrong path)
 * is told so in the same JSON shape as every GraphQL error, with a code and the right status, in
 * production and in development alike: never Express's HTML page, a stack trace or a file path.
 */
const supergraphSdl = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');

function startTestGateway(isProduction: boolean): Promise<RunningGateway> {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: isProduction ? 'production' : 'development',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    INTERNAL_TOKEN_SECRET: DEV_SECRETS.INTERNAL_TOKEN_SECRET,
    USER_TOKEN_SECRET: DEV_SECRETS.USER_TOKEN_SECRET,
    // Nothing listens there: no request below reaches a subgraph.
    ...Object.fromEntries(supergraphSubgraphs(supergraphSdl).map(({ name }) => [subgraphUrlVariable(name), 'http://127.0.0.1:9/graphql'])),
  };
  return startGateway({ ...loadGatewayConfig(env), PORT: 0 });
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** Sends raw bytes with exactly these headers (fetch would add or fix some), and reads the answer as text. */
function send(url: string, method: string, headers: Record<string, string>, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type']), text }));
    });
    // The server may answer 413 and close while a big body is still being written: the answer counts.
    req.on('error', reject);
    req.end(body);
  });
}

/** The answer is a GraphQL error body with this code, and carries nothing from the server's insides. */
function expectGraphQLError(answer: Answer, status: number, code: string): string {
  expect({ status: answer.status, contentType: answer.contentType }).toEqual({
    status,
    contentType: expect.stringMatching(/^application\/json/),
  });
  const body = JSON.parse(answer.text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors).toEqual([{ message: expect.any(String), extensions: expect.objectContaining({ code }) }]);
  expect(answer.text).not.toMatch(/\bat \S+ \(|\bat \/|\/work|node_modules|<html|SyntaxError|Error:/i);
  return body.errors[0].message;
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe.each([
  ['production', true],
  ['development', false],
])('the gateway in %s, at the HTTP edge', (_mode, isProduction) => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startTestGateway(isProduction);
  });
  afterAll(() => gateway?.close());

  it('refuses a 10 MB body with 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(10 * 1024 * 1024) } });
    const message = expectGraphQLError(await send(gateway.url, 'POST', JSON_TYPE, body), 413, 'PAYLOAD_TOO_LARGE');
    expect(message).toMatch(/larger than the 1048576 bytes/);
  });

  it('refuses malformed JSON with 400 BAD_REQUEST', async () => {
    const message = expectGraphQLError(await send(gateway.url, 'POST', JSON_TYPE, '{"query": '), 400, 'BAD_REQUEST');
    expect(message).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not an object (a bare string) with 400 BAD_REQUEST', async () => {
    expectGraphQLError(await send(gateway.url, 'POST', JSON_TYPE, '"{ __typename }"'), 400, 'BAD_REQUEST');
  });

  it('refuses a body in another charset with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const answer = await send(gateway.url, 'POST', { 'content-type': 'application/json; charset=latin1' }, '{"query":"{ __typename }"}');
    expectGraphQLError(answer, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses an unknown content encoding with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const answer = await send(gateway.url, 'POST', { ...JSON_TYPE, 'content-encoding': 'snappy' }, '{"query":"{ __typename }"}');
    expectGraphQLError(answer, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('keeps CSRF prevention: a text/plain POST (a form a browser may send cross-site) is refused with 400 BAD_REQUEST', async () => {
    const answer = await send(gateway.url, 'POST', { 'content-type': 'text/plain' }, '{"query":"{ __typename }"}');
    expect(expectGraphQLError(answer, 400, 'BAD_REQUEST')).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a body that is not JSON (application/xml) with 400 BAD_REQUEST, as Apollo Server does', async () => {
    expectGraphQLError(await send(gateway.url, 'POST', { 'content-type': 'application/xml' }, '<query/>'), 400, 'BAD_REQUEST');
  });

  it('refuses a batched array of operations with 400 BAD_REQUEST', async () => {
    const answer = await send(gateway.url, 'POST', JSON_TYPE, '[{"query":"{ __typename }"},{"query":"{ __typename }"}]');
    expect(expectGraphQLError(answer, 400, 'BAD_REQUEST')).toMatch(/batching/i);
  });

  it('answers a wrong method on /graphql with 405 BAD_REQUEST', async () => {
    expectGraphQLError(await send(gateway.url, 'PUT', JSON_TYPE, '{"query":"{ __typename }"}'), 405, 'BAD_REQUEST');
  });

  it('answers an unknown path, or a known one with another method, with 404 NOT_FOUND', async () => {
    const base = gateway.url.replace(/\/graphql$/, '');
    expectGraphQLError(await send(`${base}/graphiql`, 'GET', {}), 404, 'NOT_FOUND');
    expectGraphQLError(await send(`${base}/health`, 'DELETE', {}), 404, 'NOT_FOUND');
  });

  it('keeps an idle connection of its callers open 65 s by default (HTTP_KEEP_ALIVE_TIMEOUT_MS), and says so', async () => {
    const answer = await fetch(gateway.url.replace(/\/graphql$/, '/health'));
    expect(answer.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('still answers a well-formed operation', async () => {
    const answer = await send(gateway.url, 'POST', JSON_TYPE, '{"query":"{ __typename }"}');
    expect({ status: answer.status, body: JSON.parse(answer.text) }).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });
});
