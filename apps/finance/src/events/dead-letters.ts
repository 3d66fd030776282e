import { deadLetterResolver } from '@houqin/events';
import type { FinanceContext } from '../context';
import { School, schoolRef } from '../federation/school';

/**
 * Finance's dead letters in the graph: `financeDeadLetters` and `replayFinanceDeadLetter` (rules
 * spread into permissions.ts); a letter's school is a reference the gateway fills from the directory.
 */
export const FinanceDeadLetterResolver = deadLetterResolver<FinanceContext>('finance', {
  school: { type: School, load: (_ctx, schoolId) => schoolRef(schoolId) },
});
