import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Agent } from 'undici';
import { DEV_SECRETS } from '@houqin/common';
import { codes, graphqlClient } from '@houqin/testing';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, subgraphUrlVariable, supergraphSubgraphs } from '../src/config';
import { type RunningGateway, startGateway } from '../src/gateway';
import {
  isConnectionReset,
  operationKind,
  shouldRetry,
  subgraphFetch,
  subgraphTimeouts,
  subgraphTimeoutVariable,
} from '../src/subgraph-client';

const supergraphSdl = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');

describe('the retry decision', () => {
  const body = (query: string) => JSON.stringify({ query, variables: {} });
  const reset = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
  const attempt = { error: reset, method: 'POST', attempts: 1, responseStarted: false, timedOut: false };

  it("reads an operation's kind from the request body", () => {
    expect(operationKind(body('query Op__directory__0{me{username}}'))).toBe('query');
    expect(operationKind(body('{ me { username } }'))).toBe('query');
    expect(
      operationKind(body('  # the viewer\n , query($representations:[_Any!]!){_entities(representations:$representations){__typename}}')),
    ).toBe('query');
    expect(operationKind(body('mutation Op__directory__0{login(input:$input){token}}'))).toBe('mutation');
    expect(operationKind(body('subscription { changes }'))).toBe('subscription');
    // Unreadable: treated as a mutation.
    expect(operationKind(body('fragment F on Query { me { id } } query { ...F }'))).toBe('unknown');
    expect(operationKind('{"accountId":"a1"}')).toBe('unknown');
    expect(operationKind('not json')).toBe('unknown');
    expect(operationKind(undefined)).toBe('unknown');
  });

  it('knows a connection closed under the request, also when fetch wraps it', () => {
    expect(isConnectionReset(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isConnectionReset(new Error('socket hang up'))).toBe(true);
    expect(isConnectionReset(new TypeError('fetch failed', { cause: reset }))).toBe(true);
    expect(isConnectionReset(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(isConnectionReset(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe(false);
    expect(isConnectionReset(undefined)).toBe(false);
  });

  it('retries a reset query once, before any answer, and nothing else', () => {
    const query = body('{ me { username } }');
    expect(shouldRetry({ ...attempt, body: query })).toBe(true);
    expect(shouldRetry({ ...attempt, body: query, attempts: 2 })).toBe(false);
    expect(shouldRetry({ ...attempt, body: query, responseStarted: true })).toBe(false);
    expect(shouldRetry({ ...attempt, body: query, timedOut: true })).toBe(false);
    expect(shouldRetry({ ...attempt, body: query, error: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) })).toBe(false);
    expect(shouldRetry({ ...attempt, body: body('mutation { login(input: {}) { token } }') })).toBe(false);
    expect(shouldRetry({ ...attempt, body: '{"accountId":"a1"}' })).toBe(false);
    expect(shouldRetry({ ...attempt, method: 'GET', body: undefined })).toBe(true);
  });

  it("gives each subgraph SUBGRAPH_TIMEOUT_MS, or its own <NAME>_TIMEOUT_MS, read from the gateway's environment", () => {
    expect(subgraphTimeoutVariable('finance')).toBe('FINANCE_TIMEOUT_MS');
    expect(
      subgraphTimeouts({ SUBGRAPH_TIMEOUT_MS: 8000, FINANCE_TIMEOUT_MS: 30000, DIRECTORY_TIMEOUT_MS: 0 }, ['directory', 'finance']),
    ).toEqual({
      directory: 8000,
      finance: 30000,
    });
    const env = {
      NODE_ENV: 'test',
      SUBGRAPH_TIMEOUT_MS: '4000',
      FINANCE_TIMEOUT_MS: '20000',
      CANTEEN_TIMEOUT_MS: '12000',
      ...Object.fromEntries(
        supergraphSubgraphs(supergraphSdl).map(({ name }) => [subgraphUrlVariable(name), `http://${name}.internal:9/graphql`]),
      ),
    };
    // Every subgraph of the supergraph, the canteen among them, gets its URL and its deadline.
    expect(supergraphSubgraphs(supergraphSdl).map(({ name }) => name)).toEqual(['canteen', 'directory', 'facilities', 'finance', 'safety']);
    const config = loadGatewayConfig(env);
    expect(config.subgraphTimeoutsMs).toEqual({ canteen: 12000, directory: 4000, facilities: 4000, finance: 20000, safety: 4000 });
    expect(config.subgraphUrls).toEqual({
      canteen: 'http://canteen.internal:9/graphql',
      directory: 'http://directory.internal:9/graphql',
      facilities: 'http://facilities.internal:9/graphql',
      finance: 'http://finance.internal:9/graphql',
      safety: 'http://safety.internal:9/graphql',
    });
  });
});

/**
 * A subgraph stand-in on real HTTP that answers GraphQL JSON and can play the server that closed a
 * kept-alive connection just as the client reused it: it destroys a connection, unanswered, when a
 * second request arrives on it. It can also never answer (a stuck subgraph).
 */
class FlakySubgraph {
  readonly server: Server;
  /** Each request received: its body and the connection it came on. */
  readonly received: { body: string; socket: number }[] = [];
  closeReusedConnections = false;
  stuck = false;
  private readonly sockets = new Map<Socket, { id: number; served: number }>();

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => this.sockets.set(socket, { id: this.sockets.size + 1, served: 0 }));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const socket = this.sockets.get(req.socket)!;
    this.received.push({ body, socket: socket.id });
    if (this.stuck) return;
    if (this.closeReusedConnections && socket.served > 0) {
      req.socket.destroy();
      return;
    }
    socket.served++;
    const data = body.includes('login')
      ? { login: { token: 't0k3n', expiresAt: '2026-12-02T12:00:00.000Z' } }
      : { me: { username: 'ada' } };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data }));
  }
}

describe('the subgraph client against a server that closes a reused kept-alive connection', () => {
  let subgraph: FlakySubgraph;
  let url: string;
  // One connection, so the second request surely goes on the kept-alive one (a pool may open another
  // when a request follows an answer in the same turn of the event loop).
  let oneConnection: Agent;
  beforeEach(async () => {
    subgraph = new FlakySubgraph();
    url = await subgraph.start();
    oneConnection = new Agent({ connections: 1, keepAliveTimeout: 60000, keepAliveMaxTimeout: 60000 });
  });
  afterEach(async () => {
    await oneConnection.close();
    await subgraph.stop();
  });

  const post = (query: string) =>
    subgraphFetch(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) },
      { subgraph: 'directory', dispatcher: oneConnection },
    );

  it('answers a query whose reused connection was closed, by trying it once more on a new connection', async () => {
    expect(await (await post('{ me { username } }')).json()).toEqual({ data: { me: { username: 'ada' } } });
    subgraph.closeReusedConnections = true;
    const response = await post('query Op__directory__0 { me { username } }');
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { data: { me: { username: 'ada' } } } });
    // Sent on the kept-alive connection (closed unanswered), then once more on a new one.
    expect(subgraph.received.map((r) => r.socket)).toEqual([1, 1, 2]);
  });

  it('does not send a mutation twice: the closed connection answers a clear SUBGRAPH_UNAVAILABLE error', async () => {
    await post('mutation { login(input: { username: "ada", password: "x" }) { token } }');
    subgraph.closeReusedConnections = true;
    const failure = await post('mutation Op__directory__0 { login(input: { username: "ada", password: "x" }) { token } }').catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({
      message: expect.stringMatching(/^The directory service closed the connection before answering\. A mutation is not retried/),
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'directory' },
    });
    expect(subgraph.received.map((r) => r.socket)).toEqual([1, 1]);
  });

  it('answers SUBGRAPH_TIMEOUT when the subgraph does not answer within its deadline', async () => {
    subgraph.stuck = true;
    const started = Date.now();
    const failure = await subgraphFetch(
      url,
      { method: 'POST', body: '{"query":"{ me { username } }"}' },
      { subgraph: 'finance', timeoutMs: 300 },
    ).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      message: 'The finance service did not answer within 300 ms.',
      extensions: { code: 'SUBGRAPH_TIMEOUT', service: 'finance', timeoutMs: 300 },
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the gateway, through its subgraph client', () => {
  let directory: FlakySubgraph;
  let gateway: RunningGateway;
  beforeAll(async () => {
    directory = new FlakySubgraph();
    const directoryUrl = await directory.start();
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      INTERNAL_TOKEN_SECRET: DEV_SECRETS.INTERNAL_TOKEN_SECRET,
      USER_TOKEN_SECRET: DEV_SECRETS.USER_TOKEN_SECRET,
      ...Object.fromEntries(
        supergraphSubgraphs(supergraphSdl).map(({ name }) => [subgraphUrlVariable(name), 'http://127.0.0.1:9/graphql']),
      ),
      DIRECTORY_URL: directoryUrl,
      DIRECTORY_TIMEOUT_MS: '500',
    };
    gateway = await startGateway({ ...loadGatewayConfig(env), PORT: 0 });
  });
  afterAll(async () => {
    await gateway?.close();
    await directory?.stop();
  });
  beforeEach(() => {
    directory.closeReusedConnections = false;
    directory.stuck = false;
  });

  it('answers a query although the directory closed the connection the gateway reused', async () => {
    const client = graphqlClient(gateway.url);
    expect((await client.request('{ me { username } }')).data).toEqual({ me: { username: 'ada' } });
    directory.closeReusedConnections = true;
    const before = directory.received.length;
    const r = await client.request('{ me { username } }');
    expect({ data: r.data, errors: r.errors }).toEqual({ data: { me: { username: 'ada' } }, errors: undefined });
    expect(directory.received.length - before).toBe(2);
  });

  it('tells the caller a sign-in was not retried, with SUBGRAPH_UNAVAILABLE, when its connection was closed', async () => {
    const client = graphqlClient(gateway.url);
    const login = 'mutation { login(input: { username: "ada", password: "x" }) { token } }';
    directory.closeReusedConnections = false;
    // A fresh connection answers; the next sign-in reuses it and the directory closes it.
    expect((await client.request(login)).data).toEqual({ login: { token: 't0k3n' } });
    directory.closeReusedConnections = true;
    const before = directory.received.length;
    const r = await client.request(login);
    expect(codes(r)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(r.errors?.[0].message).toMatch(/closed the connection before answering\. A mutation is not retried/);
    expect(JSON.stringify(r.errors)).not.toMatch(/127\.0\.0\.1|UND_ERR|stack/i);
    expect(directory.received.length - before).toBe(1);
  });

  it("answers SUBGRAPH_TIMEOUT after the directory's own deadline (DIRECTORY_TIMEOUT_MS=500)", async () => {
    directory.stuck = true;
    const r = await graphqlClient(gateway.url).request('{ me { username } }');
    expect(codes(r)).toEqual(['SUBGRAPH_TIMEOUT']);
    expect(r.errors?.[0].message).toBe('The directory service did not answer within 500 ms.');
  });
});
