import type { EntityManager } from 'typeorm';
import { parseId } from '@houqin/common';
import type { SafetyContext } from '../context';

/** Where a hazard or a finding is: a responsibility zone and a room of the school (either may be null). */
export interface SafetyPlace {
  zoneId: string | null;
  roomId: string | null;
}

/**
 * Responsibility zones (责任区域). At `ctx.zones`.
 * (Skeleton: zone/ is being built; `placeIn` is the contract hazards and rounds use.)
 */
export class ZoneService {
  constructor(private readonly ctx: SafetyContext) {}

  /**
   * The zone and room a record names, checked against the school: the room must be a room of the
   * school (from safety's copy of facilities' rooms) and the zone a zone of the school; the zone is
   * taken from the room when only the room is given. BAD_USER_INPUT on `zoneId` / `roomId` otherwise.
   */
  async placeIn(_manager: EntityManager, _schoolId: string, place: { zoneId: string | null; roomId: string | null }): Promise<SafetyPlace> {
    void this.ctx;
    return {
      zoneId: place.zoneId ? parseId(place.zoneId, 'zoneId') : null,
      roomId: place.roomId ? parseId(place.roomId, 'roomId') : null,
    };
  }
}
