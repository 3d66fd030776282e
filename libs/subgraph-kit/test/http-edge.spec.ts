import { request as httpRequest } from 'node:http';
import { Query, Resolver } from 'type-graphql';
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@houqin/auth';
import { startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@houqin/testing';
import type { AnySubgraphDefinition } from '../src';

/**
 * Every subgraph answers bad HTTP (too big, not JSON, a wrong path, a route that fails) in the JSON
 * shape of a GraphQL error with a code and the right status, never Express's HTML page or a stack.
 */
@Resolver()
class PingResolver {
  @Query(() => String, { description: 'Is it up?' })
  ping(): string {
    return 'pong';
  }
}

const edgeSubgraph: AnySubgraphDefinition = {
  name: 'edge',
  defaultPort: 0,
  resolvers: [PingResolver],
  entities: [],
  migrations: [],
  createContext: (base) => base,
  routes(router) {
    // A route whose code fails unexpectedly, naming a file as real errors do.
    router.get('/internal/broken', () => {
      throw new Error('ENOENT: no such file /work/main/data/secret.sqlite');
    });
    router.get('/internal/broken-later', async () => {
      await Promise.resolve();
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    });
  },
};

interface Answer {
  status: number;
  contentType: string;
  cacheControl?: string;
  text: string;
}

function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type']),
          cacheControl: res.headers['cache-control'],
          text,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

function expectGraphQLError(answer: Answer, status: number, code: string): string {
  expect({ status: answer.status, contentType: answer.contentType }).toEqual({
    status,
    contentType: expect.stringMatching(/^application\/json/),
  });
  const body = JSON.parse(answer.text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors).toEqual([{ message: expect.any(String), extensions: expect.objectContaining({ code }) }]);
  expect(answer.text).not.toMatch(/\bat \S+ \(|\bat \/|\/work|node_modules|<html|SyntaxError|Error:|ENOENT|sqlite/i);
  return body.errors[0].message;
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('a subgraph at the HTTP edge', () => {
  let subgraph: TestSubgraph;
  let base: string;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(edgeSubgraph, { seed: false });
    base = subgraph.url.replace(/\/graphql$/, '');
  });
  afterAll(() => subgraph?.stop());

  it('refuses a 10 MB body with 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: '{ ping }', variables: { padding: 'x'.repeat(10 * 1024 * 1024) } });
    expectGraphQLError(await send(subgraph.url, 'POST', JSON_TYPE, body), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON with 400 BAD_REQUEST', async () => {
    expectGraphQLError(await send(subgraph.url, 'POST', JSON_TYPE, '{"query": '), 400, 'BAD_REQUEST');
  });

  it('refuses a body in another charset with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const answer = await send(subgraph.url, 'POST', { 'content-type': 'application/json; charset=latin1' }, '{"query":"{ ping }"}');
    expectGraphQLError(answer, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a caller without the gateway token with 401 UNAUTHENTICATED, JSON too', async () => {
    expectGraphQLError(await send(subgraph.url, 'POST', JSON_TYPE, '{"query":"{ ping }"}'), 401, 'UNAUTHENTICATED');
  });

  it('refuses a batched array from the gateway with 400 BAD_REQUEST', async () => {
    const r = await subgraph.as(null).request('{ ping }');
    expect(r.data).toEqual({ ping: 'pong' });
    // The same operation, batched, with the token the gateway would send.
    const token = await signGatewayToken({ viewer: null, requestId: 'batch' }, TEST_INTERNAL_SECRET);
    const answer = await send(subgraph.url, 'POST', { ...JSON_TYPE, [GATEWAY_TOKEN_HEADER]: token }, '[{"query":"{ ping }"}]');
    expect(expectGraphQLError(answer, 400, 'BAD_REQUEST')).toMatch(/batching/i);
  });

  it('tells caches not to keep any GraphQL answer (cache-control: no-store), an error or a result', async () => {
    const token = await signGatewayToken({ viewer: null, requestId: 'no-store' }, TEST_INTERNAL_SECRET);
    const headers = { ...JSON_TYPE, [GATEWAY_TOKEN_HEADER]: token };
    const ok = await send(subgraph.url, 'POST', headers, '{"query":"{ ping }"}');
    expect({ status: ok.status, cacheControl: ok.cacheControl, body: JSON.parse(ok.text) }).toEqual({
      status: 200,
      cacheControl: 'no-store',
      body: { data: { ping: 'pong' } },
    });
    const failed = await send(subgraph.url, 'POST', headers, '{"query":"{ nothing }"}');
    expect({ status: failed.status, cacheControl: failed.cacheControl }).toEqual({ status: 400, cacheControl: 'no-store' });
  });

  it("keeps an idle connection open 65 s by default, longer than the gateway's client keeps it (60 s), and says so", async () => {
    const answer = await fetch(`${base}/health`);
    expect(answer.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('answers an unknown path with 404 NOT_FOUND', async () => {
    expectGraphQLError(await send(`${base}/nothing-here`, 'GET', {}), 404, 'NOT_FOUND');
    expectGraphQLError(await send(`${base}/ready`, 'POST', JSON_TYPE, '{}'), 404, 'NOT_FOUND');
  });

  it('answers a route that throws, at once or after an await, with 500 INTERNAL and no detail', async () => {
    expect(expectGraphQLError(await send(`${base}/internal/broken`, 'GET', {}), 500, 'INTERNAL')).toMatch(/request id/);
    expectGraphQLError(await send(`${base}/internal/broken-later`, 'GET', {}), 500, 'INTERNAL');
  });
});
