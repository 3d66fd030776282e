import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
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
