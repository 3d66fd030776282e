import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { newId } from '@houqin/common';
import { DEMO_DISTRICT, DEMO_PASSWORD } from '@houqin/demo';
import { EVENT_TOKEN_HEADER, eventDefinition, type EventEnvelope, EVENTS_PATH, signEventToken } from '@houqin/events';
import { REQUEST_ID_ATTRIBUTE } from '@houqin/observability';
import {
  graphqlClient,
  type ServiceProcess,
  startServiceProcess,
  startSubgraphProcesses,
  type SubgraphProcesses,
  TEST_INTERNAL_SECRET,
  testStorage,
  waitFor,
} from '@houqin/testing';

/**
 * What an operator sees: the gateway, the directory and finance run as their own processes (as
 * `npm start` runs them), Prometheus-style scrapes of their `/metrics` after real requests, and the
 * traces they export over OTLP/HTTP to a receiver that stands in for Tempo or Jaeger.
 */
jest.setTimeout(120000);

/** An OTLP/HTTP trace receiver: keeps every span posted (JSON) to /v1/traces, with its service's name. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
type OtlpAttributes = { key: string; value: OtlpValue }[];
const attributesOf = (list: OtlpAttributes = []) =>
  Object.fromEntries(list.map(({ key, value }) => [key, value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue]));

async function startOtlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; server: Server }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces' || !req.headers['content-type']?.startsWith('application/json')) {
        res.writeHead(415).end();
        return;
      }
      const { resourceSpans = [] } = JSON.parse(body) as {
        resourceSpans?: {
          resource?: { attributes?: OtlpAttributes };
          scopeSpans?: { spans?: (ReceivedSpan & { attributes: OtlpAttributes })[] }[];
        }[];
      };
      for (const { resource, scopeSpans = [] } of resourceSpans) {
        const service = String(attributesOf(resource?.attributes)['service.name']);
        for (const { spans: list = [] } of scopeSpans)
          for (const span of list)
            spans.push({ ...span, service, parentSpanId: span.parentSpanId || undefined, attributes: attributesOf(span.attributes) });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, server };
}

const METRICS_TOKEN = 'scrape-token-of-the-observability-test';

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let subgraphs: SubgraphProcesses;
let directory: ServiceProcess;
let finance: ServiceProcess;
let gateway: ServiceProcess;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  // Export within 100 ms of a span ending, so the test waits little for what it expects.
  const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '100' };
  subgraphs = await startSubgraphProcesses({ env: tracing });
  ({ directory, finance } = subgraphs);
  gateway = await startServiceProcess('gateway', {
    ...tracing,
    METRICS_TOKEN,
    DIRECTORY_URL: `${directory.baseUrl}/graphql`,
    FINANCE_URL: `${finance.baseUrl}/graphql`,
    VIEWER_CACHE_TTL_MS: '0',
  });
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
  receiver?.server.close();
});

const graphql = (headers: Record<string, string> = {}) => graphqlClient(`${gateway.baseUrl}/graphql`, headers);

async function signIn(username: string): Promise<string> {
  const r = await graphql().request<{ login: { token: string } }>(
    'mutation SignIn($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username, password: DEMO_PASSWORD } },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.login.token;
}

/** One scrape, as Prometheus does it: the text format, parsed into `name{labels}` → value. */
async function scrape(service: ServiceProcess, headers: Record<string, string> = {}): Promise<Map<string, number>> {
  const response = await fetch(`${service.baseUrl}/metrics`, { headers });
  expect(response.status).toBe(200);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}
const scrapeGateway = () => scrape(gateway, { authorization: `Bearer ${METRICS_TOKEN}` });

/** The value of the sample of `name` whose labels include all of `labels` (undefined when none). */
function valueOf(samples: Map<string, number>, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const [key, value] of samples) if (key.startsWith(`${name}{`) && wanted.every((w) => key.includes(w))) return value;
  return undefined;
}

describe('metrics', () => {
  it("count a user's requests by operation and outcome, with their latency, subgraph fetches and SQL statements", async () => {
    const token = await signIn('accountant');
    const as = graphql({ authorization: `Bearer ${token}` });
    for (let i = 0; i < 3; i++) expect((await as.request('query WhoAmI { me { username } }')).errors).toBeUndefined();
    const missing = await as.request(`query MissingSchool { school(id: "${newId()}") { name } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // A client naming its operations at random cannot grow the label set: an invalid operation keeps no name.
    expect((await as.request('query NoSuchField { noSuchField }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const atGateway = await scrapeGateway();
    const requests = (labels: Record<string, string>) =>
      valueOf(atGateway, 'houqin_graphql_requests_total', { service: 'gateway', ...labels });
    expect(requests({ operation: 'SignIn', outcome: 'ok' })).toBe(1);
    expect(requests({ operation: 'WhoAmI', outcome: 'ok' })).toBe(3);
    expect(requests({ operation: 'MissingSchool', outcome: 'NOT_FOUND' })).toBe(1);
    expect(requests({ operation: 'NoSuchField' })).toBeUndefined();
    expect(requests({ operation: 'unknown', outcome: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    const latency = (suffix: string) =>
      valueOf(atGateway, `houqin_graphql_request_duration_seconds_${suffix}`, { service: 'gateway', operation: 'WhoAmI' });
    expect(latency('count')).toBe(3);
    expect(latency('sum')).toBeGreaterThan(0);
    expect(valueOf(atGateway, 'houqin_graphql_request_duration_seconds_bucket', { operation: 'WhoAmI', le: '+Inf' })).toBe(3);
    // Sign-in, three WhoAmI and MissingSchool each fetched from the directory once.
    expect(
      valueOf(atGateway, 'houqin_subgraph_fetch_duration_seconds_count', { subgraph: 'directory', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(4);
    expect(valueOf(atGateway, 'houqin_subgraph_fetch_duration_seconds_count', { subgraph: 'directory', outcome: 'errors' })).toBe(1);

    // The directory names the operations the gateway sent it (`<operation>__<subgraph>__<n>`) and counts their SQL.
    const atDirectory = await scrape(directory);
    const whoAmI = Object.fromEntries(
      ['count', 'sum'].map((suffix) => [
        suffix,
        valueOf(atDirectory, `houqin_sql_statements_per_request_${suffix}`, { service: 'directory', operation: 'WhoAmI__directory__0' }),
      ]),
    );
    expect(whoAmI.count).toBe(3);
    expect(whoAmI.sum).toBeGreaterThanOrEqual(3);
    expect(valueOf(atDirectory, 'houqin_graphql_requests_total', { operation: 'MissingSchool__directory__0', outcome: 'NOT_FOUND' })).toBe(
      1,
    );
  });

  it('are served with the process metrics, and on the gateway only to the scraper holding METRICS_TOKEN', async () => {
    const refused = await fetch(`${gateway.baseUrl}/metrics`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] });
    for (const samples of [await scrapeGateway(), await scrape(directory), await scrape(finance)]) {
      expect(samples.get('process_resident_memory_bytes')).toBeGreaterThan(10 * 1024 * 1024);
      expect(samples.get('process_cpu_seconds_total')).toBeGreaterThan(0);
      expect(samples.has('nodejs_eventloop_lag_p99_seconds')).toBe(true);
    }
  });

  it("show finance applying the directory's events with their lag, and a parked event as a dead letter", async () => {
    // Seeding the demo district published its schools; finance applied them over internal HTTP.
    await waitFor(
      "finance to have applied the directory's schools",
      async () => (valueOf(await scrape(finance), 'houqin_event_lag_seconds_count', { type: 'directory.school.created' }) ?? 0) > 0,
      30000,
    );
    const before = await scrape(finance);
    expect(valueOf(before, 'houqin_dead_letters', { service: 'finance' })).toBe(0);
    expect(valueOf(before, 'houqin_events_consumed_total', { type: 'directory.school.created', outcome: 'handled' })).toBeGreaterThan(0);
    expect(valueOf(await scrape(directory), 'houqin_outbox_pending', { service: 'directory' })).toBeGreaterThanOrEqual(0);

    // An event whose payload the catalogue refuses is parked at once.
    const event: EventEnvelope = {
      id: newId(),
      type: 'directory.school.created',
      version: eventDefinition('directory.school.created')!.version,
      occurredAt: new Date().toISOString(),
      districtId: DEMO_DISTRICT.id,
      schoolId: null,
      actor: null,
      requestId: 'observability-dead-letter',
      payload: { name: 'no id, no code' },
    };
    const delivered = await fetch(`${finance.baseUrl}${EVENTS_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [EVENT_TOKEN_HEADER]: await signEventToken(event, 'finance', TEST_INTERNAL_SECRET) },
      body: JSON.stringify(event),
    });
    expect(delivered.ok).toBe(true);
    const after = await scrape(finance);
    expect(valueOf(after, 'houqin_dead_letters', { service: 'finance' })).toBe(1);
    expect(valueOf(after, 'houqin_events_consumed_total', { type: 'directory.school.created', outcome: 'parked' })).toBe(1);
  });
});

describe('traces', () => {
  it('follow one request from the gateway through each subgraph to its SQL, every span carrying the request id', async () => {
    const token = await signIn('accountant');
    const requestId = `trace-${newId()}`;
    const r = await graphql({ authorization: `Bearer ${token}`, 'x-request-id': requestId }).request(
      'query Traced { me { username } budgetCategories { code } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.headers.get('x-request-id')).toBe(requestId);

    const tagged = () => receiver.spans.filter((span) => span.attributes[REQUEST_ID_ATTRIBUTE] === requestId);
    // mysql2's instrumentation on MariaDB, the kit's own span around sql.js on the embedded database.
    const database = testStorage().kind === 'mysql' ? 'mysql' : 'sqlite';
    const sqlSpan = (span: ReceivedSpan) => span.attributes['db.system'] === database || span.attributes['db.system.name'] === database;
    await waitFor(
      'the spans of the request from the gateway, the directory and finance',
      () => {
        const spans = tagged();
        // The gateway's server span ends last (after the response), so it is exported last.
        if (!spans.some((s) => s.service === 'gateway' && s.kind === 2 && !s.parentSpanId)) return false;
        return ['directory', 'finance'].every(
          (service) => spans.some((s) => s.service === service && s.kind === 2) && spans.some((s) => s.service === service && sqlSpan(s)),
        );
      },
      20000,
    );

    const spans = tagged();
    const traceIds = new Set(spans.map((span) => span.traceId));
    expect(traceIds.size).toBe(1);
    const [traceId] = traceIds;
    // Every span of the trace, in every service, carries the request id.
    const trace = receiver.spans.filter((span) => span.traceId === traceId);
    expect(trace.filter((span) => span.attributes[REQUEST_ID_ATTRIBUTE] !== requestId).map((s) => `${s.service}: ${s.name}`)).toEqual([]);

    // The gateway's server span is the root; each subgraph's server span is a child of a gateway span.
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const roots = trace.filter((span) => !span.parentSpanId);
    expect(roots.map((span) => [span.service, span.kind])).toEqual([['gateway', 2]]);
    for (const service of ['directory', 'finance']) {
      const servers = trace.filter(
        (span) => span.service === service && span.kind === 2 && byId.get(span.parentSpanId!)?.service === 'gateway',
      );
      expect(servers.length).toBeGreaterThanOrEqual(1);
    }
    expect(trace.some((span) => span.service === 'gateway' && span.name.startsWith('gateway.'))).toBe(true);
    // Each subgraph's SQL spans hang under its own spans.
    for (const service of ['directory', 'finance']) {
      const statements = trace.filter((span) => span.service === service && sqlSpan(span));
      expect(statements.length).toBeGreaterThanOrEqual(1);
      for (const statement of statements) expect(byId.get(statement.parentSpanId!)?.service).toBe(service);
    }
  });
});
