import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rules from './boundary-rules.json';

/**
 * Dependency rules between Nx projects, by their `type:` tag (the table is boundary-rules.json, which
 * the ESLint rule tools/eslint/boundaries.cjs reads too):
 * - a lib depends only on libs (and the test lib from its tests), never on an app or a tool;
 * - a subgraph depends on libs (and the test lib from its tests), never on another subgraph or the gateway;
 * - the gateway depends on libs (and the test lib), never on a subgraph's code: it knows subgraphs
 *   only through the composed supergraph;
 * - tools may use anything; nothing depends on tools.
 * - the web console's browser tests (apps/console/e2e) use libs (demo data, the test lib); its browser code
 *   (apps/console/src) speaks only GraphQL to the gateway;
 * Nx sees a project's tests as part of it; `testOnlyImportViolations` keeps the test lib (the `testOnly`
 * types) out of src/.
 */
export const ALLOWED: Record<string, string[]> = rules.allowed;

export interface ProjectGraph {
  nodes: Record<string, { data: { tags?: string[] } }>;
  dependencies: Record<string, { source: string; target: string }[]>;
}

const typeOf = (graph: ProjectGraph, project: string) => (graph.nodes[project]?.data.tags ?? []).filter((t) => t.startsWith('type:'));

/** Every broken rule, as readable sentences; empty when the workspace follows them. */
export function boundaryViolations(graph: ProjectGraph): string[] {
  const problems: string[] = [];
  for (const project of Object.keys(graph.nodes)) {
    const types = typeOf(graph, project);
    if (types.length !== 1 || !(types[0] in ALLOWED)) {
      problems.push(`${project} must have exactly one of the tags ${Object.keys(ALLOWED).join(', ')} (has ${types.join(', ') || 'none'})`);
      continue;
    }
    for (const { target } of graph.dependencies[project] ?? []) {
      if (!graph.nodes[target]) continue; // npm packages
      const [targetType] = typeOf(graph, target);
      if (!ALLOWED[types[0]].includes(targetType)) problems.push(`${project} (${types[0]}) must not depend on ${target} (${targetType})`);
    }
  }
  return problems;
}

/** The workspace's project graph as Nx computes it from the sources' imports. */
export function workspaceGraph(root: string): ProjectGraph {
  const dir = mkdtempSync(join(tmpdir(), 'houqin-graph-'));
  try {
    const file = join(dir, 'graph.json');
    execFileSync(process.execPath, [require.resolve('nx/bin/nx'), 'graph', `--file=${file}`], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      stdio: 'pipe',
    });
    return (JSON.parse(readFileSync(file, 'utf8')) as { graph: ProjectGraph }).graph;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Files under apps/*\/src and libs/*\/src that import the test lib (it is for tests only). */
export function testOnlyImportViolations(root: string): string[] {
  // git grep exits 1 when nothing matches, which is the good case.
  const { stdout } = spawnSync('git', ['grep', '--untracked', '-l', '-E', "from '@houqin/testing'", '--', 'apps/*/src/*', 'libs/*/src/*'], {
    cwd: root,
    encoding: 'utf8',
  });
  return stdout.trim()
    ? stdout
        .trim()
        .split('\n')
        .filter((file) => !file.startsWith('libs/testing/'))
    : [];
}
