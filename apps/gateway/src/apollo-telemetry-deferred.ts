import Module from 'node:module';

/**
 * @apollo/gateway requires, at load, everything of its own usage-metrics exporter to Apollo: the
 * OpenTelemetry metrics SDK, its OTLP exporter and the Alibaba, AWS, GCP and Azure resource detectors
 * (about 470 modules, ~9 MiB of heap). It only uses them when it builds that exporter, which houqin
 * never lets it do (keepApolloTelemetryOff). Imported before @apollo/gateway, this module hands
 * Apollo's telemetry file a stand-in for each of them that loads the real module on first use, so
 * they stay out of the process unless something actually touches them (the behaviour is unchanged
 * if something does: an OTLP-configured process that loads them for its own tracing shares them).
 */
export const DEFERRED_FOR_APOLLO_TELEMETRY: readonly string[] = [
  '@opentelemetry/sdk-metrics',
  '@opentelemetry/resources',
  '@opentelemetry/exporter-metrics-otlp-http',
  '@opentelemetry/resource-detector-alibaba-cloud',
  '@opentelemetry/resource-detector-aws',
  '@opentelemetry/resource-detector-gcp',
  '@opentelemetry/resource-detector-azure',
];

const APOLLO_TELEMETRY_FILE = /[\\/]@apollo[\\/]gateway[\\/]dist[\\/]utilities[\\/]opentelemetry\.js$/;

type Load = (request: string, parent: NodeModule | undefined, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };

/** An object that requires the real module the first time any of its properties is read. */
export function loadedOnFirstUse(load: () => object): object {
  let real: object | undefined;
  const module = () => (real ??= load());
  return new Proxy(
    {},
    {
      get: (_target, key) => Reflect.get(module(), key),
      has: (_target, key) => Reflect.has(module(), key),
    },
  );
}

let installed = false;

/** Installs the deferral once per process (before @apollo/gateway is first required). */
export function deferApolloTelemetryModules(): void {
  if (installed) return;
  installed = true;
  const deferred = new Set(DEFERRED_FOR_APOLLO_TELEMETRY);
  const load = loader._load;
  loader._load = function (this: unknown, request, parent, isMain) {
    if (parent && deferred.has(request) && APOLLO_TELEMETRY_FILE.test(parent.filename)) {
      return loadedOnFirstUse(() => load.call(this, request, parent, isMain) as object);
    }
    return load.call(this, request, parent, isMain);
  };
}

deferApolloTelemetryModules();
