/**
 * docker-compose.yml runs MySQL and every service as a district would. No Docker engine runs where
 * the tests do, so this suite reads the file as Compose does (YAML with `<<` merge keys, then
 * `${VAR}` interpolation from .env) and checks it against the services' own configuration specs,
 * so a new variable, subgraph or database cannot be forgotten in the deployment.
 *
 * Where a service's spec comes from:
 * - the gateway: `gatewayEnvSpec(apps/gateway/supergraph.graphql)`, one `<SUBGRAPH>_URL` per subgraph;
 * - a subgraph: by convention, never by a list kept here. Every entry of tools/subgraphs.ts has
 *   `<appDir>/src/config.ts` exporting `<camelName>EnvSpec` (directory → `directoryEnvSpec`,
 *   a future `canteen` → `canteenEnvSpec`), which spreads `subgraphEnvSpec(port)`. A new subgraph
 *   is checked as soon as it is registered, and fails here with a clear message until the compose
 *   service, the gateway's URL, the database and the docs are there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { cleanEnv } from 'envalid';
import { parse } from 'yaml';
import { type EnvSpec, requiredInProduction, secret } from '@houqin/common';
import { gatewayEnvSpec, SUBGRAPH_CLIENT_DEFAULTS, subgraphUrlVariable, supergraphSubgraphs } from '@houqin/gateway';
import { compiledBuild, freePort, REPO_ROOT, runToExit } from '@houqin/testing';
import { SUBGRAPHS, type SubgraphEntry } from '../subgraphs';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

// ---------------------------------------------------------------------------------------------
// Compose, as Compose reads it

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | Record<string, unknown>)[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  restart?: string;
  volumes?: (string | Record<string, unknown>)[];
  deploy?: { replicas?: number };
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

interface VariableUse {
  name: string;
  /** `:?` / `?`: Compose stops with the message when the variable is unset (or empty, for `:?`). */
  required: boolean;
  /** The `:-` / `-` default, if any. */
  fallback?: string;
}

class MissingVariable extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Every `${…}` use in a string. */
function variablesIn(text: string): VariableUse[] {
  const uses: VariableUse[] = [];
  for (const [match, braced, operator, argument, bare] of text.matchAll(VARIABLE)) {
    if (match === '$$') continue;
    const name = braced ?? bare;
    uses.push({ name, required: !!operator?.includes('?'), fallback: operator?.includes('-') ? argument : undefined });
  }
  return uses;
}

/** Compose's interpolation: `$$`, `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(
    VARIABLE,
    (match, braced: string | undefined, operator: string | undefined, argument: string | undefined, bare: string | undefined) => {
      if (match === '$$') return '$';
      const name = (braced ?? bare)!;
      const value = env[name];
      const unset = value === undefined;
      const empty = unset || value === '';
      switch (operator) {
        case ':-':
          return empty ? (argument ?? '') : value;
        case '-':
          return unset ? (argument ?? '') : value;
        case ':?':
          if (empty) throw new MissingVariable(name, `required variable ${name} is missing a value: ${argument}`);
          return value;
        case '?':
          if (unset) throw new MissingVariable(name, `required variable ${name} is missing a value: ${argument}`);
          return value;
        case ':+':
          return empty ? '' : (argument ?? '');
        case '+':
          return unset ? '' : (argument ?? '');
        default:
          return value ?? '';
      }
    },
  );
}

/** Applies `fn` to every string value of a parsed YAML document (Compose interpolates values, not keys). */
function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
  return value;
}

const COMPOSE_TEXT = read('docker-compose.yml');
/** The file before interpolation: `${…}` still in place. */
const RAW = parse(COMPOSE_TEXT, { merge: true }) as ComposeFile;

/** The file as Compose would run it with `env` as the .env file and shell environment. */
function composeWith(env: Record<string, string>): ComposeFile {
  return mapStrings(RAW, (s) => interpolate(s, env)) as ComposeFile;
}

/** The `:?` errors Compose gives with `env` as the .env file, one per use of a missing variable. */
function missingVariables(env: Record<string, string>): MissingVariable[] {
  const errors: MissingVariable[] = [];
  mapStrings(RAW, (s) => {
    for (const piece of s.match(VARIABLE) ?? []) {
      try {
        interpolate(piece, env);
      } catch (error) {
        if (error instanceof MissingVariable) errors.push(error);
        else throw error;
      }
    }
    return s;
  });
  return errors;
}

/** Every `${…}` in the file: what .env may or must set. */
const ALL_USES: VariableUse[] = [];
mapStrings(RAW, (s) => {
  ALL_USES.push(...variablesIn(s));
  return s;
});

/** A service's environment as a plain map (Compose also accepts a `KEY=VALUE` list). */
function environmentOf(service: ComposeService | undefined): Record<string, string> {
  const env = service?.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((line) => [line.split('=')[0], line.includes('=') ? line.slice(line.indexOf('=') + 1) : '']));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** A URL to compare field by field; an unset or malformed value compares as `missing:` / `invalid:`. */
function parseUrl(value: string | undefined): URL {
  if (value === undefined || value === '') return new URL('missing:');
  return URL.canParse(value) ? new URL(value) : new URL(`invalid:${encodeURIComponent(value)}`);
}

function dependenciesOf(service: ComposeService | undefined): Record<string, string> {
  const deps = service?.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, d]) => [name, d?.condition ?? 'service_started']));
}

/** What a district's .env would hold: the secrets, and nothing optional (so defaults apply). */
const FIXTURE_ENV: Record<string, string> = {
  MYSQL_ROOT_PASSWORD: 'f1xture-root-0000000000000000000000000000',
  MYSQL_PASSWORD: '5f3c0de5a9b1e2d4c6a8b0d2e4f6a8b0c2d4e6f8',
  INTERNAL_TOKEN_SECRET: 'fixture-internal-token-secret-0123456789abcdef0123456789abcdef',
  USER_TOKEN_SECRET: 'fixture-user-token-secret-0123456789abcdef0123456789abcdef0123',
};
const COMPOSE = composeWith(FIXTURE_ENV);

// ---------------------------------------------------------------------------------------------
// The apps and their configuration specs

/** Folders under apps/ that hold a service (an `src/main.ts`). */
const APPS = readdirSync(join(REPO_ROOT, 'apps'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(REPO_ROOT, 'apps', d.name, 'src', 'main.ts')))
  .map((d) => d.name)
  .sort();

const camelCase = (name: string) => name.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `apps/<name>/src/config.ts` → its exported `<camelName>EnvSpec` (the convention every subgraph follows). */
function subgraphSpec(entry: SubgraphEntry): EnvSpec {
  const file = join(REPO_ROOT, entry.appDir, 'src', 'config.ts');
  const exportName = `${camelCase(entry.name)}EnvSpec`;
  if (!existsSync(file)) throw new Error(`${relative(REPO_ROOT, file)} is missing: every subgraph keeps its environment spec there`);
  // A computed path: the subgraphs are whatever tools/subgraphs.ts lists.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const spec = (require(file) as Record<string, unknown>)[exportName];
  if (!spec || typeof spec !== 'object') {
    throw new Error(
      `${relative(REPO_ROOT, file)} must export \`${exportName}\` (its envalid spec, spreading subgraphEnvSpec(port)) for the deployment checks`,
    );
  }
  return spec as EnvSpec;
}

const SUPERGRAPH_SDL = read('apps/gateway/supergraph.graphql');
const GATEWAY_SPEC: EnvSpec = gatewayEnvSpec(SUPERGRAPH_SDL);
const SPECS: Record<string, EnvSpec> = {
  gateway: GATEWAY_SPEC,
  ...Object.fromEntries(SUBGRAPHS.map((entry) => [entry.name, subgraphSpec(entry)])),
};
const APP_SERVICES = Object.keys(SPECS);

/** A variable validated by `secret` (signing keys): it must come from .env, never from the file. */
const SECRET_PARSE = (secret() as unknown as { _parse: unknown })._parse;
const isSecret = (spec: unknown) => (spec as { _parse?: unknown })._parse === SECRET_PARSE;

/** Values the compose file deliberately sets to something other than the spec's default. */
const DELIBERATE_DEFAULTS: Record<string, string> = {
  // The spec's `auto` means "seed only the embedded database"; on MySQL that is `false`, said plainly.
  SEED_DEMO: 'false',
};

// ---------------------------------------------------------------------------------------------
// The load balancer (HAProxy) and replicas

const LB_SERVICE = 'lb';
const LB_CONFIG = 'tools/docker/haproxy/haproxy.cfg';

const replicasOf = (name: string) => COMPOSE.services[name]?.deploy?.replicas ?? 1;

interface LbBackend {
  name: string;
  host: string;
  port: string;
  slots: number;
  resolvers?: string;
  healthCheck?: string;
}

const secondsToMs = (seconds: string | undefined) => (seconds === undefined ? undefined : Number(seconds) * 1000);

/** The parts of haproxy.cfg the deployment depends on: frontends (port → backend), backends (server-template), resolvers. */
function readLbConfig(text: string) {
  const sections: { kind: string; name: string; lines: string[] }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const header = /^(global|defaults|frontend|backend|resolvers|listen)\b\s*(\S*)/.exec(raw);
    if (header && !/^\s/.test(raw)) sections.push({ kind: header[1], name: header[2], lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  const frontends = sections
    .filter((s) => s.kind === 'frontend')
    .map((s) => ({
      port: /^bind\s+\S*:(\d+)/.exec(s.lines.find((l) => l.startsWith('bind')) ?? '')?.[1],
      backend: /^default_backend\s+(\S+)/.exec(s.lines.find((l) => l.startsWith('default_backend')) ?? '')?.[1],
      monitorUri: /^monitor-uri\s+(\S+)/.exec(s.lines.find((l) => l.startsWith('monitor-uri')) ?? '')?.[1],
      keepAliveMs: secondsToMs(
        /^timeout http-keep-alive\s+(\d+)s$/.exec(s.lines.find((l) => l.startsWith('timeout http-keep-alive')) ?? '')?.[1],
      ),
    }));
  const defaultKeepAliveMs = secondsToMs(
    /^timeout http-keep-alive\s+(\d+)s$/.exec(
      sections.find((s) => s.kind === 'defaults')?.lines.find((l) => l.startsWith('timeout http-keep-alive')) ?? '',
    )?.[1],
  );
  const backends: LbBackend[] = sections
    .filter((s) => s.kind === 'backend')
    .flatMap((s) => {
      const template = s.lines.map((l) => /^server-template\s+\S+\s+(\d+)\s+([^:\s]+):(\d+)(.*)$/.exec(l)).find(Boolean);
      if (!template) return [];
      const check = /^option httpchk\s+(.+)$/.exec(s.lines.find((l) => l.startsWith('option httpchk')) ?? '')?.[1];
      return [
        {
          name: s.name,
          host: template[2],
          port: template[3],
          slots: Number(template[1]),
          resolvers: /\bresolvers\s+(\S+)/.exec(template[4])?.[1],
          healthCheck: check,
        },
      ];
    });
  return {
    backends,
    resolvers: sections.filter((s) => s.kind === 'resolvers').flatMap((s) => s.lines),
    monitorUri: frontends.find((f) => f.monitorUri)?.monitorUri ?? 'none',
    /** The port of the frontend that sends to `service`'s replicas at `port`, if any. */
    frontendFor(service: string, port: string): string | undefined {
      const backend = backends.find((b) => b.host === service && b.port === port);
      return backend && frontends.find((f) => f.backend === backend.name)?.port;
    },
    /** How long that frontend waits for a kept-alive caller's next request (its own setting, else the defaults'). */
    keepAliveMsFor(service: string, port: string): number | undefined {
      const backend = backends.find((b) => b.host === service && b.port === port);
      const frontend = backend && frontends.find((f) => f.backend === backend.name);
      return frontend ? (frontend.keepAliveMs ?? defaultKeepAliveMs) : undefined;
    },
  };
}

const LB = readLbConfig(read(LB_CONFIG));

// ---------------------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  it('registers every app and follows the spec convention', () => {
    expect(APPS).toContain('gateway');
    const subgraphApps = APPS.filter((a) => a !== 'gateway');
    // An app that is not in tools/subgraphs.ts would be skipped by the schema tool and these checks.
    expect(subgraphApps).toEqual(SUBGRAPHS.map((s) => s.appDir.replace(/^apps\//, '')).sort());
    for (const [name, spec] of Object.entries(SPECS)) {
      expect({ name, has: ['NODE_ENV', 'PORT', 'INTERNAL_TOKEN_SECRET'].filter((v) => v in spec) }).toEqual({
        name,
        has: ['NODE_ENV', 'PORT', 'INTERNAL_TOKEN_SECRET'],
      });
    }
  });

  it('(a) runs every app folder under apps/ as a service of the same name, started by its name', () => {
    for (const app of APPS) {
      const service = COMPOSE.services[app];
      expect({ app, service: !!service }).toEqual({ app, service: true });
      // The image's entrypoint (tools/docker/entrypoint.sh) starts the compiled dist/apps/<command>/src/main.js.
      expect({ app, command: service.command }).toEqual({ app, command: [app] });
      expect({ app, builds: !!service.build }).toEqual({ app, builds: true });
    }
  });

  it('(b) sets every variable each service requires in production, and the values pass its own validation', () => {
    for (const name of APP_SERVICES) {
      const spec = SPECS[name];
      const env = environmentOf(COMPOSE.services[name]);
      expect({ service: name, NODE_ENV: env.NODE_ENV }).toEqual({ service: name, NODE_ENV: 'production' });

      const missing = requiredInProduction(spec).filter((v) => !env[v]);
      expect({ service: name, missing }).toEqual({ service: name, missing: [] });

      // A misspelt variable is silently ignored by envalid: refuse names the service does not read.
      const unknown = Object.keys(env).filter((v) => !(v in spec));
      expect({ service: name, unknown }).toEqual({ service: name, unknown: [] });

      const problems: Record<string, string> = {};
      cleanEnv(env, spec, {
        reporter: ({ errors }) => {
          for (const [v, e] of Object.entries(errors)) problems[v] = e?.message || e?.name || 'invalid';
        },
      });
      expect({ service: name, problems }).toEqual({ service: name, problems: {} });
    }
  });

  it('takes every secret from .env through ${VAR:?…}, so a missing one stops Compose with its name', () => {
    for (const name of APP_SERVICES) {
      const raw = environmentOf(RAW.services[name]);
      for (const [variable, spec] of Object.entries(SPECS[name])) {
        if (!isSecret(spec) || raw[variable] === undefined) continue;
        expect({ service: name, variable, value: raw[variable] }).toEqual({
          service: name,
          variable,
          value: expect.stringMatching(new RegExp(`^\\$\\{${variable}:\\?.+\\}$`)),
        });
      }
    }
    const required = [...new Set(ALL_USES.filter((u) => u.required).map((u) => u.name))].sort();
    expect(required).toEqual(
      expect.arrayContaining(['INTERNAL_TOKEN_SECRET', 'MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'USER_TOKEN_SECRET']),
    );

    const errors = missingVariables({});
    expect([...new Set(errors.map((e) => e.variable))].sort()).toEqual(required);
    for (const error of errors) expect(error.message).toMatch(/\.env/);
    for (const variable of required) {
      const withoutOne = { ...FIXTURE_ENV };
      delete withoutOne[variable];
      expect(missingVariables(withoutOne).map((e) => e.variable)).toEqual(expect.arrayContaining([variable]));
      expect(missingVariables({ ...FIXTURE_ENV, [variable]: '' }).map((e) => e.variable)).toEqual(expect.arrayContaining([variable]));
    }
    expect(missingVariables(FIXTURE_ENV)).toEqual([]);
  });

  it('(c) points each subgraph at its own database houqin_<name>, as the houqin account, with rights granted by the init script', () => {
    const mysqlEnv = environmentOf(COMPOSE.services.mysql);
    const initSql = read('tools/docker/mysql/01-houqin.sql').replace(/--.*$/gm, '');
    const granted = new Map<string, { privileges: string; user: string }>();
    for (const [, privileges, db, user] of initSql.matchAll(/GRANT\s+([\w\s,]+?)\s+ON\s+`([^`]+)`\.\*\s+TO\s+'([^']+)'@'%'/gi)) {
      granted.set(db.replace(/\\_/g, '_'), { privileges, user });
    }
    const created = new Set([...initSql.matchAll(/CREATE DATABASE IF NOT EXISTS `([^`]+)` CHARACTER SET utf8mb4/gi)].map(([, db]) => db));

    expect(mysqlEnv.MYSQL_USER).toBe('houqin');
    const databases = new Set<string>();
    for (const { name } of SUBGRAPHS) {
      const url = parseUrl(environmentOf(COMPOSE.services[name]).DATABASE_URL);
      const database = `houqin_${name.replace(/-/g, '_')}`;
      expect({ service: name, protocol: url.protocol, host: url.hostname, port: url.port, database: url.pathname }).toEqual({
        service: name,
        protocol: 'mysql:',
        host: 'mysql',
        port: '3306',
        database: `/${database}`,
      });
      // The same account and password the mysql service creates from MYSQL_USER / MYSQL_PASSWORD.
      expect({ service: name, user: url.username, passwordFromEnv: decodeURIComponent(url.password) === mysqlEnv.MYSQL_PASSWORD }).toEqual({
        service: name,
        user: mysqlEnv.MYSQL_USER,
        passwordFromEnv: true,
      });
      expect({ service: name, dependsOnMysql: dependenciesOf(COMPOSE.services[name]).mysql }).toEqual({
        service: name,
        dependsOnMysql: 'service_healthy',
      });
      // tools/docker/mysql/01-houqin.sql must create the database and grant the account rights on it.
      expect({ database, created: created.has(database), grantedTo: granted.get(database)?.user }).toEqual({
        database,
        created: true,
        grantedTo: 'houqin',
      });
      databases.add(database);
    }
    expect(databases.size).toBe(SUBGRAPHS.length);
    // Least privilege: database-level grants only, never global ones or the right to grant.
    expect(initSql).not.toMatch(/ON\s+\*\.\*/i);
    expect(initSql).not.toMatch(/GRANT OPTION|ALL PRIVILEGES/i);
    expect(environmentOf(COMPOSE.services.mysql).MYSQL_PASSWORD).toBe(FIXTURE_ENV.MYSQL_PASSWORD);
  });

  it('(d) gives every service a healthcheck, the apps on /ready of their PORT', () => {
    for (const [name, service] of Object.entries(COMPOSE.services)) {
      const test = service.healthcheck?.test;
      expect({ service: name, healthcheck: !!test && !service.healthcheck?.disable && test[0] !== 'NONE' }).toEqual({
        service: name,
        healthcheck: true,
      });
    }
    for (const name of APP_SERVICES) {
      const service = COMPOSE.services[name] ?? {};
      const test = [service.healthcheck?.test ?? []].flat().join(' ');
      expect({ service: name, checksReady: test.includes('/ready') && test.includes('process.env.PORT') }).toEqual({
        service: name,
        checksReady: true,
      });
      expect({ service: name, PORT: environmentOf(service).PORT }).toEqual({ service: name, PORT: expect.stringMatching(/^\d+$/) });
    }
  });

  it("the apps' healthcheck command succeeds only while /ready answers 200", async () => {
    const test = [COMPOSE.services.gateway.healthcheck?.test ?? []].flat();
    expect(test[0]).toBe('CMD');
    const [command, ...args] = test.slice(1);
    expect(command).toBe('node');
    let status = 200;
    const server: Server = createServer((req, res) => {
      res.statusCode = req.url === '/ready' ? status : 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const run = (p: number) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, PORT: String(p) }, stdio: 'ignore' });
        child.on('exit', (code) => resolve(code));
      });
    try {
      expect(await run(port)).toBe(0);
      status = 503;
      expect(await run(port)).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await run(port)).toBe(1); // nothing listens any more
    // Three node processes in a row: seconds on a loaded CI machine.
  }, 30000);

  it('(e) the gateway reaches every subgraph of the supergraph by its compose service name, once it is healthy', () => {
    const gateway = COMPOSE.services.gateway;
    const env = environmentOf(gateway);
    const deps = dependenciesOf(gateway);
    const subgraphs = supergraphSubgraphs(SUPERGRAPH_SDL);
    expect(subgraphs.length).toBeGreaterThan(0);
    for (const { name } of subgraphs) {
      const variable = subgraphUrlVariable(name);
      const service = COMPOSE.services[name];
      expect({ variable, service: !!service }).toEqual({ variable, service: true });
      const url = parseUrl(env[variable]);
      // A replicated subgraph is reached through the load balancer's port for it, which routes to its replicas.
      const through = replicasOf(name) > 1 ? LB.frontendFor(name, environmentOf(service).PORT) : undefined;
      expect({ variable, protocol: url.protocol, host: url.hostname, port: url.port, path: url.pathname }).toEqual({
        variable,
        protocol: 'http:',
        host: through ? LB_SERVICE : name,
        port: through ?? environmentOf(service).PORT,
        path: '/graphql',
      });
      expect({ variable, dependsOn: deps[name] }).toEqual({ variable, dependsOn: 'service_healthy' });
    }
    // Every registered subgraph is part of the deployment the gateway waits for.
    for (const { name } of SUBGRAPHS)
      expect({ subgraph: name, dependsOn: deps[name] }).toEqual({ subgraph: name, dependsOn: 'service_healthy' });
  });

  it('runs NATS with JetStream, its store on a named volume, healthy once JetStream answers', () => {
    const nats = COMPOSE.services.nats;
    expect(nats?.image).toMatch(/^nats:2(-alpine)?$/);
    const command = [nats.command ?? []].flat();
    expect(command).toEqual(expect.arrayContaining(['nats-server', '-js']));
    const store = command[command.indexOf('-sd') + 1];
    const volume = (nats.volumes ?? []).map(String).find((v) => v.split(':')[1] === store);
    expect({ store, volume }).toEqual({ store: expect.stringMatching(/^\//), volume: expect.any(String) });
    expect(Object.keys(COMPOSE.volumes ?? {})).toContain(volume!.split(':')[0]);
    expect([nats.healthcheck?.test ?? []].flat().at(-1)).toMatch(/^http:\/\/127\.0\.0\.1:8222\/healthz\?js-enabled-only=true$/);
  });

  // The flags and the health URL, tried on the nats-server CI installs (the image runs the same binary).
  (existsSync('/usr/sbin/nats-server') ? it : it.skip)("the NATS command starts JetStream, as the healthcheck's URL reports", async () => {
    const command = [COMPOSE.services.nats.command ?? []].flat();
    const healthUrl = new URL(String([COMPOSE.services.nats.healthcheck?.test ?? []].flat().at(-1)));
    const [port, monitor] = [await freePort(), await freePort()];
    const store = mkdtempSync(join(tmpdir(), 'houqin-nats-compose-'));
    // The compose flags first; later flags win, so the server listens on free loopback ports with a temporary store.
    const args = [...command.slice(1), '-a', '127.0.0.1', '-p', String(port), '-m', String(monitor), '-sd', store];
    const server = spawn('/usr/sbin/nats-server', args, { stdio: 'ignore' });
    try {
      healthUrl.port = String(monitor);
      const deadline = Date.now() + 15000;
      let status = 0;
      while (status !== 200 && Date.now() < deadline && server.exitCode === null) {
        status = await fetch(healthUrl).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect({ status, exited: server.exitCode }).toEqual({ status: 200, exited: null });
      // NATS 2.9 answers that URL even without JetStream; its /jsz says whether JetStream runs, and where it stores.
      const jetstream = (await (await fetch(new URL('/jsz', healthUrl))).json()) as { disabled?: boolean; config: { store_dir?: string } };
      expect({ disabled: jetstream.disabled ?? false, storeDir: jetstream.config.store_dir }).toEqual({
        disabled: false,
        storeDir: expect.stringContaining(store),
      });
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      rmSync(store, { recursive: true, force: true });
    }
  });

  it('runs MySQL 8.4 with utf8mb4, a named volume and the init script', () => {
    const mysql = COMPOSE.services.mysql;
    expect(mysql.image).toBe('mysql:8.4');
    expect(mysql.command).toEqual(expect.arrayContaining(['--character-set-server=utf8mb4']));
    const volumes = (mysql.volumes ?? []).map(String);
    const data = volumes.find((v) => v.split(':')[1] === '/var/lib/mysql');
    expect(data).toBeDefined();
    expect(Object.keys(COMPOSE.volumes ?? {})).toContain(data!.split(':')[0]);
    expect(volumes).toContain('./tools/docker/mysql:/docker-entrypoint-initdb.d:ro');
    expect(existsSync(join(REPO_ROOT, 'tools/docker/mysql/01-houqin.sql'))).toBe(true);
    expect(environmentOf(mysql).MYSQL_ROOT_PASSWORD).toBe(FIXTURE_ENV.MYSQL_ROOT_PASSWORD);
  });

  it('restarts every service and publishes only the load balancer, whose port 4000 goes to the gateway replicas', () => {
    for (const [name, service] of Object.entries(COMPOSE.services)) {
      expect({ service: name, restart: service.restart }).toEqual({
        service: name,
        restart: expect.stringMatching(/^(always|unless-stopped|on-failure(:\d+)?)$/),
      });
      if (name !== LB_SERVICE) expect({ service: name, ports: service.ports }).toEqual({ service: name, ports: undefined });
    }
    expect(COMPOSE.services[LB_SERVICE].ports).toEqual(['4000:4000']);
    expect(composeWith({ ...FIXTURE_ENV, GATEWAY_PUBLISH: '127.0.0.1:8080' }).services[LB_SERVICE].ports).toEqual(['127.0.0.1:8080:4000']);
    expect(LB.frontendFor('gateway', environmentOf(COMPOSE.services.gateway).PORT)).toBe('4000');
  });

  it('runs two replicas of the gateway and of the directory, and the load balancer names every replica it routes to', () => {
    expect({ gateway: replicasOf('gateway'), directory: replicasOf('directory') }).toEqual({ gateway: 2, directory: 2 });
    const lb = COMPOSE.services[LB_SERVICE];
    expect((lb.volumes ?? []).map(String)).toContain(`./${LB_CONFIG}:/usr/local/etc/haproxy/haproxy.cfg:ro`);
    expect([lb.healthcheck?.test ?? []].flat().join(' ')).toContain(LB.monitorUri);
    for (const [name, service] of Object.entries(COMPOSE.services)) {
      if (replicasOf(name) < 2) continue;
      const backend = LB.backends.find((b) => b.host === name);
      // One slot per replica, at the service's own PORT, found through Docker's DNS and checked on /ready.
      expect({ service: name, backend }).toEqual({
        service: name,
        backend: {
          name: expect.any(String),
          host: name,
          port: environmentOf(service).PORT,
          slots: replicasOf(name),
          resolvers: 'docker',
          healthCheck: 'GET /ready',
        },
      });
      expect({ service: name, routed: !!LB.frontendFor(name, environmentOf(service).PORT) }).toEqual({ service: name, routed: true });
      // A replicated service's containers get generated names: a fixed one would stop the second replica.
      expect({ service: name, containerName: (service as { container_name?: string }).container_name }).toEqual({
        service: name,
        containerName: undefined,
      });
    }
    // Docker's embedded DNS: the only place the replicas' addresses are known.
    expect(LB.resolvers.join('\n')).toMatch(/^nameserver \S+ 127\.0\.0\.11:53$/m);
  });

  it("keeps the gateway's idle connections to a replicated subgraph open longer than the gateway keeps them", () => {
    // Else HAProxy closes a connection the gateway is about to reuse, and a mutation sent on it fails
    // (SUBGRAPH_UNAVAILABLE: mutations are never retried).
    for (const { name } of SUBGRAPHS) {
      const port = environmentOf(COMPOSE.services[name]).PORT;
      const keepAliveMs = LB.keepAliveMsFor(name, port);
      if (keepAliveMs === undefined) continue; // not behind the load balancer
      expect({ service: name, keepAliveMs, aboveGatewayIdle: keepAliveMs > SUBGRAPH_CLIENT_DEFAULTS.keepAliveTimeoutMs }).toEqual({
        service: name,
        keepAliveMs,
        aboveGatewayIdle: true,
      });
    }
  });

  it('counts login failures in Redis wherever a login throttle lives, so replicas count once', () => {
    const redis = COMPOSE.services.redis;
    expect(redis?.image).toMatch(/^redis:\d+(-alpine)?$/);
    expect([redis.healthcheck?.test ?? []].flat()).toEqual(['CMD', 'redis-cli', 'ping']);
    for (const name of APP_SERVICES) {
      if (!('REDIS_URL' in SPECS[name])) continue;
      const url = parseUrl(environmentOf(COMPOSE.services[name]).REDIS_URL);
      expect({ service: name, redis: `${url.protocol}//${url.host}`, dependsOn: dependenciesOf(COMPOSE.services[name]).redis }).toEqual({
        service: name,
        redis: 'redis://redis:6379',
        dependsOn: 'service_healthy',
      });
    }
    // The directory keeps the login throttle: it must be among them.
    expect('REDIS_URL' in SPECS.directory).toBe(true);
  });

  it("lets every gateway replica hear the directory's account events (viewer cache invalidation)", () => {
    const env = environmentOf(COMPOSE.services.gateway);
    expect(env.NATS_URL).toBe(environmentOf(COMPOSE.services.directory).NATS_URL);
    expect(dependenciesOf(COMPOSE.services.gateway).nats).toBe('service_healthy');
  });

  it('leaves SEED_DEMO=false by default, and SEED_DEMO=true in .env seeds the demo', () => {
    const seeded = composeWith({ ...FIXTURE_ENV, SEED_DEMO: 'true' });
    for (const { name } of SUBGRAPHS) {
      expect({ service: name, seed: environmentOf(COMPOSE.services[name]).SEED_DEMO }).toEqual({ service: name, seed: 'false' });
      expect({ service: name, seed: environmentOf(seeded.services[name]).SEED_DEMO }).toEqual({ service: name, seed: 'true' });
    }
  });

  it("uses the services' own defaults for the settings it exposes", () => {
    for (const name of APP_SERVICES) {
      for (const [variable, raw] of Object.entries(environmentOf(RAW.services[name]))) {
        const use = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}$/.exec(raw);
        const spec = SPECS[name][variable] as { default?: unknown } | undefined;
        if (!use || !spec || !('default' in spec)) continue;
        const expected = DELIBERATE_DEFAULTS[variable] ?? String(spec.default);
        expect({ service: name, variable, fallback: use[1] }).toEqual({ service: name, variable, fallback: expected });
      }
    }
  });

  it('lists every variable it reads in tools/docker/.env.example, the secrets left empty', () => {
    const example = read('tools/docker/.env.example');
    const entries = new Map<string, { value: string; commented: boolean }>();
    for (const [, hash, name, value] of example.matchAll(/^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/gm)) {
      entries.set(name, { value: value.trim(), commented: !!hash });
    }
    for (const use of ALL_USES) {
      const entry = entries.get(use.name);
      expect({ variable: use.name, listed: !!entry }).toEqual({ variable: use.name, listed: true });
      if (use.required) expect({ variable: use.name, ...entry }).toEqual({ variable: use.name, value: '', commented: false });
      else expect({ variable: use.name, ...entry }).toEqual({ variable: use.name, value: use.fallback, commented: true });
    }
  });

  it('documents every variable of every service in docs/configuration.md', () => {
    const sections = new Map<string, Map<string, { defaultCell: string; required: string }>>();
    let current = '';
    for (const line of read('docs/configuration.md').split('\n')) {
      const heading = /^## (.+)$/.exec(line);
      if (heading) {
        current = /^every subgraph/i.test(heading[1]) ? '*subgraph' : heading[1].replace(/`/g, '').split(/\s/)[0].toLowerCase();
        sections.set(current, new Map());
        continue;
      }
      const row = /^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|([^|]*)\|\s*(yes|no)\b[^|]*\|/.exec(line);
      if (row && current) sections.get(current)!.set(row[1], { defaultCell: row[2], required: row[3] });
    }
    for (const [name, spec] of Object.entries(SPECS)) {
      const required = new Set(requiredInProduction(spec));
      for (const [variable, validator] of Object.entries(spec)) {
        const row = sections.get(name)?.get(variable) ?? (name === 'gateway' ? undefined : sections.get('*subgraph')?.get(variable));
        expect({ service: name, variable, documented: !!row }).toEqual({ service: name, variable, documented: true });
        expect({ service: name, variable, requiredInProduction: row!.required }).toEqual({
          service: name,
          variable,
          requiredInProduction: required.has(variable) ? 'yes' : 'no',
        });
        if ('default' in validator) {
          const value = validator.default;
          const shown =
            typeof value === 'string' && value.startsWith(REPO_ROOT) ? relative(REPO_ROOT, value) : value === '' ? '""' : String(value);
          expect({ service: name, variable, defaultCell: row!.defaultCell }).toEqual({
            service: name,
            variable,
            defaultCell: expect.stringContaining(`\`${shown}\``),
          });
        }
      }
    }
  });
});

describe('the image', () => {
  it('is one node:20-bookworm-slim image with production dependencies, run as the node user', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(dockerfile).toMatch(/--omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["\/bin\/sh", "\/app\/tools\/docker\/entrypoint.sh"\]$/m);
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.env', '**/node_modules', '.git']));
  });

  it('starts the app its command names, and refuses an unknown name', () => {
    // The image's working directory holds dist/ (the compiled apps): a compiled build of the sources stands in for it.
    const image = compiledBuild();
    const run = (...args: string[]) =>
      spawnSync('sh', [join(REPO_ROOT, 'tools/docker/entrypoint.sh'), ...args], {
        cwd: image,
        env: { PATH: process.env.PATH, NODE_ENV: 'production' },
        encoding: 'utf8',
        timeout: 60000,
      });
    const gateway = run('gateway');
    expect({ status: gateway.status, output: gateway.stderr }).toEqual({
      status: 1,
      output: expect.stringContaining('houqin gateway: invalid configuration'),
    });
    // The Router coprocessor runs from the gateway app, with the gateway's configuration.
    const coprocessor = run('coprocessor');
    expect({ status: coprocessor.status, output: coprocessor.stderr }).toEqual({
      status: 1,
      output: expect.stringContaining('houqin gateway: invalid configuration'),
    });
    const unknown = run('no-such-app');
    expect({ status: unknown.status, output: unknown.stderr }).toEqual({
      status: 64,
      output: expect.stringContaining("no app named 'no-such-app'"),
    });
    expect(run('node', '-e', 'process.exit(3)').status).toBe(3);
  }, 90000);
});

describe('under NODE_ENV=production, each app', () => {
  it.each(APPS)(
    '%s refuses to start without its secrets and names every missing variable',
    async (app) => {
      const { code, output } = await runToExit(app, { PATH: process.env.PATH ?? '', NODE_ENV: 'production' }, 60000);
      expect(code).toBe(1);
      expect(output).toContain(`houqin ${app}: invalid configuration, not starting`);
      for (const variable of requiredInProduction(SPECS[app])) expect(output).toContain(`${variable}: is required but not set`);
      const named =
        app === 'gateway' ? ['INTERNAL_TOKEN_SECRET', 'USER_TOKEN_SECRET', 'DIRECTORY_URL'] : ['INTERNAL_TOKEN_SECRET', 'DATABASE_URL'];
      for (const variable of named) expect(output).toContain(variable);
    },
    90000,
  );
});
