import type { MiddlewareFn } from 'type-graphql';
import { requirePermission, type PermissionTable } from '@houqin/auth';
import type { SubgraphContext } from './definition';

/**
 * A type-graphql middleware that runs before a mutation's arguments are validated: a caller who
 * holds none of the roles its rule names, at any school, gets FORBIDDEN (UNAUTHENTICATED without a
 * viewer) before any validation, so the input rules and the records behind them tell them nothing.
 * The service still checks the rule at the school the record or input names. A mutation missing from
 * the table is refused outright (masked as INTERNAL): every action has a rule.
 */
export function permissionGate(table: PermissionTable): MiddlewareFn<SubgraphContext> {
  return ({ info, context }, next) => {
    if (info.parentType.name !== 'Mutation') return next();
    const rule = table[info.fieldName];
    if (!rule) throw new Error(`Mutation ${info.fieldName} has no rule in the permission table.`);
    if (rule.open !== 'anonymous') requirePermission(context.viewer, rule);
    return next();
  };
}
