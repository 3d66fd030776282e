import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@houqin/demo';
import {
  graphqlClient,
  REPO_ROOT,
  type ServiceProcess,
  startServiceProcess,
  startSubgraphProcesses,
  waitFor,
  type SubgraphProcesses,
} from '@houqin/testing';

/**
 * Nothing leaves unasked (docs/operations.md): the gateway, run as its own process as `npm start`
 * runs it, opens connections to its configured subgraphs and to nothing else (no usage reports, no
 * telemetry, no cloud metadata probes), also when an APOLLO_KEY is in its environment. A preload
 * records every outbound connection, UDP send and DNS query the process makes.
 */
jest.setTimeout(180000);

const RECORDER = join(__dirname, 'support', 'record-connections.js');
// Production refuses the development secrets; the directory and finance get the same ones.
const SECRETS = {
  INTERNAL_TOKEN_SECRET: 'egress-test-internal-token-secret-0123456789',
  USER_TOKEN_SECRET: 'egress-test-user-token-secret-0123456789abcd',
};

interface Recorded {
  kind: 'connect' | 'udp' | 'dns';
  host?: string;
  port?: number;
  path?: string;
  hostname?: string;
  call?: string;
}

const recorded = (file: string): Recorded[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Recorded)
    : [];

/** What was reached, as `host:port` (a DNS query as `dns:<name>`). */
const destinations = (entries: Recorded[]) =>
  [
    ...new Set(entries.map((e) => (e.kind === 'dns' ? `dns:${e.hostname}` : e.path ? `unix:${e.path}` : `${e.kind}:${e.host}:${e.port}`))),
  ].sort();

let folder: string;
let subgraphs: SubgraphProcesses;
let directory: ServiceProcess;
let finance: ServiceProcess;
let canteen: ServiceProcess;
let facilities: ServiceProcess;
let safety: ServiceProcess;
let allowed: string[];
let subgraphConnections: string[];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'houqin-egress-'));
  // Every subgraph of the supergraph: a production gateway refuses to start without each one's URL.
  subgraphs = await startSubgraphProcesses({ env: SECRETS, canteen: true, facilities: true, safety: true });
  ({ directory, finance } = subgraphs);
  canteen = subgraphs.canteen!;
  facilities = subgraphs.facilities!;
  safety = subgraphs.safety!;
  subgraphConnections = [directory, finance, canteen, facilities, safety].map((service) => `connect:127.0.0.1:${service.port}`);
  // Looking up the subgraphs' own host is allowed (for an IP address it asks no server).
  allowed = [...subgraphConnections, 'dns:127.0.0.1'];
});

afterAll(async () => {
  await subgraphs?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Runs a gateway process under the recorder through start, /ready, a sign-in, queries and a clean stop; returns what it reached. */
async function runRecordedGateway(name: string, extraEnv: Record<string, string>): Promise<{ reached: string[]; output: string }> {
  const file = join(folder, `${name}.jsonl`);
  const gateway = await startServiceProcess('gateway', {
    NODE_ENV: 'production',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${RECORDER}`.trim(),
    HOUQIN_RECORD_CONNECTIONS: file,
    ...SECRETS,
    DIRECTORY_URL: `${directory.baseUrl}/graphql`,
    FINANCE_URL: `${finance.baseUrl}/graphql`,
    CANTEEN_URL: `${canteen.baseUrl}/graphql`,
    FACILITIES_URL: `${facilities.baseUrl}/graphql`,
    SAFETY_URL: `${safety.baseUrl}/graphql`,
    VIEWER_CACHE_TTL_MS: '0',
    // The destinations an operator may configure stay unconfigured here, whatever the test runner's environment holds.
    NATS_URL: '',
    OTEL_EXPORTER_OTLP_ENDPOINT: '',
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: '',
    ...extraEnv,
  });
  let output = '';
  try {
    const url = `${gateway.baseUrl}/graphql`;
    expect((await fetch(`${gateway.baseUrl}/ready`)).status).toBe(200);
    const login = await graphqlClient(url).request('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: 'accountant', password: DEMO_PASSWORD },
    });
    expect(login.errors).toBeUndefined();
    const signedIn = graphqlClient(url, { authorization: `Bearer ${login.data.login.token}` });
    const me = await signedIn.request('{ me { username } }');
    expect(me.data).toEqual({ me: { username: 'accountant' } });
    // Directory then finance: both subgraphs reached in one operation.
    const both = await signedIn.request('{ staff(first: 5) { nodes { name purchaseRequests(first: 5) { nodes { id } } } } }');
    expect(both.errors).toBeUndefined();
    expect((await fetch(`${gateway.baseUrl}/nowhere`)).status).toBe(404);
  } finally {
    output = gateway.output();
    // A clean stop, as `docker stop` does: what reports usage or metrics flushes it now.
    await gateway.stop();
  }
  return { reached: destinations(recorded(file)), output };
}

describe('the gateway opens connections to its configured subgraphs and nowhere else', () => {
  it('the recorder sees what an unconfigured @apollo/gateway sends: cloud metadata probes at construction', async () => {
    // The check below is only worth something if the recorder would see a leak: @apollo/gateway
    // without APOLLO_TELEMETRY_DISABLED probes the cloud metadata endpoints as soon as it is built.
    const file = join(folder, 'unconfigured.jsonl');
    const script = `new (require('@apollo/gateway').ApolloGateway)({ supergraphSdl: require('fs').readFileSync('apps/gateway/supergraph.graphql', 'utf8') }); setInterval(() => {}, 1000);`;
    const env: NodeJS.ProcessEnv = { ...process.env, HOUQIN_RECORD_CONNECTIONS: file };
    delete env.APOLLO_TELEMETRY_DISABLED;
    const child = spawn(process.execPath, ['--require', RECORDER, '-e', script], { cwd: REPO_ROOT, env, stdio: 'ignore' });
    try {
      await waitFor('a metadata probe', () => destinations(recorded(file)).some((d) => d.includes('169.254.169.254')), 30000);
    } finally {
      child.kill('SIGKILL');
    }
    expect(destinations(recorded(file))).toEqual(expect.arrayContaining(['connect:169.254.169.254:80']));
  });

  it('in production, through start, sign-in, queries and stop', async () => {
    const { reached, output } = await runRecordedGateway('plain', {});
    // Both subgraphs were reached (the recorder is live in the gateway), and nothing else was.
    expect(reached).toEqual(expect.arrayContaining(subgraphConnections));
    expect({
      elsewhere: reached.filter((d) => !allowed.includes(d)),
      output: reached.every((d) => allowed.includes(d)) ? '' : output.slice(-2000),
    }).toEqual({
      elsewhere: [],
      output: '',
    });
  });

  it('with an APOLLO_KEY, a graph ref and schema reporting asked for in its environment, still nowhere else', async () => {
    const { reached } = await runRecordedGateway('apollo-key', {
      APOLLO_KEY: 'service:houqin-egress-test:not-a-real-key',
      APOLLO_GRAPH_REF: 'houqin-egress-test@current',
      APOLLO_SCHEMA_REPORTING: 'true',
      APOLLO_TELEMETRY_DISABLED: 'false',
    });
    expect(reached).toEqual(expect.arrayContaining(subgraphConnections));
    expect(reached.filter((d) => !allowed.includes(d))).toEqual([]);
  });
});
