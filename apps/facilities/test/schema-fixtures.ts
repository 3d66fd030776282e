/**
 * The facilities schema for the tests (not a spec): the mutations and queries as schema.graphql declares
 * them, so table-driven specs (outsider, nonsense) can call any mutation with its own argument types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_PATH = join(__dirname, '..', 'schema.graphql');

/** The subgraph schema as plain GraphQL (federation directives dropped): the operations' argument types. */
export function facilitiesSchema(): GraphQLSchema {
  const sdl = readFileSync(SCHEMA_PATH, 'utf8')
    .replace(/extend schema[\s\S]*?(?=\n\n|\n"""|\ntype |\ndirective )/, '')
    .replace(/@\w+(\([^)]*\))?/g, '');
  return buildSchema(sdl, { assumeValid: true, assumeValidSDL: true });
}

/** `mutation($input: X!) { name(input: $input) { __typename } }` for any mutation of the schema. */
export function mutationDocument(schema: GraphQLSchema, name: string): string {
  const field = schema.getMutationType()!.getFields()[name];
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation(${vars}) { ${name}(${args}) { __typename } }`;
}
