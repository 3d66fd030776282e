import { In, type EntityManager } from 'typeorm';
import { newId } from '@houqin/common';
import type { EventHandlers } from '@houqin/events';
import { Room } from '../place/place.entity';
import { AssetEvent, AssetEventKind, AssetEventSource, type FixedAsset } from './asset.entity';
import { assetSql } from './asset.store';

/**
 * Assets follow their campus to another school (a merger): after places moved the campus's rooms
 * (placeHandlers runs first), every asset in one of those rooms still owned by another school takes
 * its room's school, the same row, with a SCHOOL_CHANGED history row at the new school. Tag numbers
 * are unique per school: if one is already used at the new school, nothing moves and the handler
 * throws a message naming the clashing tags (the event is parked as a dead letter; once the clash is
 * resolved — the tag changed at one school, which updateAsset does not offer: a data fix by the
 * district — an administrator replays it with replayFacilitiesDeadLetter).
 */
export async function moveAssetsWithCampus(manager: EntityManager, campusId: string, occurredAt: Date, reason: string): Promise<number> {
  const strayed = await assetSql.strayedFromCampus(manager, campusId).getMany();
  if (!strayed.length) return 0;
  const rooms = await manager.find(Room, { where: { id: In([...new Set(strayed.map((a) => a.roomId!))]) } });
  const schoolOfRoom = new Map(rooms.map((r) => [r.id, r.schoolId]));
  const byTarget = new Map<string, FixedAsset[]>();
  for (const asset of strayed) {
    const target = schoolOfRoom.get(asset.roomId!)!;
    byTarget.set(target, [...(byTarget.get(target) ?? []), asset]);
  }
  for (const [target, assets] of byTarget) {
    const clashes = await assetSql
      .withTags(
        manager,
        target,
        assets.map((a) => a.tagNumber),
      )
      .getMany();
    if (clashes.length)
      throw new Error(
        `Campus ${campusId} moved to school ${target}, but ${clashes.length} of its assets' tag numbers are already used there ` +
          `(${clashes
            .map((c) => c.tagNumber)
            .slice(0, 10)
            .join(', ')}): re-tag them at one of the schools, then replay this event.`,
      );
  }
  for (const [target, assets] of byTarget) {
    for (const asset of assets) {
      await assetSql.toSchool(manager, asset.id, target).execute();
      await manager.insert(AssetEvent, {
        id: newId(),
        districtId: asset.districtId,
        schoolId: target,
        assetId: asset.id,
        kind: AssetEventKind.SCHOOL_CHANGED,
        fromRoomId: asset.roomId,
        toRoomId: asset.roomId,
        fromCustodianStaffId: asset.custodianStaffId,
        toCustodianStaffId: asset.custodianStaffId,
        fromStatus: asset.status,
        toStatus: asset.status,
        reason: `From school ${asset.schoolId}: ${reason}`.slice(0, 500),
        source: AssetEventSource.CAMPUS_MOVE,
        actorAccountId: null,
        occurredAt,
      });
    }
  }
  return strayed.length;
}

/** What assets do with the directory's events (composed after placeHandlers in events/facilities.consumer.ts). */
export const assetHandlers: EventHandlers = {
  'directory.campus.moved': async (manager, { payload, occurredAt }) => {
    await moveAssetsWithCampus(manager, payload.campusId, new Date(occurredAt), payload.reason);
  },
};
