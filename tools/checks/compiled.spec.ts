import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@houqin/demo';
import {
  compiledBuild,
  createTestDatabase,
  PRODUCTION_NODE_ARGS,
  SUBGRAPH_NODE_ARGS,
  graphqlClient,
  REPO_ROOT,
  type ServiceProcess,
  startServiceProcess,
  type TestDatabase,
  testStorage,
} from '@houqin/testing';

/**
 * Production runs compiled JavaScript (`npm run build`, tools/build/build.mjs; the image runs
 * `node dist/apps/<app>/src/main.js`): no transpiler and no source-map formatting on the request path.
 * These tests build the repository as the image does (once per state of the sources, shared by the run)
 * and run the result.
 */
jest.setTimeout(120000);

/** Production secrets: not the development defaults, which production refuses. */
const SECRETS = {
  INTERNAL_TOKEN_SECRET: 'compiled-spec-internal-secret-0123456789abcdef',
  USER_TOKEN_SECRET: 'compiled-spec-user-secret-0123456789abcdef0123',
};

/** Every project that runs in production (all apps and libs but the test library). */
const PRODUCTION_PROJECTS = ['apps', 'libs'].flatMap((group) =>
  readdirSync(join(REPO_ROOT, group))
    .filter((name) => existsSync(join(REPO_ROOT, group, name, 'project.json')))
    .map((name) => ({ root: `${group}/${name}`, project: JSON.parse(readFileSync(join(REPO_ROOT, group, name, 'project.json'), 'utf8')) }))
    // Node projects only: the web console (type:web) is browser code that its own `vite build` target builds.
    .filter(({ project }) => !project.tags?.includes('type:test-lib') && !project.tags?.includes('type:web')),
);
const APPS = readdirSync(join(REPO_ROOT, 'apps')).filter((name) => existsSync(join(REPO_ROOT, 'apps', name, 'src', 'main.ts')));

/**
 * `<NAME>_URL` of every other subgraph of the supergraph (finance, canteen, …), which production
 * requires: pointed at a closed port, since the story below asks the directory only.
 */
const UNSTARTED_SUBGRAPH_URLS = Object.fromEntries(
  [...readFileSync(join(REPO_ROOT, 'apps', 'gateway', 'supergraph.graphql'), 'utf8').matchAll(/@join__graph\(name: "([^"]+)"/g)]
    .map(([, name]) => name)
    .filter((name) => name !== 'directory')
    .map((name) => [`${name.toUpperCase().replace(/-/g, '_')}_URL`, 'http://127.0.0.1:9/graphql']),
);

/** What a running process has loaded and was started with, from /proc (Linux). */
function processFacts(pid: number) {
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
  const mapped = new Set(
    readFileSync(`/proc/${pid}/maps`, 'utf8')
      .split('\n')
      .map((line) => line.split(/\s+/).slice(5).join(' '))
      .filter(Boolean),
  );
  return {
    args: cmdline.slice(1),
    nodeOptions: environ.find((v) => v.startsWith('NODE_OPTIONS=')) ?? '',
    // @swc-node/register loads @swc/core's native binding (swc.linux-*.node) to transpile.
    swcLoaded: [...mapped].filter((file) => /swc/i.test(file)),
  };
}

let compiled: string;
beforeAll(() => {
  compiled = compiledBuild();
});

describe('npm run build', () => {
  it('has a build target for every project that runs in production, and the image runs what it builds', () => {
    for (const { root, project } of PRODUCTION_PROJECTS) {
      expect({ root, command: project.targets?.build?.options?.command }).toEqual({
        root,
        command: expect.stringMatching(new RegExp(`^node tools/build/build\\.mjs ${root}( |$)`)),
      });
    }
    expect(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).scripts.build).toMatch(/nx run-many -t build/);
    expect(readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8')).toMatch(/^RUN node tools\/build\/build\.mjs$/m);
    const entrypoint = readFileSync(join(REPO_ROOT, 'tools/docker/entrypoint.sh'), 'utf8');
    expect(entrypoint).toMatch(/exec node .*"dist\/apps\/\$app\/src\/main\.js"/);
    // The heap ceiling the bench and `npm run start:prod` run with is the image's default.
    const [heapCeiling] = PRODUCTION_NODE_ARGS;
    const mib = heapCeiling.split('=')[1];
    expect(entrypoint).toContain(
      `exec node --max-old-space-size="\${HOUQIN_MAX_OLD_SPACE_MIB:-${mib}}" $young "dist/apps/$app/src/main.js"`,
    );
    // Subgraphs' young generation, and the gateway left at V8's default.
    const semiSpace = SUBGRAPH_NODE_ARGS[0].split('=')[1];
    expect(entrypoint).toContain(`[ "$app" = "gateway" ] || young="--max-semi-space-size=\${HOUQIN_MAX_SEMI_SPACE_MIB:-${semiSpace}}"`);
  });

  it('compiles each app, its libraries and the files it reads at run time, with the workspace packages resolving to compiled code', () => {
    for (const app of APPS) expect(existsSync(join(compiled, 'dist', 'apps', app, 'src', 'main.js'))).toBe(true);
    expect(readFileSync(join(compiled, 'dist/apps/gateway/supergraph.graphql'), 'utf8')).toBe(
      readFileSync(join(REPO_ROOT, 'apps/gateway/supergraph.graphql'), 'utf8'),
    );
    const resolved = spawnSync(process.execPath, ['-p', "require.resolve('@houqin/common')"], {
      cwd: join(compiled, 'dist', 'apps', 'gateway', 'src'),
      encoding: 'utf8',
    });
    expect(resolved.stdout.trim()).toBe(join(compiled, 'dist', 'libs', 'common', 'src', 'index.js'));
  });

  it.each(APPS)('%s loads every module under plain node and stops at its production configuration check', (app) => {
    const run = spawnSync(process.execPath, [join(compiled, 'dist', 'apps', app, 'src', 'main.js')], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 60000,
    });
    // Exit 1 with the service's own message: every import resolved and ran (a .ts file or a missing module would stop it earlier).
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 1,
      stderr: expect.stringContaining(`houqin ${app}: invalid configuration, not starting`),
    });
  });
});

describe('the compiled directory and gateway, in production mode', () => {
  let database: TestDatabase;
  let directory: ServiceProcess;
  let gateway: ServiceProcess;

  beforeAll(async () => {
    database = await createTestDatabase('directory');
    // Production refuses an unset DATABASE_URL; on the embedded database it is set, empty.
    directory = await startServiceProcess(
      'directory',
      {
        NODE_ENV: 'production',
        ...SECRETS,
        DATABASE_URL: database.databaseUrl,
        DATA_DIR: database.dataDir,
        SEED_DEMO: 'true',
        PASSWORD_HASH_COST: '4',
        NATS_URL: '',
      },
      { compiled },
    );
    gateway = await startServiceProcess(
      'gateway',
      {
        NODE_ENV: 'production',
        ...SECRETS,
        DIRECTORY_URL: `${directory.baseUrl}/graphql`,
        // Not started: this story asks the directory only.
        ...UNSTARTED_SUBGRAPH_URLS,
      },
      { compiled },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await directory?.stop();
    await database?.drop();
  });

  it(`signs a user in and answers a directory query (storage: ${testStorage().kind})`, async () => {
    const login = await graphqlClient(`${gateway.baseUrl}/graphql`).request<{ login: { token: string } }>(
      'mutation { login(input: { username: "accountant", password: $password }) { token } }'.replace(
        '$password',
        JSON.stringify(DEMO_PASSWORD),
      ),
    );
    expect(login.errors).toBeUndefined();
    const staff = await graphqlClient(`${gateway.baseUrl}/graphql`, { authorization: `Bearer ${login.data!.login.token}` }).request<{
      staff: { nodes: { name: string; school: { name: string } }[] };
    }>('{ staff(first: 3) { nodes { name school { name } } } }');
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.staff.nodes).toHaveLength(3);
  });

  it('runs with no transpiler loaded and without --enable-source-maps', () => {
    for (const service of [directory, gateway]) {
      const facts = processFacts(service.child.pid!);
      expect({ service: service.name, ...facts }).toEqual({
        service: service.name,
        args: [join(compiled, 'dist', 'apps', service.name, 'src', 'main.js')],
        nodeOptions: expect.not.stringMatching(/enable-source-maps|swc/),
        swcLoaded: [],
      });
    }
  });
});
