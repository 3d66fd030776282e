#!/usr/bin/env node
// Compiles workspace projects (apps/* and libs/*) from TypeScript to CommonJS JavaScript with swc, the way production runs
// them: `node dist/apps/<app>/src/main.js`, with no transpiler loaded at run time.
//   node tools/build/build.mjs                              → every project that runs in production (not libs/testing)
//   node tools/build/build.mjs apps/gateway --asset supergraph.graphql   → one project (what its Nx `build` target runs)
//   node tools/build/build.mjs --out tmp/x/dist             → somewhere else than dist/ (the tests' cached builds)
// Layout: dist/<projectRoot>/src/**/*.js mirrors the sources (so `__dirname`-relative files keep their place; `--asset`
// copies such files, e.g. the gateway's supergraph.graphql, beside them), with a .js.map per file (unused unless someone
// runs with --enable-source-maps to debug). Each project also gets dist/node_modules/@houqin/<name>/package.json whose
// `main` points at its compiled entry: Node looks for `@houqin/common` in dist/node_modules before the repository's
// node_modules (where npm's workspace link points at the TypeScript sources), so compiled code only ever loads compiled
// code, and third-party packages still resolve from the repository's (or the image's) node_modules.
// Plain JavaScript on purpose: building must not need the transpiler it replaces.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const swc = require('@swc/core');

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The repository's swc settings (decorators and their metadata, which type-graphql and TypeORM need), source maps as files. */
function swcOptions() {
  const swcrc = JSON.parse(readFileSync(join(REPO_ROOT, '.swcrc'), 'utf8'));
  delete swcrc.$schema;
  return { ...swcrc, swcrc: false, sourceMaps: true };
}

/** `.ts` files under `dir`, tests and declarations left out. */
function sources(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sources(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.spec.ts')) found.push(path);
  }
  return found;
}

/**
 * Every project that runs in production on Node: each apps/* and libs/* project except test libraries (tag `type:test-lib`)
 * and the web console (tag `type:web`: Vite builds it for the browser, `vite build`),
 * with the assets its `build` target copies (`--asset` in its command). A lib without a `build` target is still
 * compiled here, so the image never falls back to TypeScript sources; tools/checks/compiled.spec.ts asks for the target.
 */
export function buildableProjects() {
  const projects = [];
  for (const group of ['apps', 'libs']) {
    for (const name of readdirSync(join(REPO_ROOT, group)).sort()) {
      const projectFile = join(REPO_ROOT, group, name, 'project.json');
      if (!existsSync(projectFile) || !existsSync(join(REPO_ROOT, group, name, 'package.json'))) continue;
      const project = JSON.parse(readFileSync(projectFile, 'utf8'));
      if (project.tags?.includes('type:test-lib') || project.tags?.includes('type:web')) continue;
      const command = project.targets?.build?.options?.command ?? '';
      const assets = [...command.matchAll(/--asset\s+(\S+)/g)].map((m) => m[1]);
      projects.push({ root: `${group}/${name}`, assets, hasBuildTarget: command.includes('tools/build/build.mjs') });
    }
  }
  return projects;
}

/** Compiles one project into `outDir`; returns how many files it wrote. */
export async function buildProject(root, assets, outDir, options = swcOptions()) {
  const projectDir = join(REPO_ROOT, root);
  const target = join(outDir, root);
  // Start clean: a source deleted since the last build must not live on as stale JavaScript.
  rmSync(target, { recursive: true, force: true });
  const files = sources(join(projectDir, 'src'));
  await Promise.all(
    files.map(async (file) => {
      const out = join(target, relative(projectDir, file)).replace(/\.ts$/, '.js');
      const { code, map } = await swc.transformFile(file, {
        ...options,
        filename: file,
        sourceFileName: relative(dirname(out), file),
        outputPath: out,
      });
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${code}\n//# sourceMappingURL=${out.slice(dirname(out).length + 1)}.map\n`);
      if (map) writeFileSync(`${out}.map`, map);
    }),
  );
  for (const asset of assets) {
    mkdirSync(dirname(join(target, asset)), { recursive: true });
    copyFileSync(join(projectDir, asset), join(target, asset));
  }
  const manifest = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8'));
  const main = manifest.main.replace(/\.ts$/, '.js');
  if (!existsSync(join(target, main))) throw new Error(`${root}: package.json main ${manifest.main} was not compiled to ${main}`);
  const link = join(outDir, 'node_modules', manifest.name);
  mkdirSync(link, { recursive: true });
  writeFileSync(
    join(link, 'package.json'),
    `${JSON.stringify({ name: manifest.name, private: true, main: relative(link, join(target, main)) }, null, 2)}\n`,
  );
  return files.length;
}

/** Compiles `projects` (default: every buildable one) into `outDir`. */
export async function build(outDir = join(REPO_ROOT, 'dist'), projects = buildableProjects()) {
  const options = swcOptions();
  let files = 0;
  for (const { root, assets } of projects) files += await buildProject(root, assets, outDir, options);
  return files;
}

async function main() {
  const args = process.argv.slice(2);
  let outDir = join(REPO_ROOT, 'dist');
  const roots = [];
  const assets = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--out') outDir = resolve(args[(i += 1)]);
    else if (args[i] === '--asset') assets.push(args[(i += 1)]);
    else roots.push(args[i].replace(/\/+$/, ''));
  }
  if (roots.length > 1 && assets.length) throw new Error('--asset applies to one project; build projects with assets one at a time');
  const projects = roots.length ? roots.map((root) => ({ root, assets })) : buildableProjects();
  const started = Date.now();
  const files = await build(outDir, projects);
  console.log(
    `built ${projects.map((p) => p.root).join(', ')}: ${files} files into ${relative(process.cwd(), outDir) || '.'} in ${Date.now() - started} ms`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`build failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
