import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema, Kind, parse } from 'graphql';
import type { PermissionTable } from '@houqin/auth';

/** The Mutation fields of a checked-in subgraph SDL (`apps/<service>/schema.graphql`). */
export function mutationNames(schemaPath: string): string[] {
  const document = parse(readFileSync(schemaPath, 'utf8'));
  return document.definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    definition.name.value === 'Mutation'
      ? (definition.fields ?? []).map((field) => field.name.value)
      : [],
  );
}

/**
 * The mutations of a subgraph's schema that its permission table has no rule for. A service's
 * permission test expects this to be empty, so a mutation added without deciding who may call it
 * fails the suite.
 */
export function mutationsWithoutPermission(schemaPath: string, table: PermissionTable): string[] {
  return mutationNames(schemaPath).filter((name) => !(name in table));
}

/**
 * A checked-in subgraph SDL as plain GraphQL (federation directives dropped): the operations' argument
 * types, so table-driven specs (an outsider calling every mutation, nonsense input) can call any mutation.
 */
export function operationsSchema(schemaPath: string): GraphQLSchema {
  const sdl = readFileSync(schemaPath, 'utf8')
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
