import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './process';

/**
 * The Node flags production starts each service with (tools/docker/entrypoint.sh, its default
 * HOUQIN_MAX_OLD_SPACE_MIB): a heap ceiling under 2 GiB, which makes V8 collect before the old space
 * holds four times the live heap (docs/deployment.md#memory-内存). The bench's compiled path and
 * `npm run start:prod` use the same; tools/checks/compiled.spec.ts checks the entrypoint agrees.
 */
export const PRODUCTION_NODE_ARGS: readonly string[] = ['--max-old-space-size=1024'];

/**
 * What subgraphs add (the entrypoint's default HOUQIN_MAX_SEMI_SPACE_MIB): a smaller young generation,
 * which cut a subgraph's RSS after load by ~30 MiB at no measured CPU cost to it; the gateway's CPU
 * per request rose with it, so the gateway keeps V8's default.
 */
export const SUBGRAPH_NODE_ARGS: readonly string[] = ['--max-semi-space-size=8'];

/** The Node flags production starts `app` with. */
export function productionNodeArgs(app: string): string[] {
  return app === 'gateway' ? [...PRODUCTION_NODE_ARGS] : [...PRODUCTION_NODE_ARGS, ...SUBGRAPH_NODE_ARGS];
}

/** Where the tests' compiled builds live: tmp/compiled/<hash of the sources>/dist. */
const CACHE_DIR = join(REPO_ROOT, 'tmp', 'compiled');
/** Builds older than this are removed when a new one is made (a running test never uses one that old). */
const STALE_MS = 24 * 60 * 60 * 1000;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Everything a build reads: the projects' sources, manifests and assets, the swc settings and the build script. */
function buildInputs(): string[] {
  const projects = ['apps', 'libs'].flatMap((group) => readdirSync(join(REPO_ROOT, group)).map((name) => join(REPO_ROOT, group, name)));
  const files = projects.flatMap((dir) => [
    ...filesUnder(join(dir, 'src')),
    ...readdirSync(dir)
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile()),
  ]);
  return [...files, join(REPO_ROOT, '.swcrc'), join(REPO_ROOT, 'tools', 'build', 'build.mjs')].sort();
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of buildInputs()) hash.update(relative(REPO_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The repository compiled as production runs it (`npm run build`: tools/build/build.mjs), built once
 * per state of the sources and shared by every test of a run: returns the folder holding `dist/`.
 * Built into a private folder and renamed into place, so parallel jest workers never see half a build.
 */
export function compiledBuild(): string {
  const root = join(CACHE_DIR, sourcesHash());
  if (existsSync(join(root, 'dist'))) return root;
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = `${root}.building-${process.pid}`;
  const result = spawnSync(process.execPath, [join('tools', 'build', 'build.mjs'), '--out', join(building, 'dist')], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    rmSync(building, { recursive: true, force: true });
    throw new Error(`the build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  try {
    renameSync(building, root);
  } catch (error) {
    // Another worker renamed its identical build into place first.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(root, 'dist'))) throw error;
  }
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (path !== root && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
  return root;
}
