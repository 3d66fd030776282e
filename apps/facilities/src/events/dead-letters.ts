import { deadLetterResolver } from '@houqin/events';
import type { FacilitiesContext } from '../context';
import { School, schoolRef } from '../federation/school';

/**
 * Facilities' dead letters in the graph: `facilitiesDeadLetters` and `replayFacilitiesDeadLetter` (rules
 * spread into permissions.ts); a letter's school is a reference the gateway fills from the directory.
 */
export const FacilitiesDeadLetterResolver = deadLetterResolver<FacilitiesContext>('facilities', {
  school: { type: School, load: (_ctx, schoolId) => schoolRef(schoolId) },
});
