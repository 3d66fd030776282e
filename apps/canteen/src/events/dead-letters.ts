import { deadLetterResolver } from '@houqin/events';
import type { CanteenContext } from '../context';
import { School, schoolRef } from '../federation/school';

/**
 * The canteen's dead letters in the graph: `canteenDeadLetters` and `replayCanteenDeadLetter` (rules
 * spread into permissions.ts); a letter's school is a reference the gateway fills from the directory.
 */
export const CanteenDeadLetterResolver = deadLetterResolver<CanteenContext>('canteen', {
  school: { type: School, load: (_ctx, schoolId) => schoolRef(schoolId) },
});
