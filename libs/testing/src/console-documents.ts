import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentNode } from 'graphql';
import { REPO_ROOT } from './process';

/**
 * The web console's operations as codegen wrote them (apps/console/src/graphql/graphql.ts), by export
 * name (e.g. "SafetyDashboardDocument"): what the console really sends, for the gateway's cost test and
 * the benchmarks, read from the file rather than imported (the console is a browser project).
 */
export function consoleDocuments(): Map<string, DocumentNode> {
  const generated = readFileSync(join(REPO_ROOT, 'apps', 'console', 'src', 'graphql', 'graphql.ts'), 'utf8');
  const documents = new Map<string, DocumentNode>();
  for (const [, name, json] of generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode<[^\n]*;$/gm)) {
    documents.set(name, JSON.parse(json) as DocumentNode);
  }
  return documents;
}
