/**
 * The facilities schema for the tests (not a spec): the mutations and queries as schema.graphql declares
 * them, so table-driven specs (outsider, nonsense) can call any mutation with its own argument types.
 */
import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { operationsSchema } from '@houqin/testing';

export { mutationDocument } from '@houqin/testing';

export const SCHEMA_PATH = join(__dirname, '..', 'schema.graphql');

/** The subgraph schema as plain GraphQL (federation directives dropped): the operations' argument types. */
export const facilitiesSchema = (): GraphQLSchema => operationsSchema(SCHEMA_PATH);
