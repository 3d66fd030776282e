import type DataLoader from 'dataloader';
import { may, requirePermission } from '@houqin/auth';
import {
  badInput,
  forbidden,
  isSchoolDayOf,
  nameId,
  newId,
  parseId,
  percentText,
  reportPeriod,
  todayIn,
  type Page,
  type PageArgs,
} from '@houqin/common';
import { groupBy, groupedLoader, paginate, recordAudit, type ScopedReader, LoadersByArgument } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { P } from '../permissions';
import { HazardLevel, HazardSource } from '../hazard/hazard.entity';
import { checkLevel, checkPhotoRefs } from '../hazard/hazard.rules';
import type { SafetyZone } from '../zone/zone.entity';
import { SafetyPatrol } from './patrol.entity';
import type { RecordSafetyPatrolInput } from './patrol.inputs';
import { patrolDay, patrolDueOn, patrolWindows } from './patrol.rules';
import { patrolReader, patrolSql } from './patrol.store';
import type { ZonePatrolCompletion, ZonePatrolState } from './patrol.types';

/**
 * Patrols of responsibility zones (区域巡查): the zone's responsible person or the school's safety office
 * walks it and records the day, a note and what was found (each finding a hazard of the zone, in the
 * same transaction); held against the zone's frequency (`SafetyZone.patrol`, `School.patrolCompletion`).
 * At `ctx.patrols`.
 */
export class PatrolService {
  readonly reader: ScopedReader<SafetyPatrol>;
  private lastLoader?: DataLoader<string, { zoneId: string; lastPatrolledOn: string }[]>;
  private completionLoaders = new LoadersByArgument<string, DataLoader<string, { zone: SafetyZone; days: string[] }[]>>();

  constructor(private readonly ctx: SafetyContext) {
    this.reader = patrolReader(ctx);
  }

  /** A school's patrols in [from, to] (this month by default), latest first: its safety office, the district, and a zone's own person for their zone. */
  async ofSchool(
    schoolId: string,
    zoneId: string | null,
    from: string | null,
    to: string | null,
    page: PageArgs,
  ): Promise<Page<SafetyPatrol>> {
    const id = parseId(schoolId, 'schoolId');
    const zone = zoneId ? await this.ctx.zones.get(zoneId) : null;
    if (!zone || zone.responsibleStaffId !== this.ctx.viewer?.staffId) requirePermission(this.ctx.viewer, P.readSafety, id);
    if (zone && zone.schoolId !== id) throw badInput('zoneId', 'zoneId names a zone of another school.');
    const period = reportPeriod(from, to, this.ctx.now());
    return paginate(
      patrolSql.ofSchool(this.ctx.dataSource.manager, this.reader, id, zone?.id ?? null, period.from, period.to),
      page,
      'DESC',
    );
  }

  /** A zone's state today: its last patrol, when the next is due, whether it is late (batched over a page of zones). */
  async stateOf(zone: SafetyZone): Promise<ZonePatrolState> {
    this.lastLoader ??= groupedLoader(
      (ids) => patrolSql.lastPatrols(this.ctx.dataSource.manager, ids).getRawMany<{ zoneId: string; lastPatrolledOn: string }>(),
      (row) => row.zoneId,
    );
    const [row] = await this.lastLoader.load(zone.id);
    const lastPatrolledOn = row ? String(row.lastPatrolledOn).slice(0, 10) : null;
    const timeZone = await this.ctx.directoryCopy.timeZoneOf(zone.schoolId);
    const today = todayIn(timeZone, this.ctx.now());
    const dueOn = patrolDueOn(lastPatrolledOn, todayIn(timeZone, zone.createdAt), zone.patrolEveryDays);
    return { lastPatrolledOn, dueOn, overdue: today > dueOn };
  }

  /** Each active zone's patrols over [from, to] (this month by default) against its frequency: the safety office and the district; batched over a page of schools. */
  async completionOf(schoolId: string, from: string | null, to: string | null): Promise<ZonePatrolCompletion[]> {
    requirePermission(this.ctx.viewer, P.readSafety, schoolId);
    const period = reportPeriod(from, to, this.ctx.now());
    const key = `${period.from}|${period.to}`;
    const loader = this.completionLoaders.get(key, () =>
      groupedLoader(
        async (ids) => {
          const manager = this.ctx.dataSource.manager;
          const [zones, days] = await Promise.all([
            patrolSql.activeZonesOf(manager, ids).getMany(),
            patrolSql
              .patrolDays(manager, ids, period.from, period.to)
              .getRawMany<{ schoolId: string; zoneId: string; patrolledOn: string }>(),
          ]);
          const daysOf = groupBy(days, (row) => row.zoneId);
          return zones.map((zone) => ({ zone, days: (daysOf.get(zone.id) ?? []).map((row) => String(row.patrolledOn).slice(0, 10)) }));
        },
        (row) => row.zone.schoolId,
      ),
    );
    // Asked together, in the tick every school of the page asks them: the page's terms and zones are one statement each.
    const [zones, terms, today] = await Promise.all([
      loader.load(schoolId),
      this.ctx.directoryCopy.termsOf(schoolId),
      this.ctx.directoryCopy.todayAt(schoolId),
    ]);
    return zones.map(({ zone, days }) => {
      const { expected, covered, missed } = patrolWindows(
        period.from,
        period.to,
        zone.patrolEveryDays,
        days,
        (day) => isSchoolDayOf(day, terms),
        today,
      );
      return {
        zoneId: zone.id,
        name: zone.name,
        patrolEveryDays: zone.patrolEveryDays,
        expected,
        covered,
        missed,
        rate: percentText(covered, expected, '100.0'),
      };
    });
  }

  /**
   * The zone's responsible person or the school's safety office records a patrol (巡查): permission
   * first (FORBIDDEN for anyone else), then the day and the findings; one transaction: the patrol, each
   * finding raised as a hazard of the zone (source PATROL; a major one tells the principal and district).
   */
  async record(input: RecordSafetyPatrolInput): Promise<SafetyPatrol> {
    const viewer = requirePermission(this.ctx.viewer, P.recordSafetyPatrol);
    const zone = await this.ctx.zones.get(input.zoneId);
    requirePermission(viewer, P.recordSafetyPatrol, zone.schoolId);
    if (zone.responsibleStaffId !== viewer.staffId && !may(viewer, P.createSafetyZone, zone.schoolId))
      throw forbidden('Only the zone’s responsible person (责任人) or the school’s safety office records its patrols.');
    if (!zone.active) throw badInput('zoneId', `Zone "${zone.name}" is retired: it is no longer patrolled.`);
    return this.ctx.dataSource.transaction(async (manager) => {
      const today = await this.ctx.directoryCopy.todayAt(zone.schoolId, manager);
      const patrolledOn = patrolDay(input.patrolledOn, today);
      const settings = await this.ctx.settings.settingsOf(manager, zone.districtId);
      const findings = await Promise.all(
        input.findings.map(async (finding, k) => {
          const level = finding.level ?? HazardLevel.GENERAL;
          checkLevel(level, settings.seriousLevelEnabled, `findings.${k}.level`);
          const photoRefs = checkPhotoRefs(finding.photoRefs ?? [], `findings.${k}.photoRefs`);
          const roomId = finding.roomId ? parseId(finding.roomId, `findings.${k}.roomId`) : null;
          if (roomId) {
            const place = await this.ctx.zones.placeIn(manager, zone.schoolId, { zoneId: null, roomId }).catch(() => null);
            if (!place || place.zoneId !== zone.id) throw badInput(`findings.${k}.roomId`, 'The room is not a room of the zone patrolled.');
          }
          return { ...finding, level, photoRefs, roomId };
        }),
      );
      const patrol: SafetyPatrol = Object.assign(new SafetyPatrol(), {
        id: newId(),
        districtId: zone.districtId,
        schoolId: zone.schoolId,
        zoneId: zone.id,
        patrolledOn,
        patrolledByStaffId: viewer.staffId ?? null,
        recordedByAccountId: viewer.accountId,
        note: input.note?.trim() || null,
        findingCount: findings.length,
      });
      await manager.insert(SafetyPatrol, patrol);
      for (const [k, finding] of findings.entries())
        await this.ctx.hazards.raiseIn(manager, this.ctx, {
          districtId: zone.districtId,
          schoolId: zone.schoolId,
          title: finding.title.trim(),
          description: finding.description.trim(),
          level: finding.level,
          source: HazardSource.PATROL,
          sourceRef: nameId(`patrol:${patrol.id}:${k}`),
          zoneId: zone.id,
          roomId: finding.roomId,
          photoRefs: finding.photoRefs,
          reporterAccountId: viewer.accountId,
        });
      await recordAudit(manager, this.ctx, {
        action: 'patrol.record',
        entityType: 'SafetyPatrol',
        entityId: patrol.id,
        districtId: zone.districtId,
        schoolId: zone.schoolId,
        changes: { ...patrol, findings: input.findings },
      });
      return manager.findOneOrFail(SafetyPatrol, { where: { id: patrol.id } });
    });
  }
}
