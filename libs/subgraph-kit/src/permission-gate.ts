import type { GraphQLFieldResolver } from 'graphql';
import { requirePermission, type PermissionTable } from '@houqin/auth';
import type { SubgraphContext } from './definition';

type Resolvers = Record<string, object>;

/**
 * Wraps each Mutation resolver of a type-graphql resolvers map so its permission rule is checked
 * before type-graphql validates the arguments (validation happens inside the wrapped resolver).
 * For a mutation only district roles may take (adding schools, allocating budgets), a caller without
 * one gets FORBIDDEN (UNAUTHENTICATED without a viewer) before any validation, so its input rules
 * tell them nothing. A mutation that school roles may take is left to its service, which first reads
 * the record in the caller's scope: a record of another school answers NOT_FOUND, whoever asks, and
 * only then are roles at that school checked. A mutation missing from the table is refused outright
 * (masked as INTERNAL): every action has a rule. Only mutations are wrapped, so reads and plain
 * fields pay nothing.
 */
export function gateMutations(resolvers: Resolvers, table: PermissionTable): Resolvers {
  const mutations = resolvers.Mutation as Record<string, GraphQLFieldResolver<unknown, SubgraphContext>> | undefined;
  if (!mutations) return resolvers;
  const gated = Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => {
      const rule = table[name];
      const gate: GraphQLFieldResolver<unknown, SubgraphContext> = (root, args, context, info) => {
        if (!rule) throw new Error(`Mutation ${name} has no rule in the permission table.`);
        if (rule.open !== 'anonymous' && !rule.school?.length) requirePermission(context.viewer, rule);
        return resolve(root, args, context, info);
      };
      return [name, gate];
    }),
  );
  return { ...resolvers, Mutation: gated };
}
