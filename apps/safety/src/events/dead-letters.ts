import { deadLetterResolver } from '@houqin/events';
import type { SafetyContext } from '../context';
import { School, schoolRef } from '../federation/school';

/**
 * Safety's dead letters in the graph: `safetyDeadLetters` and `replaySafetyDeadLetter` (rules
 * spread into permissions.ts); a letter's school is a reference the gateway fills from the directory.
 */
export const SafetyDeadLetterResolver = deadLetterResolver<SafetyContext>('safety', {
  school: { type: School, load: (_ctx, schoolId) => schoolRef(schoolId) },
});
