import type { EntityManager } from 'typeorm';
import {
  badInput,
  reportPeriod,
  conflict,
  dayStart,
  DEFAULT_TIME_ZONE,
  forbidden,
  newId,
  notFound,
  parseId,
  parseYuan,
  shiftDate,
  todayIn,
  type Page,
  type PageArgs,
} from '@houqin/common';
import { requirePermission, requireViewer } from '@houqin/auth';
import { publishEvent, safetyEvents } from '@houqin/events';
import { type Actor, groupedLoader, paginate, type ScopedReader, LoadersByArgument } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { P } from '../permissions';
import type { SafetyStep } from '../workflow-step.entity';
import { Hazard, HazardLevel, HazardSource, HazardStatus } from './hazard.entity';
import { rectifies } from './hazard.actions';
import { HazardAction, hazardFlow } from './hazard.flow';
import type {
  AssignHazardInput,
  HazardFilter,
  HazardStepInput,
  RecordHazardRectifiedInput,
  ReportHazardInput,
  RequestHazardRepairInput,
  VerifyHazardInput,
} from './hazard.inputs';
import { checkDeadline, checkLevel, checkPhotoRefs, checkPlace, minutesBetween } from './hazard.rules';
import { hazardReader, hazardSql, hazardWriteReader } from './hazard.store';
import { type HazardSummary, type HazardSummaryRow, summarizeHazards } from './hazard-report';

/** What raises a hazard without a report (a failed inspection item, a patrol, the equipment register): `HazardService.raiseIn`. */
export interface RaiseHazardInput {
  districtId: string;
  schoolId: string;
  title: string;
  description: string;
  level: HazardLevel;
  source: Exclude<HazardSource, HazardSource.REPORT>;
  /** The record that raised it (the round's answer, the equipment check): a second raise from it returns the first hazard. */
  sourceRef: string;
  roundId?: string | null;
  zoneId?: string | null;
  roomId?: string | null;
  location?: string | null;
  photoRefs?: string[];
  /** Who found it, when someone signed in did (the inspector); null for a scheduled job. */
  reporterAccountId: string | null;
}

/**
 * Hazards (安全隐患) through their flow (hazard.flow.ts): reported → assigned (五定) → rectifying →
 * rectified → verified → closed. Each step: permission first, then the hazard in the viewer's schools
 * (NOT_FOUND), then its state (CONFLICT), then the input, in one transaction that records the step.
 * At `ctx.hazards`.
 */
export class HazardService {
  readonly reader: ScopedReader<Hazard>;
  private readonly writeReader: ScopedReader<Hazard>;
  private stepsLoader?: ReturnType<typeof hazardFlow.stepsLoader<SafetyStep>>;
  private assignedLoader?: ReturnType<typeof groupedLoader<Hazard>>;
  private roomLoader?: ReturnType<typeof groupedLoader<Hazard>>;
  private summaryLoaders = new LoadersByArgument<string, ReturnType<typeof groupedLoader<HazardSummaryRow>>>();

  constructor(private readonly ctx: SafetyContext) {
    this.reader = hazardReader(ctx);
    this.writeReader = hazardWriteReader(ctx);
  }

  /**
   * The service as a scheduled job uses it (the equipment job raises hazards): no viewer, the job's
   * clock; only `raiseIn` is meant to be called on it.
   */
  static forJob(manager: EntityManager, now: Date): HazardService {
    return new HazardService({ viewer: null, dataSource: manager.connection, now: () => now } as unknown as SafetyContext);
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  /**
   * The hazard register (隐患台账) the viewer sees, newest first: every school's for the district, the
   * school's for its safety office, their own reports and rectifications for anyone else.
   */
  async list(filter: HazardFilter, page: PageArgs): Promise<Page<Hazard>> {
    const viewer = requireViewer(this.ctx.viewer);
    const schoolId = filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null;
    // Ages and deadlines are days in the school's zone; across schools, the district's default zone.
    const timeZone = schoolId ? await this.ctx.directoryCopy.timeZoneOf(schoolId) : DEFAULT_TIME_ZONE;
    const today = todayIn(timeZone, this.ctx.now());
    return paginate(
      hazardSql.list(this.ctx.dataSource.manager, this.reader, {
        schoolId,
        status: filter.status,
        open: filter.open,
        level: filter.level,
        source: filter.source,
        reportedBefore: filter.minAgeDays != null ? dayStart(shiftDate(today, 1 - filter.minAgeDays), timeZone) : null,
        overdueOn: filter.overdue ? today : null,
        responsibleStaffId: filter.responsibleStaffId ? parseId(filter.responsibleStaffId, 'filter.responsibleStaffId') : null,
        zoneId: filter.zoneId ? parseId(filter.zoneId, 'filter.zoneId') : null,
        roomId: filter.roomId ? parseId(filter.roomId, 'filter.roomId') : null,
        reporterAccountId: filter.mine ? viewer.accountId : null,
      }),
      page,
      'DESC',
    );
  }

  /** One hazard the viewer may read, else NOT_FOUND. */
  get(id: string): Promise<Hazard> {
    requireViewer(this.ctx.viewer);
    return this.reader.get(id);
  }

  /** A hazard's steps, oldest first (batched over a page of hazards). */
  stepsOf(hazardId: string): Promise<SafetyStep[]> {
    this.stepsLoader ??= hazardFlow.stepsLoader<SafetyStep>(this.ctx.dataSource);
    return this.stepsLoader.load(hazardId);
  }

  /** A staff member's open hazards to rectify, deadline first (batched over a page of staff). */
  openAssignedTo(staffId: string): Promise<Hazard[]> {
    this.assignedLoader ??= groupedLoader(
      (ids) => hazardSql.openAssignedTo(this.ctx.dataSource.manager, this.reader, ids).getMany(),
      (hazard) => hazard.responsibleStaffId!,
    );
    return this.assignedLoader.load(staffId);
  }

  /** A room's latest hazards, newest first (batched over a page of rooms), at most `limit`. */
  async ofRoom(roomId: string, limit: number): Promise<Hazard[]> {
    this.roomLoader ??= groupedLoader(
      (ids) => hazardSql.ofRooms(this.ctx.dataSource.manager, this.reader, ids).getMany(),
      (hazard) => hazard.roomId!,
    );
    return (await this.roomLoader.load(roomId)).slice(0, limit);
  }

  /**
   * School.hazardSummary: the open hazards now and those reported, rectified and closed from `from` to
   * `to` (days in the district's zone; this month when both are omitted, at most a year), batched over
   * a page of schools: one grouped statement. The school's safety office and the district.
   */
  async summaryOf(schoolId: string, from: string | null | undefined, to: string | null | undefined): Promise<HazardSummary> {
    requirePermission(this.ctx.viewer, P.readSafety, schoolId);
    const now = this.ctx.now();
    const period = reportPeriod(from, to, now);
    const key = `${period.from}/${period.to}`;
    const loader = this.summaryLoaders.get(key, () => {
      // The district's zone for the whole page of schools (they share it), so one statement.
      const today = todayIn(DEFAULT_TIME_ZONE, now);
      const span = {
        from: period.start,
        to: period.end,
        today,
        weekAgo: dayStart(shiftDate(today, -7), DEFAULT_TIME_ZONE),
        monthAgo: dayStart(shiftDate(today, -30), DEFAULT_TIME_ZONE),
      };
      return groupedLoader(
        (ids) => hazardSql.summaryOf(this.ctx.dataSource.manager, this.reader, ids, span).getRawMany<HazardSummaryRow>(),
        (row) => row.schoolId,
      );
    });
    return summarizeHazards(schoolId, period.from, period.to, await loader.load(schoolId));
  }

  // ── Steps ───────────────────────────────────────────────────────────────────────────────

  /**
   * Anyone signed in at the school reports a hazard (隐患上报): permission first; then its place (a room
   * or zone of the school, or words) and photos; then one transaction: the hazard and its first step,
   * and for a major one the event that tells the principal and the district at once.
   */
  async report(input: ReportHazardInput): Promise<Hazard> {
    const viewer = hazardFlow.allow(this.ctx.viewer, HazardAction.REPORTED, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    checkPlace(input);
    const photoRefs = checkPhotoRefs(input.photoRefs ?? [], 'photoRefs');
    const level = input.level ?? HazardLevel.GENERAL;
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      checkLevel(level, (await this.ctx.settings.settingsOf(manager, viewer.districtId)).seriousLevelEnabled, 'level');
      const place = await this.placeOf(manager, schoolId, input.zoneId ?? null, input.roomId ?? null);
      return this.insert(manager, this.ctx, {
        districtId: viewer.districtId,
        schoolId,
        title: input.title,
        description: input.description,
        level,
        source: HazardSource.REPORT,
        sourceRef: null,
        ...place,
        location: input.location?.trim() || null,
        photoRefs,
        reporterAccountId: viewer.accountId,
      });
    });
  }

  /**
   * A hazard raised by what found it, in the caller's transaction (a round's failed item when the round
   * is submitted, a patrol's finding, the equipment job): no extra step, no permission of its own (the
   * caller's step had it). Idempotent on (source, sourceRef): raising it again returns the first.
   */
  async raiseIn(manager: EntityManager, actor: Actor, input: RaiseHazardInput): Promise<Hazard> {
    const existing = await hazardSql.bySource(manager, input.source, input.sourceRef).getOne();
    if (existing) return existing;
    return this.insert(manager, actor, {
      ...input,
      roundId: input.roundId ?? null,
      zoneId: input.zoneId ?? null,
      roomId: input.roomId ?? null,
      location: input.location ?? null,
      photoRefs: input.photoRefs ?? [],
    });
  }

  /**
   * The officer or a leader assigns it with its five fixes (五定): a responsible staff member of the
   * school, the measure, the funds, a deadline not in the past (the district's default school days when
   * left out) and the contingency plan; it may be re-levelled (to major: the event tells the principal).
   */
  assign(input: AssignHazardInput): Promise<Hazard> {
    return this.step(input, HazardAction.ASSIGNED, async (manager, hazard) => {
      const fundsFen = parseYuan(input.funds, 'funds');
      const settings = await this.ctx.settings.settingsOf(manager, hazard.districtId);
      const level = input.level ?? hazard.level;
      checkLevel(level, settings.seriousLevelEnabled, 'level');
      const staff = await this.ctx.directoryCopy.assertStaffOf(manager, hazard.schoolId, input.responsibleStaffId, 'responsibleStaffId');
      const today = todayIn(await this.ctx.directoryCopy.timeZoneOf(hazard.schoolId, manager), this.ctx.now());
      const deadline =
        input.deadline ?? (await this.ctx.directoryCopy.addSchoolDaysAt(hazard.schoolId, today, settings.generalHazardSchoolDays, manager));
      checkDeadline(deadline, today, 'deadline');
      const set: Partial<Hazard> = {
        responsibleStaffId: staff.staffId,
        measure: input.measure,
        fundsFen,
        deadline,
        contingencyPlan: input.contingencyPlan,
        level,
        escalationLevel: 0,
      };
      if (level === HazardLevel.MAJOR && hazard.level !== HazardLevel.MAJOR)
        await this.announceMajor(manager, { ...hazard, ...set } as Hazard);
      return { set, comment: input.comment ?? null, changes: { ...set } };
    });
  }

  /** The person responsible (or the safety office) starts the rectification (开始整改). */
  start(input: HazardStepInput): Promise<Hazard> {
    return this.step(input, HazardAction.STARTED, async (_manager, hazard) => {
      this.requireRectifier(hazard);
      return { set: {}, comment: input.comment ?? null, changes: {} };
    });
  }

  /**
   * The hazard needs a repair (隐患报修): the event asks facilities for a safety work order (due the same
   * school day); the hazard waits for it and is recorded rectified when the work order closes.
   */
  requestRepair(input: RequestHazardRepairInput): Promise<Hazard> {
    return this.step(input, HazardAction.REPAIR_REQUESTED, async (manager, hazard) => {
      this.requireRectifier(hazard);
      if (hazard.awaitingRepair)
        throw conflict('A repair was asked for already; the hazard waits for its work order.', { status: hazard.status });
      const viewer = requireViewer(this.ctx.viewer);
      // Safety names the work order's id, so the hazard links to it at once; facilities opens it with that id, once.
      const workOrderId = newId();
      await publishEvent(manager, this.ctx, safetyEvents.hazardRepairRequested, {
        districtId: hazard.districtId,
        schoolId: hazard.schoolId,
        payload: {
          hazardId: hazard.id,
          workOrderId,
          schoolId: hazard.schoolId,
          title: `安全隐患: ${hazard.title}`.slice(0, 200),
          description: [hazard.description, hazard.measure ? `整改措施: ${hazard.measure}` : null, input.comment]
            .filter(Boolean)
            .join('\n')
            .slice(0, 1000),
          roomId: hazard.roomId,
          category: input.category,
          requestedByAccountId: viewer.accountId,
          requestedByStaffId: viewer.staffId,
        },
      });
      return {
        set: { awaitingRepair: true, workOrderId },
        comment: input.comment ?? null,
        changes: { awaitingRepair: true, workOrderId, category: input.category },
      };
    });
  }

  /** The person responsible (or the safety office) records it rectified with evidence (整改完成). */
  recordRectified(input: RecordHazardRectifiedInput): Promise<Hazard> {
    return this.step(input, HazardAction.RECTIFIED, async (_manager, hazard) => {
      this.requireRectifier(hazard);
      if (hazard.awaitingRepair)
        throw conflict('The hazard waits for its facilities work order; it is recorded rectified when the repair is closed.', {
          status: hazard.status,
        });
      const viewer = requireViewer(this.ctx.viewer);
      const set: Partial<Hazard> = {
        evidence: input.evidence,
        evidencePhotoRefs: checkPhotoRefs(input.evidencePhotoRefs ?? [], 'evidencePhotoRefs'),
        rectifiedByAccountId: viewer.accountId,
        rectifiedAt: this.ctx.now(),
        rectifyMinutes: minutesBetween(hazard.reportedAt, this.ctx.now()),
      };
      return { set, comment: input.comment ?? null, changes: { evidence: input.evidence } };
    });
  }

  /**
   * A second person verifies the rectification (验收): never the rectifier (the flow refuses them).
   * Passed: verified. Failed: back to rectifying, with the reason, its evidence kept in the steps.
   */
  verify(input: VerifyHazardInput): Promise<Hazard> {
    const action = input.passed ? HazardAction.VERIFIED : HazardAction.VERIFY_FAILED;
    return this.step(input, action, async (_manager, hazard) => {
      const viewer = requireViewer(this.ctx.viewer);
      if (input.passed)
        return { set: { verifiedByAccountId: viewer.accountId, verifiedAt: this.ctx.now() }, comment: input.comment ?? null, changes: {} };
      if (!input.comment?.trim()) throw badInput('comment', 'Say why the rectification does not hold: the rectifier reads it.');
      return {
        set: { failedVerifications: hazard.failedVerifications + 1, rectifiedByAccountId: null, rectifiedAt: null, rectifyMinutes: null },
        comment: input.comment,
        changes: { failedVerifications: hazard.failedVerifications + 1 },
      };
    });
  }

  /** The safety office closes a verified hazard (销号). A hazard is never closed without its verification (the flow's state). */
  close(input: HazardStepInput): Promise<Hazard> {
    return this.step(input, HazardAction.CLOSED, async () => ({
      set: { closedAt: this.ctx.now() },
      comment: input.comment ?? null,
      changes: {},
    }));
  }

  // ── Internals ───────────────────────────────────────────────────────────────────────────

  /** The person responsible for a hazard rectifies it; the safety office may do it for them. */
  private requireRectifier(hazard: Hazard): void {
    const viewer = requireViewer(this.ctx.viewer);
    if (!rectifies(viewer, hazard))
      throw forbidden('Only the person responsible for this hazard (整改责任人) or the school’s safety office may rectify it.');
  }

  /** The zone and room a report names: the zone (or the room's zone) and the room of the school, validated by zone/. */
  private async placeOf(manager: EntityManager, schoolId: string, zoneId: string | null, roomId: string | null) {
    return this.ctx.zones.placeIn(manager, schoolId, { zoneId, roomId });
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    values: Omit<RaiseHazardInput, 'source' | 'sourceRef'> & { source: HazardSource; sourceRef: string | null; roundId?: string | null },
  ): Promise<Hazard> {
    const hazard: Partial<Hazard> = {
      id: newId(),
      districtId: values.districtId,
      schoolId: values.schoolId,
      title: values.title.slice(0, 200),
      description: values.description.slice(0, 1000),
      photoRefs: values.photoRefs ?? [],
      level: values.level,
      status: HazardStatus.REPORTED,
      source: values.source,
      sourceRef: values.sourceRef,
      roundId: values.roundId ?? null,
      zoneId: values.zoneId ?? null,
      roomId: values.roomId ?? null,
      location: values.location ?? null,
      reporterAccountId: values.reporterAccountId,
      reportedAt: this.ctx.now(),
      responsibleStaffId: null,
      measure: null,
      fundsFen: null,
      deadline: null,
      contingencyPlan: null,
      workOrderId: null,
      awaitingRepair: false,
      evidence: null,
      evidencePhotoRefs: [],
      rectifiedByAccountId: null,
      rectifiedAt: null,
      rectifyMinutes: null,
      verifiedByAccountId: null,
      verifiedAt: null,
      failedVerifications: 0,
      closedAt: null,
      escalationLevel: 0,
    };
    await manager.insert(Hazard, hazard);
    const created = await manager.findOneOrFail(Hazard, { where: { id: hazard.id } });
    await hazardFlow.recordCreation(manager, actor, HazardAction.REPORTED, created, {
      comment: created.description.slice(0, 500),
      changes: { title: created.title, level: created.level, source: created.source, sourceRef: created.sourceRef, roomId: created.roomId },
    });
    if (created.level === HazardLevel.MAJOR) await this.announceMajor(manager, created, actor);
    return created;
  }

  /** A major hazard (重大隐患): the event that tells the principal and the district at once. */
  private async announceMajor(manager: EntityManager, hazard: Hazard, actor: Actor = this.ctx): Promise<void> {
    await publishEvent(manager, actor, safetyEvents.hazardMajor, {
      districtId: hazard.districtId,
      schoolId: hazard.schoolId,
      payload: {
        hazardId: hazard.id,
        schoolId: hazard.schoolId,
        title: hazard.title,
        location: hazard.location,
        reportedAt: hazard.reportedAt.toISOString(),
      },
    });
  }

  private step(
    input: { id: string; version: number },
    action: HazardAction,
    decide: (
      manager: EntityManager,
      hazard: Hazard,
    ) => Promise<{ to?: HazardStatus; set: Partial<Hazard>; comment: string | null; changes: Record<string, unknown> }>,
  ): Promise<Hazard> {
    // The transition's own permission, checked before anything is read.
    requirePermission(this.ctx.viewer, hazardFlow.transitions[action].permission);
    return this.ctx.dataSource.transaction(async (manager) => {
      const hazard = await hazardSql.lockForStep(manager, this.writeReader, parseId(input.id, 'id')).getOne();
      if (!hazard) throw notFound('Hazard', input.id);
      const step = hazardFlow.check(this.ctx.viewer, action, hazard);
      if (hazard.version !== input.version)
        throw conflict(`The hazard was changed meanwhile (your version ${input.version}, current ${hazard.version}); reload it.`, {
          currentVersion: hazard.version,
        });
      const decided = await decide(manager, hazard);
      return step.commit(manager, this.ctx, {
        to: decided.to,
        set: decided.set,
        comment: decided.comment,
        changes: { ...decided.changes, status: decided.to ?? hazardFlow.transitions[action].to[0] },
      });
    });
  }
}

/**
 * A facilities work order opened for a hazard closed (facilities.workOrder.closed): repaired, the
 * hazard is recorded rectified with the repair as its evidence (a second person still verifies it);
 * rejected at review, it goes back to its rectifier with the reason. Once: only while it waits.
 */
export async function endHazardRepair(
  manager: EntityManager,
  actor: Actor,
  end: { hazardId: string; workOrderId: string; outcome: 'CLOSED' | 'REJECTED'; finishedAt: string | null; comment: string | null },
): Promise<void> {
  const hazard = await hazardSql.lockByWorkOrder(manager, end.hazardId, end.workOrderId).getOne();
  if (!hazard || !hazard.awaitingRepair || hazard.status !== HazardStatus.RECTIFYING) return;
  if (end.outcome === 'REJECTED') {
    await hazardFlow.commitAsSystem(manager, actor, HazardAction.REPAIR_REJECTED, hazard, {
      set: { awaitingRepair: false },
      comment: `Facilities rejected the repair (不予维修): ${end.comment ?? ''}`.trim().slice(0, 500),
      changes: { awaitingRepair: false, workOrderId: end.workOrderId, outcome: end.outcome },
    });
    return;
  }
  const evidence = `Repaired by facilities work order ${end.workOrderId} (维修工单已完成)${end.finishedAt ? `, finished ${end.finishedAt}` : ''}.${
    end.comment ? ` ${end.comment}` : ''
  }`;
  const repairedAt = end.finishedAt ? new Date(end.finishedAt) : new Date();
  await hazardFlow.commitAsSystem(manager, actor, HazardAction.RECTIFIED, hazard, {
    set: {
      awaitingRepair: false,
      evidence: evidence.slice(0, 1000),
      rectifiedByAccountId: null,
      rectifiedAt: repairedAt,
      rectifyMinutes: minutesBetween(hazard.reportedAt, repairedAt),
    },
    comment: evidence.slice(0, 500),
    changes: { workOrderId: end.workOrderId, outcome: end.outcome },
  });
}
