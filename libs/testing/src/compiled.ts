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

/** Where the tests' builds live: tmp/<kind>/<hash of the sources>. */
const CACHE_ROOT = join(REPO_ROOT, 'tmp');
/** Builds older than this are removed when a new one is made (a running test never uses one that old). */
const STALE_MS = 24 * 60 * 60 * 1000;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files directly in `dir` (a project's manifests and configs), not its folders. */
function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** Everything the server build reads: the projects' sources, manifests and assets, the swc settings and the build script. */
function serverBuildInputs(): string[] {
  const projects = ['apps', 'libs'].flatMap((group) => readdirSync(join(REPO_ROOT, group)).map((name) => join(REPO_ROOT, group, name)));
  const files = projects.flatMap((dir) => [...filesUnder(join(dir, 'src')), ...filesIn(dir)]);
  return [...files, join(REPO_ROOT, '.swcrc'), join(REPO_ROOT, 'tools', 'build', 'build.mjs')];
}

/** Everything the web console's bundle reads: its sources, build plugins, page, configs, and the locked packages. */
function consoleBuildInputs(): string[] {
  const console = join(REPO_ROOT, 'apps', 'console');
  return [
    ...filesUnder(join(console, 'src')),
    ...filesUnder(join(console, 'build')),
    ...filesIn(console),
    join(REPO_ROOT, 'package-lock.json'),
  ];
}

function hashOf(files: string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) hash.update(relative(REPO_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * `tmp/<kind>/<hash of inputs>`, made by `build(folder)` once per state of the inputs and shared by every
 * test of a run (and later runs while the sources stay the same). Built into a private folder and renamed
 * into place, so parallel jest workers never see half a build; `done` names what a finished build holds.
 */
function buildOnce(kind: string, inputs: string[], done: string, build: (folder: string) => void): string {
  const cacheDir = join(CACHE_ROOT, kind);
  const root = join(cacheDir, hashOf(inputs));
  if (existsSync(join(root, done))) return root;
  mkdirSync(cacheDir, { recursive: true });
  const building = `${root}.building-${process.pid}`;
  try {
    build(building);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  try {
    renameSync(building, root);
  } catch (error) {
    // Another worker renamed its identical build into place first.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(root, done))) throw error;
  }
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (path !== root && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
  return root;
}

/**
 * The repository compiled as production runs it (`npm run build`: tools/build/build.mjs), built once
 * per state of the sources and shared by every test of a run: returns the folder holding `dist/`.
 */
export function compiledBuild(): string {
  return buildOnce('compiled', serverBuildInputs(), 'dist', (folder) => {
    const result = spawnSync(process.execPath, [join('tools', 'build', 'build.mjs'), '--out', join(folder, 'dist')], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`the build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  });
}

/**
 * The web console's bundle as `npm run build` makes it, built once per state of its sources and shared
 * by every browser test of a run (each used to build its own: a minute of two cores apiece): returns its folder.
 */
export function consoleBuild(): string {
  return buildOnce('console-build', consoleBuildInputs(), 'index.html', (folder) => buildConsole(folder));
}

/** Vite's command line, run with this Node. */
export const VITE_BIN = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
/** The console's Vite config (build, preview and Vitest), relative to the repository. */
export const CONSOLE_VITE_CONFIG = join('apps', 'console', 'vite.config.mts');

/**
 * Builds the console as `npm run build` does, into `outDir` (its own folder, so parallel runs do not collide;
 * hence no Vite lock, which refuses a second build of the same project while one runs).
 */
export function buildConsole(outDir: string): void {
  const result = spawnSync(
    process.execPath,
    [VITE_BIN, 'build', '--config', CONSOLE_VITE_CONFIG, '--outDir', outDir, '--logLevel', 'warn', '--bypass-lock'],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}
