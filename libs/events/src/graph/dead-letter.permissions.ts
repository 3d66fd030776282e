import { definePermissions, type PermissionRule, Role } from '@houqin/auth';

/**
 * Who may see and replay a service's dead letters: district administrators read and replay,
 * district auditors read; school roles neither (a dead letter can concern any school, or none).
 */
export const DEAD_LETTER_RULES = definePermissions({
  readDeadLetters: {
    doing: 'Reading dead letters (events a service could not apply)',
    district: [Role.DISTRICT_ADMIN, Role.DISTRICT_AUDITOR],
  },
  replayDeadLetter: { doing: 'Replaying a dead letter', district: [Role.DISTRICT_ADMIN] },
});

/** `replay<Service>DeadLetter`: the mutation (and permission key) of one service. */
export type ReplayDeadLetterAction<S extends string> = `replay${Capitalize<S>}DeadLetter`;

const SERVICE = /^[a-z][a-z0-9]*$/;

export function deadLetterNames<S extends string>(service: S): { query: `${S}DeadLetters`; mutation: ReplayDeadLetterAction<S> } {
  if (!SERVICE.test(service)) throw new Error(`Dead letters of ${service}: the service name must be lower case letters and digits.`);
  const pascal = `${service[0].toUpperCase()}${service.slice(1)}` as Capitalize<S>;
  return { query: `${service}DeadLetters`, mutation: `replay${pascal}DeadLetter` };
}

/**
 * The dead-letter rules to spread into a consuming service's permission table, so the kit's gate
 * knows its replay mutation (and the role tests see both rules):
 *
 *   export const P = definePermissions({ ...deadLetterPermissions('directory'), login: … });
 */
export function deadLetterPermissions<S extends string>(service: S): Record<'readDeadLetters' | ReplayDeadLetterAction<S>, PermissionRule> {
  const { readDeadLetters, replayDeadLetter } = DEAD_LETTER_RULES;
  const rule = ({ doing, district }: PermissionRule): PermissionRule => ({ doing, district });
  return { readDeadLetters: rule(readDeadLetters), [deadLetterNames(service).mutation]: rule(replayDeadLetter) } as Record<
    'readDeadLetters' | ReplayDeadLetterAction<S>,
    PermissionRule
  >;
}
