import type { MiddlewareFn } from 'type-graphql';
import { requirePermission, type PermissionTable } from '@houqin/auth';
import type { SubgraphContext } from './definition';

/**
 * A type-graphql middleware that runs before a mutation's arguments are validated. For a mutation
 * only district roles may take (adding schools, allocating budgets), a caller without one gets
 * FORBIDDEN (UNAUTHENTICATED without a viewer) before any validation, so its input rules tell them
 * nothing. A mutation that school roles may take is left to its service, which first reads the
 * record in the caller's scope: a record of another school answers NOT_FOUND, whoever asks, and
 * only then are roles at that school checked. A mutation missing from the table is refused outright
 * (masked as INTERNAL): every action has a rule.
 */
export function permissionGate(table: PermissionTable): MiddlewareFn<SubgraphContext> {
  return ({ info, context }, next) => {
    if (info.parentType.name !== 'Mutation') return next();
    const rule = table[info.fieldName];
    if (!rule) throw new Error(`Mutation ${info.fieldName} has no rule in the permission table.`);
    if (rule.open !== 'anonymous' && !rule.school?.length) requirePermission(context.viewer, rule);
    return next();
  };
}
