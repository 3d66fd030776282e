import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * `npm run scaffold:subgraph -- <name> <port>`: a new domain subgraph in apps/<name>, copied from
 * tools/scaffold/template (finance's anatomy, one example concept `entry` with a flow, a store,
 * rules, a permission table and tests), and registered in tools/subgraphs.ts. Prints what is left
 * to do; docs/adding-a-subgraph.md explains each step.
 */
const ROOT = join(__dirname, '..', '..');
const TEMPLATE = join(__dirname, 'template');

export function tokens(name: string, port: number): Record<string, string> {
  const pascal = name.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase());
  const camel = pascal[0].toLowerCase() + pascal.slice(1);
  return { __service__: camel, __Service__: pascal, __SERVICE__: name.toUpperCase().replace(/-/g, '_'), __port__: String(port) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function render(text: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((out, [token, value]) => out.split(token).join(value), text);
}

function register(name: string, port: number, values: Record<string, string>): void {
  const path = join(ROOT, 'tools', 'subgraphs.ts');
  const source = readFileSync(path, 'utf8');
  const importLine = `import { create${values.__Service__}Subgraph } from '@houqin/${name}';\n`;
  const entryLine = `  { name: '${name}', appDir: 'apps/${name}', port: ${port}, definition: () => create${values.__Service__}Subgraph() },\n`;
  const lastImport = source.lastIndexOf('\nimport ');
  const afterImports = source.indexOf('\n', lastImport + 1) + 1;
  const listEnd = source.lastIndexOf('];');
  writeFileSync(path, source.slice(0, afterImports) + importLine + source.slice(afterImports, listEnd) + entryLine + source.slice(listEnd));
}

function main(): void {
  const [name, portText] = process.argv.slice(2);
  const port = Number(portText);
  if (!name || !/^[a-z][a-z0-9]*$/.test(name) || !Number.isInteger(port) || port < 1024 || port > 65535) {
    console.error('usage: npm run scaffold:subgraph -- <name: lower-case letters and digits> <port>, e.g. canteen 4003');
    process.exit(2);
  }
  const appDir = join(ROOT, 'apps', name);
  if (existsSync(appDir)) {
    console.error(`apps/${name} exists already.`);
    process.exit(1);
  }
  const values = tokens(name, port);
  for (const file of filesUnder(TEMPLATE)) {
    const target = join(appDir, render(relative(TEMPLATE, file), values).replace(/\.tmpl$/, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, render(readFileSync(file, 'utf8'), values));
  }
  register(name, port, values);
  // The template is plain text; the generated code takes the repository's formatting.
  execFileSync(
    process.execPath,
    [require.resolve('prettier/bin/prettier.cjs'), '--write', '--log-level=warn', appDir, join(ROOT, 'tools', 'subgraphs.ts')],
    { stdio: 'inherit' },
  );
  console.log(`apps/${name} created and registered in tools/subgraphs.ts. Next (docs/adding-a-subgraph.md):
  npm install                                     # links @houqin/${name} into the workspace
  npm run schema && npm run sql                   # its schema.graphql, the supergraph, sql/entry.sql
  npm run migration:generate -- ${name} Initial   # needs MySQL; lists it in src/migrations/index.ts
  npm test -- --selectProjects ${name}            # its generated tests
then add it to docker-compose.yml (service, database, ${values.__SERVICE__}_URL for the gateway) and rename the example concept.`);
}

if (require.main === module) main();
