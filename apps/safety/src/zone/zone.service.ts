import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requirePermission } from '@houqin/auth';
import { badInput, newId, parseId, type Page, type PageArgs } from '@houqin/common';
import { groupedLoader, isUniqueViolation, paginate, recordAudit, saveEdit, type ScopedReader } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { P } from '../permissions';
import { roomCopySql } from '../room-copy/room-copy.store';
import { SafetyZone, SafetyZoneRoom } from './zone.entity';
import type { CreateSafetyZoneInput, UpdateSafetyZoneInput } from './zone.inputs';
import { missingRooms, zoneRoomIds } from './zone.rules';
import { zoneReader, zoneSql } from './zone.store';

/** Where a hazard or a finding is: a responsibility zone and a room of the school (either may be null). */
export interface SafetyPlace {
  zoneId: string | null;
  roomId: string | null;
}

/**
 * Responsibility zones (责任区域): areas of a campus with a responsible person and a patrol frequency;
 * each room in at most one zone. Rooms are facilities' (safety checks them against its copy,
 * room-copy/). At `ctx.zones`; `placeIn` is how hazards and rounds check where they are.
 */
export class ZoneService {
  readonly reader: ScopedReader<SafetyZone>;
  private roomsLoader?: DataLoader<string, SafetyZoneRoom[]>;
  private zoneOfRoomLoader?: DataLoader<string, SafetyZoneRoom[]>;

  constructor(private readonly ctx: SafetyContext) {
    this.reader = zoneReader(ctx);
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  /** A school's zones by name: anyone of the school (a reporter picks one) and the district; `active` narrows. */
  async ofSchool(schoolId: string, active: boolean | null, page: PageArgs): Promise<Page<SafetyZone>> {
    const id = parseId(schoolId, 'schoolId');
    requirePermission(this.ctx.viewer, P.readOwnSafety, id);
    return paginate(zoneSql.ofSchool(this.ctx.dataSource.manager, this.reader, id, active), page);
  }

  /** One zone the viewer may read; NOT_FOUND otherwise. */
  get(id: string): Promise<SafetyZone> {
    return this.reader.get(id);
  }

  /** A zone's room ids (batched over a page of zones). */
  async roomIdsOf(zoneId: string): Promise<string[]> {
    this.roomsLoader ??= groupedLoader(
      (ids) => zoneSql.roomsOf(this.ctx.dataSource.manager, ids).getMany(),
      (row) => row.zoneId,
    );
    return (await this.roomsLoader.load(zoneId)).map((row) => row.roomId);
  }

  /** The zone a facilities room is in, if the viewer may read it (batched over a page of rooms: two statements). */
  async zoneOfRoom(roomId: string): Promise<SafetyZone | null> {
    if (!this.ctx.viewer) return null;
    this.zoneOfRoomLoader ??= groupedLoader(
      (ids) => zoneSql.zonesOfRooms(this.ctx.dataSource.manager, ids).getMany(),
      (row) => row.roomId,
    );
    const [row] = await this.zoneOfRoomLoader.load(roomId);
    return row ? this.reader.byId(row.zoneId) : null;
  }

  // ── Changes ─────────────────────────────────────────────────────────────────────────────

  /** The officer or a leader creates a zone on a campus of their school, with its person, frequency and rooms. */
  async create(input: CreateSafetyZoneInput): Promise<SafetyZone> {
    requirePermission(this.ctx.viewer, P.createSafetyZone);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.createSafetyZone, schoolId);
    const roomIds = zoneRoomIds(input.roomIds ?? []);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const campus = await this.ctx.directoryCopy.requireCampusOf(manager, schoolId, input.campusId, 'campusId');
      await this.ctx.directoryCopy.assertStaffOf(manager, schoolId, input.responsibleStaffId, 'responsibleStaffId');
      const name = input.name.trim();
      await this.checkNameFree(manager, schoolId, name, null);
      const zone: Partial<SafetyZone> = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        campusId: campus.campusId,
        name,
        kind: input.kind,
        responsibleStaffId: parseId(input.responsibleStaffId, 'responsibleStaffId'),
        patrolEveryDays: input.patrolEveryDays,
        description: input.description?.trim() || null,
        active: true,
      };
      await this.checkRooms(manager, schoolId, roomIds, zone.id!);
      try {
        await manager.insert(SafetyZone, zone);
      } catch (error) {
        if (isUniqueViolation(error)) throw nameTaken(name);
        throw error;
      }
      await this.setRooms(manager, zone.id!, schoolId, roomIds);
      await recordAudit(manager, this.ctx, {
        action: 'zone.create',
        entityType: 'SafetyZone',
        entityId: zone.id!,
        districtId: viewer.districtId,
        schoolId,
        changes: { ...zone, roomIds },
      });
      return manager.findOneOrFail(SafetyZone, { where: { id: zone.id } });
    });
  }

  /** Changes a zone (the version read); `roomIds` replaces its rooms; `active: false` retires it and frees its rooms. */
  async update(input: UpdateSafetyZoneInput): Promise<SafetyZone> {
    requirePermission(this.ctx.viewer, P.updateSafetyZone);
    const roomIds = input.roomIds != null ? zoneRoomIds(input.roomIds) : null;
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.reader.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.updateSafetyZone, current.schoolId);
      const changes: Partial<SafetyZone> = {};
      if (input.name != null && input.name.trim() !== current.name) {
        await this.checkNameFree(manager, current.schoolId, input.name.trim(), current.id);
        changes.name = input.name.trim();
      }
      if (input.kind != null) changes.kind = input.kind;
      if (input.responsibleStaffId != null) {
        await this.ctx.directoryCopy.assertStaffOf(manager, current.schoolId, input.responsibleStaffId, 'responsibleStaffId');
        changes.responsibleStaffId = parseId(input.responsibleStaffId, 'responsibleStaffId');
      }
      if (input.patrolEveryDays != null) changes.patrolEveryDays = input.patrolEveryDays;
      if (input.description != null) changes.description = input.description.trim() || null;
      if (input.active != null) changes.active = input.active;
      const active = input.active ?? current.active;
      if (!active && roomIds?.length) throw badInput('roomIds', 'A retired zone has no rooms: give roomIds only to an active zone.');
      if (roomIds) await this.checkRooms(manager, current.schoolId, roomIds, current.id);
      const zone = await saveEdit(manager, this.ctx, {
        entity: SafetyZone,
        typeName: 'SafetyZone',
        current,
        version: input.version,
        changes,
        audit: { action: 'zone.update', schoolId: current.schoolId, changes: { ...changes, ...(roomIds ? { roomIds } : {}) } },
      });
      if (!active) await zoneSql.clearRooms(manager, current.id).execute();
      else if (roomIds) await this.setRooms(manager, current.id, current.schoolId, roomIds);
      return zone;
    });
  }

  // ── For hazards and rounds ─────────────────────────────────────────────────────────────

  /**
   * The zone and room a record names, checked against the school: the room must be a room of the
   * school (safety's copy of facilities' rooms) and the zone an active zone of the school; the zone is
   * taken from the room when only the room is given, and a room in another zone than the one named is
   * refused. BAD_USER_INPUT on `zoneId` / `roomId` otherwise.
   */
  async placeIn(manager: EntityManager, schoolId: string, place: { zoneId: string | null; roomId: string | null }): Promise<SafetyPlace> {
    const roomId = place.roomId ? parseId(place.roomId, 'roomId') : null;
    let zoneId = place.zoneId ? parseId(place.zoneId, 'zoneId') : null;
    if (zoneId) {
      const zone = await manager.findOne(SafetyZone, { where: { id: zoneId } });
      if (!zone || zone.schoolId !== schoolId) throw badInput('zoneId', 'zoneId does not name a responsibility zone of the school.');
      if (!zone.active) throw badInput('zoneId', `Zone "${zone.name}" is retired.`);
    }
    if (roomId) {
      await this.checkRooms(manager, schoolId, [roomId], null, 'roomId');
      const inZone = await zoneSql.zoneOfRoom(manager, roomId).getOne();
      if (zoneId && inZone && inZone.zoneId !== zoneId)
        throw badInput('zoneId', 'The room is in another responsibility zone; leave zoneId out or name its zone.');
      zoneId ??= inZone?.zoneId ?? null;
    }
    return { zoneId, roomId };
  }

  // ── Checks ──────────────────────────────────────────────────────────────────────────────

  private async checkNameFree(manager: EntityManager, schoolId: string, name: string, exceptId: string | null) {
    const other = await manager.findOne(SafetyZone, { where: { schoolId, name } });
    if (other && other.id !== exceptId) throw nameTaken(name);
  }

  /** Every room is a room of the school that safety knows, and (for a zone) in no other zone. */
  private async checkRooms(manager: EntityManager, schoolId: string, roomIds: string[], zoneId: string | null, field = 'roomIds') {
    if (!roomIds.length) return;
    const found = await roomCopySql.roomsOfSchool(manager, schoolId, roomIds).getMany();
    const missing = missingRooms(
      roomIds,
      found.map((room) => room.roomId),
    );
    if (missing.length)
      throw badInput(
        field,
        `Not a room of the school: ${missing.join(', ')} (a room facilities registered a moment ago may need a few seconds).`,
      );
    if (!zoneId) return;
    const taken = await zoneSql.roomsTaken(manager, roomIds, zoneId).getRawMany<{ roomId: string; zoneName: string }>();
    if (taken.length) {
      const byName = found.find((room) => room.roomId === taken[0].roomId)?.name ?? taken[0].roomId;
      throw badInput(field, `${byName} is already in zone "${taken[0].zoneName}": a room is in at most one zone.`);
    }
  }

  private async setRooms(manager: EntityManager, zoneId: string, schoolId: string, roomIds: string[]) {
    await zoneSql.clearRooms(manager, zoneId).execute();
    if (roomIds.length)
      await manager.insert(
        SafetyZoneRoom,
        roomIds.map((roomId) => ({ roomId, zoneId, schoolId })),
      );
  }
}

const nameTaken = (name: string) => badInput('name', `The school already has a zone named "${name}": each zone has its own name.`);
