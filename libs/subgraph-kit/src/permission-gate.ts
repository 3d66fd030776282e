import type { GraphQLFieldResolver } from 'graphql';
import { mayAnywhere, requirePermission, requireViewer, type PermissionTable } from '@houqin/auth';
import type { SubgraphContext } from './definition';

type Resolvers = Record<string, object>;

/**
 * Wraps each Mutation resolver of a type-graphql resolvers map so its permission rule is checked
 * before type-graphql validates the arguments (validation happens inside the wrapped resolver).
 * A caller who holds none of the roles the mutation's rule allows (or the rules it names in
 * `alsoUnder`), at any school or district-wide, gets FORBIDDEN (UNAUTHENTICATED without a viewer)
 * before any validation, so its input rules tell them nothing. Whoever holds such a role somewhere
 * goes on to the service, which reads the record in the caller's scope (a record of another school
 * answers NOT_FOUND) and only then checks the role at that school. A mutation missing from the table
 * is refused outright (masked as INTERNAL): every action has a rule. Only mutations are wrapped, so
 * reads and plain fields pay nothing.
 */
export function gateMutations(resolvers: Resolvers, table: PermissionTable): Resolvers {
  const mutations = resolvers.Mutation as Record<string, GraphQLFieldResolver<unknown, SubgraphContext>> | undefined;
  if (!mutations) return resolvers;
  const gated = Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => {
      const rule = table[name];
      const gate: GraphQLFieldResolver<unknown, SubgraphContext> = (root, args, context, info) => {
        if (!rule) throw new Error(`Mutation ${name} has no rule in the permission table.`);
        // Without any role of the rule anywhere: FORBIDDEN, saying the roles it needs (requirePermission's message).
        if (rule.open !== 'anonymous' && !mayAnywhere(requireViewer(context.viewer), rule, table)) requirePermission(context.viewer, rule);
        return resolve(root, args, context, info);
      };
      return [name, gate];
    }),
  );
  return { ...resolvers, Mutation: gated };
}
