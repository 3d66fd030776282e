import type { EntityManager } from 'typeorm';
import { directoryEvents, publishEvent } from '@houqin/events';
import type { Actor } from '@houqin/persistence';
import type { SchoolTerm } from './term.entity';

/** Records `directory.school.termSaved` with the term's facts as they now are (a new term or a changed one). */
export async function announceTermSaved(manager: EntityManager, actor: Actor, term: SchoolTerm): Promise<void> {
  await publishEvent(manager, actor, directoryEvents.schoolTermSaved, {
    districtId: term.districtId,
    schoolId: term.schoolId,
    payload: { termId: term.id, schoolId: term.schoolId, name: term.name, startsOn: term.startsOn, endsOn: term.endsOn },
  });
}
