import type { EntityManager } from 'typeorm';
import { DEFAULT_TIME_ZONE } from '@houqin/common';
import type { EventEnvelope } from '@houqin/events';
import { District } from '../district/district.entity';
import { School } from './school.entity';

/** Where an event happened, as its readers are told: the school's name and the zone its times are shown in. */
export interface EventPlace {
  schoolName: string | null;
  /** The school's zone, else the district's (brief §4: times are shown in the school's zone). */
  timeZone: string;
}

/** The school (or, for a district-wide event, the district) an event belongs to, as messages name it. */
export async function eventPlace(manager: EntityManager, event: Pick<EventEnvelope, 'districtId' | 'schoolId'>): Promise<EventPlace> {
  const school = event.schoolId ? await manager.findOne(School, { where: { id: event.schoolId, districtId: event.districtId } }) : null;
  if (school) return { schoolName: school.name, timeZone: school.timeZone };
  const district = await manager.findOne(District, { where: { id: event.districtId } });
  return { schoolName: null, timeZone: district?.timeZone ?? DEFAULT_TIME_ZONE };
}
