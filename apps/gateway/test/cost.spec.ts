import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '@houqin/demo';
import {
  codes,
  graphqlClient,
  type GraphQLResponse,
  type ServiceProcess,
  startServiceProcess,
  startSubgraphProcesses,
  type SubgraphProcesses,
} from '@houqin/testing';

/**
 * The gateway's query limits, end to end: a real gateway, directory and finance as processes, and a
 * counting proxy in front of each subgraph, so "refused before any subgraph was called" is what the
 * subgraphs' own traffic shows, not what the gateway says. Limits are the defaults (no env overrides).
 */
jest.setTimeout(120000);

/** Forwards every request to `target` and counts them by path. */
interface CountingProxy {
  url: string;
  total(): number;
  byPath: Map<string, number>;
  close(): Promise<void>;
}

async function countingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const byPath = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    byPath.set(path, (byPath.get(path) ?? 0) + 1);
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    byPath,
    total: () => [...byPath.values()].reduce((a, b) => a + b, 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let subgraphs: SubgraphProcesses;
let directory: ServiceProcess;
let finance: ServiceProcess;
let gateway: ServiceProcess;
let directoryProxy: CountingProxy;
let financeProxy: CountingProxy;
let graphqlUrl: string;
let token: string;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  ({ directory, finance } = subgraphs);
  directoryProxy = await countingProxy(directory.baseUrl);
  financeProxy = await countingProxy(finance.baseUrl);
  gateway = await startServiceProcess('gateway', {
    DIRECTORY_URL: `${directoryProxy.url}/graphql`,
    FINANCE_URL: `${financeProxy.url}/graphql`,
    // The viewer is looked up once and kept, so a refused request has no reason to reach the directory at all.
    VIEWER_CACHE_TTL_MS: '600000',
  });
  graphqlUrl = `${gateway.baseUrl}/graphql`;
  const login = await graphqlClient(graphqlUrl).request('mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { username: 'admin', password: DEMO_PASSWORD },
  });
  token = login.data.login.token;
  // One ordinary request first: the viewer is in the gateway's cache from here on.
  const warm = await asAdmin('{ me { username } }');
  expect(warm.errors).toBeUndefined();
});

afterAll(async () => {
  await gateway?.stop();
  await directoryProxy?.close();
  await financeProxy?.close();
  await subgraphs?.stop();
});

function asAdmin(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  return graphqlClient(graphqlUrl, { authorization: `Bearer ${token}` }).request(query, variables);
}

/** Sends the operation and returns the answer and how many requests each subgraph received meanwhile. */
async function sendCounting(query: string, variables?: Record<string, unknown>) {
  const before = { directory: directoryProxy.total(), finance: financeProxy.total() };
  const started = performance.now();
  const response = await asAdmin(query, variables);
  const ms = performance.now() - started;
  return {
    response,
    ms,
    subgraphCalls: { directory: directoryProxy.total() - before.directory, finance: financeProxy.total() - before.finance },
  };
}

/** The trial's fan-out: staff → their purchase requests → each requester → their purchase requests, 100 at each step. */
const fanOut = (alias: string) =>
  `${alias}: staff(first: 100) { nodes { name purchaseRequests(first: 100) { nodes { reason requester { name purchaseRequests(first: 100) { nodes { id reason } } } } } } }`;
const ONE_FAN_OUT = 1 + 100 * (1 + (1 + 100 * (1 + (1 + (1 + 100)))));
const DEFAULT_MAX_COST = 5000;
const DEFAULT_MAX_ALIASES = 30;

function expectRefusedUnsent(sent: Awaited<ReturnType<typeof sendCounting>>, code: string) {
  const { response, subgraphCalls } = sent;
  expect(codes(response)).toEqual([code]);
  expect(response.data).toBeUndefined();
  expect(response.status).toBe(400);
  expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\/work\/|node_modules|at .*\.ts/);
  expect(subgraphCalls).toEqual({ directory: 0, finance: 0 });
}

describe('an operation too costly to run', () => {
  it('the trial’s flood (four aliased fan-outs, within the depth and alias limits) is refused with its estimate, and no subgraph hears of it', async () => {
    const sent = await sendCounting(`{ ${['a', 'b', 'c', 'd'].map(fanOut).join(' ')} }`);
    expectRefusedUnsent(sent, 'COST_ESTIMATED_TOO_EXPENSIVE');
    expect(sent.response.errors![0].extensions!.cost).toEqual({ estimated: 4 * ONE_FAN_OUT, max: DEFAULT_MAX_COST });
    expect(sent.response.errors![0].message).toMatch(`estimated to cost ${4 * ONE_FAN_OUT}, over the limit of ${DEFAULT_MAX_COST}`);
  });

  it('the same flood at the alias maximum (minutes of work in the trial) is refused just the same', async () => {
    const aliases = Array.from({ length: DEFAULT_MAX_ALIASES }, (_, i) => fanOut(`f${i}`));
    const sent = await sendCounting(`{ ${aliases.join(' ')} }`);
    expectRefusedUnsent(sent, 'COST_ESTIMATED_TOO_EXPENSIVE');
    expect(sent.response.errors![0].extensions!.cost).toEqual({ estimated: DEFAULT_MAX_ALIASES * ONE_FAN_OUT, max: DEFAULT_MAX_COST });
  });

  it('a single page of 100 staff with 100 requests each is over the default budget too, with `first` from a variable', async () => {
    const sent = await sendCounting('query($n: Int) { staff(first: $n) { nodes { purchaseRequests(first: $n) { nodes { id } } } } }', {
      n: 100,
    });
    expectRefusedUnsent(sent, 'COST_ESTIMATED_TOO_EXPENSIVE');
    expect(sent.response.errors![0].extensions!.cost.estimated).toBe(1 + 100 * (1 + (1 + 100)));
  });
});

describe('a flood of tokens or aliases', () => {
  it('2,000 aliases of __typename (free by cost) stop at the token limit, before the subgraphs', async () => {
    const typenames = Array.from({ length: 2000 }, (_, i) => `t${i}: __typename`).join(' ');
    const sent = await sendCounting(`{ ${typenames} }`);
    expectRefusedUnsent(sent, 'GRAPHQL_PARSE_FAILED');
    expect(sent.response.errors![0].message).toMatch(/more than? 2000 tokens|more that 2000 tokens/);
  });

  it('aliases of __typename count toward the alias limit (the trial found they did not)', async () => {
    const typenames = Array.from({ length: DEFAULT_MAX_ALIASES + 1 }, (_, i) => `t${i}: __typename`).join(' ');
    const sent = await sendCounting(`{ ${typenames} }`);
    expectRefusedUnsent(sent, 'GRAPHQL_VALIDATION_FAILED');
    expect(sent.response.errors![0].message).toMatch(`Aliases limit of ${DEFAULT_MAX_ALIASES} exceeded, found ${DEFAULT_MAX_ALIASES + 1}`);
  });

  it('a 10,000-token document is refused as a parse failure with a code, no stack trace', async () => {
    const fields = Array.from({ length: 10000 }, () => 'id').join(' ');
    const sent = await sendCounting(`{ me { ${fields} } }`);
    expectRefusedUnsent(sent, 'GRAPHQL_PARSE_FAILED');
  });
});

describe('an ordinary request', () => {
  it('with variables passes, and does reach both subgraphs (the proxies count)', async () => {
    const query = `query Staff($first: Int, $requests: Int) {
      staff(first: $first) { nodes { name school { name } purchaseRequests(first: $requests) { nodes { id status } } } }
    }`;
    const sent = await sendCounting(query, { first: 10, requests: 5 });
    expect(sent.response.errors).toBeUndefined();
    expect(sent.response.data.staff.nodes).toHaveLength(10);
    expect(sent.subgraphCalls.directory).toBeGreaterThan(0);
    expect(sent.subgraphCalls.finance).toBeGreaterThan(0);
    expect(directoryProxy.byPath.get('/graphql')).toBeGreaterThan(0);
  });
});
