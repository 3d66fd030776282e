import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { addDemandControl } from './demand-control';
import type { SubgraphContext, SubgraphDefinition } from './definition';
import { gateMutations } from './permission-gate';
import { validateInput } from './validation';

/** The Federation 2 version and directives every houqin subgraph links (2.9 brings the demand-control directives). */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@cost", "@listSize"])';

export interface BuiltSubgraph {
  /** Executable subgraph schema (with `_service` and `_entities`). */
  schema: GraphQLSchema;
  /** The SDL a gateway composes: what `_service { sdl }` answers and what is checked in. */
  sdl: string;
}

/**
 * type-graphql classes → Federation 2 subgraph. type-graphql emits no `@link` and graphql's own
 * printer drops `@key`, so the SDL is printed with directives and the link prepended (stack notes).
 */
export async function buildFederatedSchema<C extends SubgraphContext>(definition: SubgraphDefinition<C>): Promise<BuiltSubgraph> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    validateFn: validateInput,
    skipCheck: true,
  });
  addDemandControl(typeGraphqlSchema);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema).trim()}\n`;
  const typeGraphqlResolvers = createResolversMap(typeGraphqlSchema) as Record<string, object>;
  // Before validation: a caller without the district role a mutation needs learns nothing from it.
  const resolvers = definition.permissions ? gateMutations(typeGraphqlResolvers, definition.permissions) : typeGraphqlResolvers;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  // The map mixes scalars, enums and object resolvers, which buildSubgraphSchema accepts at run time.
  const schema = buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolvers as never });
  return { schema, sdl };
}
