import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Makes each page carry only its own operations. The codegen client preset's `graphql()` looks a
 * document up in one map of every operation of the console (src/graphql/gql.ts), and its generated
 * documents all live in one module (src/graphql/graphql.ts): either way every page's queries would
 * land in the first download. This rewrites each `graphql(`…`)` call at build time into that
 * operation's own generated document (`<Name>Document`, or `<Name>FragmentDoc` for a fragment
 * alone; fragments it spreads included), inlined where it is used, so it goes into the page's own
 * chunk: what the client preset's Babel and SWC plugins do, for Vite.
 */
const GENERATED = fileURLToPath(new URL('../src/graphql/graphql.ts', import.meta.url));
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const EXPORT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<[^\n]*;$/gm;

/** The generated export a `graphql()` source stands for. */
export function documentName(source: string): string | null {
  const operation = /\b(query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(source);
  if (operation) return `${operation[2]}Document`;
  const fragment = /\bfragment\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(source);
  return fragment ? `${fragment[1]}FragmentDoc` : null;
}

let cache: { mtimeMs: number; documents: Map<string, string> } | null = null;

/** Every generated document as its JSON text, re-read when codegen rewrote the file. */
function generatedDocuments(): Map<string, string> {
  const { mtimeMs } = statSync(GENERATED);
  if (cache?.mtimeMs !== mtimeMs) {
    const documents = new Map<string, string>();
    for (const [, name, json] of readFileSync(GENERATED, 'utf8').matchAll(EXPORT)) documents.set(name, json);
    cache = { mtimeMs, documents };
  }
  return cache.documents;
}

export function graphqlDocuments(): Plugin {
  return {
    name: 'houqin-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/graphql/') || !code.includes('graphql(`')) return null;
      const documents = generatedDocuments();
      let changed = false;
      const rewritten = code.replace(CALL, (call, source: string) => {
        const name = documentName(source);
        const json = name ? documents.get(name) : undefined;
        // Not generated yet (codegen not run): leave the call; the lookup map answers it in development.
        if (!json) return call;
        changed = true;
        return `(${json})`;
      });
      return changed ? { code: rewritten, map: null } : null;
    },
  };
}
