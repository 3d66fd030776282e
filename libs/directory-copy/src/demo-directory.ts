import type { DataSource } from 'typeorm';
import type { Logger } from '@houqin/common';
import { applyDemoFacts, type ConsumerDefinition, demoFactMaker, type EventEnvelope } from '@houqin/events';
import {
  DEMO_CAMPUSES,
  DEMO_DISTRICT,
  DEMO_SCHOOL_ORDER,
  DEMO_SCHOOLS,
  DEMO_STAFF_POSTS,
  DEMO_TERMS,
  demoStaffIdFor,
  demoTermId,
} from '@houqin/demo';

/**
 * The demo district's directory facts (schools, campuses, staff, school terms) as the directory publishes them,
 * for a service's demo seed (which runs before the directory's events arrive) and its tests
 * (which run without the directory). Each envelope has a fixed id from the smallest UUIDv7 time, so
 * applying them twice is a duplicate, and any event the directory really published (a school closed
 * since) is newer and wins, whichever arrives first.
 */
export function demoDirectoryEvents(): EventEnvelope[] {
  const event = demoFactMaker('8000', 'demo-directory', DEMO_DISTRICT.id);
  const schools = DEMO_SCHOOL_ORDER.map((key) => DEMO_SCHOOLS[key]).map((s) =>
    event('directory.school.created', s.id, {
      schoolId: s.id,
      code: s.code,
      name: s.name,
      kind: s.kind,
      active: s.active,
      timeZone: DEMO_DISTRICT.timeZone,
    }),
  );
  const campuses = Object.values(DEMO_CAMPUSES).map((c) =>
    event('directory.campus.created', c.schoolId, { campusId: c.id, schoolId: c.schoolId, name: c.name, active: true }),
  );
  const staff = DEMO_SCHOOL_ORDER.filter((key) => DEMO_SCHOOLS[key].active).flatMap((key) =>
    DEMO_STAFF_POSTS.map((post) =>
      event('directory.staff.created', DEMO_SCHOOLS[key].id, {
        staffId: demoStaffIdFor(key, post),
        schoolId: DEMO_SCHOOLS[key].id,
        campusId: null,
        name: `${post} (demo)`,
        posts: [post],
        active: true,
      }),
    ),
  );
  const terms = DEMO_SCHOOL_ORDER.filter((key) => DEMO_SCHOOLS[key].active).flatMap((key) =>
    DEMO_TERMS.map((term, index) =>
      event('directory.school.termSaved', DEMO_SCHOOLS[key].id, {
        termId: demoTermId(key, index),
        schoolId: DEMO_SCHOOLS[key].id,
        ...term,
      }),
    ),
  );
  return [...schools, ...campuses, ...staff, ...terms];
}

/** Applies the demo district's directory facts to a service's copy through its real consumer (idempotent). */
export async function applyDemoDirectory(dataSource: DataSource, logger: Logger, consumerDefinition: ConsumerDefinition): Promise<void> {
  await applyDemoFacts(dataSource, logger, consumerDefinition, demoDirectoryEvents(), 'demo directory');
}
