import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '@houqin/testing';

/**
 * The gateway loads @apollo/gateway without the modules of Apollo's own usage-metrics exporter
 * (houqin never lets it start), and Apollo's code that would build the exporter still works when
 * asked: the deferred modules load on first use. Run in a fresh Node process, as jest's module
 * registry is not Node's.
 */
jest.setTimeout(60000);

function inFreshNode(script: string): string {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: '' },
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

const DEFERRAL = JSON.stringify(join(REPO_ROOT, 'apps', 'gateway', 'src', 'apollo-telemetry-deferred.ts'));
const LOADED_EXPORTER_MODULES = `Object.keys(require.cache).filter((f) => /@opentelemetry[\\\\/](sdk-metrics|resources|exporter-metrics-otlp-http|resource-detector-)/.test(f)).length`;

it('loads @apollo/gateway without its metrics exporter and cloud detectors', () => {
  const loaded = inFreshNode(`require(${DEFERRAL}); require('@apollo/gateway'); console.log(${LOADED_EXPORTER_MODULES});`);
  expect(loaded).toBe('0');
});

it('without the deferral, the same require loads them (what the deferral saves)', () => {
  const loaded = inFreshNode(`require('@apollo/gateway'); console.log(${LOADED_EXPORTER_MODULES});`);
  expect(Number(loaded)).toBeGreaterThan(100);
});

it("still builds Apollo's meter provider when something asks for it", () => {
  const built = inFreshNode(
    `require(${DEFERRAL});
     const telemetry = require('@apollo/gateway/dist/utilities/opentelemetry');
     const { InMemoryMetricExporter, AggregationTemporality } = require('@opentelemetry/sdk-metrics');
     const provider = telemetry.createDataCollectionMeterProvider(new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE));
     provider.shutdown().then(() => console.log(provider.constructor.name));`,
  );
  expect(built).toBe('MeterProvider');
});
