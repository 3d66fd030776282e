import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '@houqin/demo';
import { createTestDatabase, graphqlClient, type ServiceProcess, startServiceProcess, waitFor } from '@houqin/testing';

/**
 * What tracing costs (docs/operations.md#traces): CPU milliseconds per request of the gateway and the
 * directory with OpenTelemetry off and on, in paired runs (the order reversed in the second round).
 *
 *   HOUQIN_TEST_MYSQL_URL=mysql://root@127.0.0.1:3306 node -r @swc-node/register tools/bench/tracing.ts
 *
 * Both services run as `npm start` runs them, on a fresh database (MariaDB with HOUQIN_TEST_MYSQL_URL,
 * else embedded); with tracing on they export every span to a local OTLP/HTTP sink that only counts
 * bytes. CPU comes from each service's own `process_cpu_seconds_total` (its /metrics) before and
 * after REQUESTS signed-in `{ me { username } }` requests, CONCURRENCY at a time.
 */
const REQUESTS = 1500;
const WARM_UP = 300;
const CONCURRENCY = 8;

async function cpuSeconds(service: ServiceProcess): Promise<number> {
  const text = await (await fetch(`${service.baseUrl}/metrics`)).text();
  return Number(/^process_cpu_seconds_total (\S+)/m.exec(text)?.[1]);
}

async function main() {
  let receivedBytes = 0;
  const sink = createServer((req, res) => {
    req.on('data', (chunk: Buffer) => (receivedBytes += chunk.length));
    req.on('end', () => res.end('{}'));
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
  const database = await createTestDatabase('directory');
  try {
    for (const [round, order] of [
      [1, [false, true]],
      [2, [true, false]],
    ] as const) {
      for (const tracing of order) {
        const env: Record<string, string> = tracing ? { OTEL_EXPORTER_OTLP_ENDPOINT: sinkUrl } : {};
        const directory = await startServiceProcess('directory', {
          ...env,
          DATABASE_URL: database.databaseUrl,
          DATA_DIR: database.dataDir,
          SEED_DEMO: 'true',
          PASSWORD_HASH_COST: '4',
          NATS_URL: '',
          LOG_LEVEL: 'warn',
        });
        const gateway = await startServiceProcess('gateway', {
          ...env,
          DIRECTORY_URL: `${directory.baseUrl}/graphql`,
          FINANCE_URL: 'http://127.0.0.1:9/graphql',
          VIEWER_CACHE_TTL_MS: '60000',
          LOG_LEVEL: 'warn',
        });
        try {
          await waitFor(
            'the directory to be ready',
            () =>
              fetch(`${directory.baseUrl}/ready`).then(
                (r) => r.ok,
                () => false,
              ),
            30000,
          );
          const login = await graphqlClient(`${gateway.baseUrl}/graphql`).request<{ login: { token: string } }>(
            'mutation($input: LoginInput!) { login(input: $input) { token } }',
            { input: { username: 'accountant', password: DEMO_PASSWORD } },
          );
          const as = graphqlClient(`${gateway.baseUrl}/graphql`, { authorization: `Bearer ${login.data!.login.token}` });
          const run = async (requests: number) => {
            let started = 0;
            await Promise.all(
              Array.from({ length: CONCURRENCY }, async () => {
                while (started++ < requests) {
                  const r = await as.request('query Me { me { username } }');
                  if (r.errors) throw new Error(JSON.stringify(r.errors));
                }
              }),
            );
          };
          await run(WARM_UP);
          const before = [await cpuSeconds(gateway), await cpuSeconds(directory)];
          const startedAt = Date.now();
          await run(REQUESTS);
          const seconds = (Date.now() - startedAt) / 1000;
          const after = [await cpuSeconds(gateway), await cpuSeconds(directory)];
          const msPerRequest = (i: number) => (((after[i] - before[i]) * 1000) / REQUESTS).toFixed(2);
          console.log(
            `round ${round}, tracing ${tracing ? 'on ' : 'off'}: gateway ${msPerRequest(0)} CPU ms/request, ` +
              `directory ${msPerRequest(1)} CPU ms/request, ${(REQUESTS / seconds).toFixed(0)} requests/s`,
          );
        } finally {
          await gateway.stop();
          await directory.stop();
        }
      }
    }
    console.log(`OTLP bytes received by the sink: ${receivedBytes}`);
  } finally {
    sink.close();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
