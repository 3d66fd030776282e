import { freePort } from '@houqin/testing';
import {
  metricsRegistry,
  OperationLabels,
  outcomeOf,
  recordEventConsumed,
  reportEventBacklog,
  serveMetrics,
  timeSubgraphFetches,
} from '../src';

/** The value of one sample of the registry, e.g. sample('houqin_subgraph_fetch_duration_seconds_count', { subgraph: 'x' }). */
async function sample(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const text = await metricsRegistry.metrics();
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : undefined;
}

describe('the operation label', () => {
  it('names only operations that resolved, and stops naming new ones past the limit', () => {
    const labels = new OperationLabels(2);
    expect(labels.label(false, 'Whatever')).toBe('unknown');
    expect(labels.label(true, null)).toBe('anonymous');
    expect(labels.label(true, 'Me')).toBe('Me');
    expect(labels.label(true, 'x'.repeat(65))).toBe('other');
    expect(labels.label(true, 'Schools')).toBe('Schools');
    // A hostile client inventing names: the third distinct name and beyond are one label.
    expect(labels.label(true, 'Flood1')).toBe('other');
    expect(labels.label(true, 'Flood2')).toBe('other');
    expect(labels.label(true, 'Me')).toBe('Me');
  });
});

describe('the outcome label', () => {
  it('is ok, the first error code, or INTERNAL for a missing or odd code', () => {
    expect(outcomeOf(undefined)).toBe('ok');
    expect(outcomeOf([])).toBe('ok');
    expect(outcomeOf([{ extensions: { code: 'FORBIDDEN' } }, { extensions: { code: 'NOT_FOUND' } }])).toBe('FORBIDDEN');
    expect(outcomeOf([{ extensions: {} }])).toBe('INTERNAL');
    expect(outcomeOf([{ extensions: { code: 'rm -rf "/"' } }])).toBe('INTERNAL');
  });
});

describe("the gateway's subgraph fetch timing", () => {
  it('observes each fetch by subgraph and outcome, and passes answers and failures through', async () => {
    let fail = false;
    const source = timeSubgraphFetches('timing-test', {
      process: async (_options: never): Promise<{ data: { ok: boolean }; errors?: unknown[] }> => {
        if (fail) throw new Error('socket hang up');
        return { data: { ok: true } };
      },
    });
    await expect(source.process(undefined as never)).resolves.toEqual({ data: { ok: true } });
    await expect(source.process(undefined as never)).resolves.toEqual({ data: { ok: true } });
    fail = true;
    await expect(source.process(undefined as never)).rejects.toThrow('socket hang up');
    expect(await sample('houqin_subgraph_fetch_duration_seconds_count', { subgraph: 'timing-test', outcome: 'ok' })).toBe(2);
    expect(await sample('houqin_subgraph_fetch_duration_seconds_count', { subgraph: 'timing-test', outcome: 'failed' })).toBe(1);
  });
});

describe('event metrics', () => {
  it('count deliveries by outcome, observe the lag of applied ones, and read the backlog at scrape time', async () => {
    recordEventConsumed('metrics-test', 'directory.staff.created', 'handled', 1500);
    recordEventConsumed('metrics-test', 'directory.staff.created', 'duplicate');
    recordEventConsumed('metrics-test', undefined, 'unreadable');
    expect(await sample('houqin_event_lag_seconds_count', { service: 'metrics-test', type: 'directory.staff.created' })).toBe(1);
    expect(await sample('houqin_event_lag_seconds_sum', { service: 'metrics-test', type: 'directory.staff.created' })).toBe(1.5);
    expect(await sample('houqin_events_consumed_total', { service: 'metrics-test', outcome: 'duplicate' })).toBe(1);
    expect(await sample('houqin_events_consumed_total', { service: 'metrics-test', type: 'unreadable' })).toBe(1);

    let deadLetters = 3;
    const stop = reportEventBacklog('metrics-test', async () => ({ deadLetters }));
    expect(await sample('houqin_dead_letters', { service: 'metrics-test' })).toBe(3);
    stop();
    deadLetters = 4;
    expect(await sample('houqin_dead_letters', { service: 'metrics-test' })).toBeUndefined();
  });
});

describe('/metrics', () => {
  const routes = () => {
    const mounted: string[] = [];
    return { mounted, app: { get: (path: string) => mounted.push(path) } };
  };

  it('on its own port, behind a token, serves the registry with the process metrics', async () => {
    const { app, mounted } = routes();
    const endpoint = await serveMetrics({ app, host: '127.0.0.1', METRICS_PORT: await freePort(), METRICS_TOKEN: 'scrape-secret' });
    try {
      expect(mounted).toEqual([]);
      const refused = await fetch(endpoint.url!);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] });
      expect((await fetch(endpoint.url!, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      const scraped = await fetch(endpoint.url!, { headers: { authorization: 'Bearer scrape-secret' } });
      expect(scraped.status).toBe(200);
      expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await scraped.text();
      expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
      expect((await fetch(endpoint.url!.replace('/metrics', '/graphql'))).status).toBe(404);
    } finally {
      await endpoint.close();
    }
  });

  it("is not served on a public port in production without a token, and is on the service's port otherwise", async () => {
    const warnings: string[] = [];
    const production = routes();
    const none = await serveMetrics({
      app: production.app,
      host: '127.0.0.1',
      publicPort: true,
      isProduction: true,
      logger: { warn: (m) => warnings.push(m) },
    });
    expect(none.url).toBeNull();
    expect(production.mounted).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('METRICS_TOKEN')]);

    const withToken = routes();
    await serveMetrics({ app: withToken.app, host: '127.0.0.1', publicPort: true, isProduction: true, METRICS_TOKEN: 't' });
    expect(withToken.mounted).toEqual(['/metrics']);
    const internal = routes();
    await serveMetrics({ app: internal.app, host: '127.0.0.1', isProduction: true });
    expect(internal.mounted).toEqual(['/metrics']);
  });
});
