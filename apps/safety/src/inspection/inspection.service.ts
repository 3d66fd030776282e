import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { may, requirePermission, requireViewer, Role } from '@houqin/auth';
import {
  badInput,
  conflict,
  DEFAULT_TIME_ZONE,
  forbidden,
  newId,
  notFound,
  parseId,
  todayIn,
  type Page,
  type PageArgs,
  reportPeriod,
} from '@houqin/common';
import { type Actor, groupedLoader, paginate, recordAudit, saveEdit, type ScopedReader } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { HazardSource } from '../hazard/hazard.entity';
import { P } from '../permissions';
import {
  InspectionAnswer,
  InspectionResult,
  InspectionRound,
  InspectionRoundStatus,
  InspectionSchedule,
  InspectionTemplate,
  InspectionTemplateVersion,
} from './inspection.entity';
import type {
  AnswerInspectionItemsInput,
  CreateInspectionScheduleInput,
  CreateInspectionTemplateInput,
  InspectionRoundFilter,
  ReviseInspectionTemplateInput,
  StartInspectionRoundInput,
  UpdateInspectionScheduleInput,
} from './inspection.inputs';
import { answerItem, checkScheduleRule, checkSections, itemsOf, unfinishedItems } from './inspection.rules';
import { type CompletionRow, inspectionSql, roundReader, scheduleReader, templateReader } from './inspection.store';

/**
 * Inspections (安全检查): templates (district and school, versioned), schedules that open rounds, and
 * rounds filled item by item and submitted, each failed item raised as a hazard in the submission's
 * transaction. At `ctx.inspections`.
 */
export class InspectionService {
  readonly templates: ScopedReader<InspectionTemplate>;
  readonly rounds: ScopedReader<InspectionRound>;
  private readonly schedules: ScopedReader<InspectionSchedule>;
  private answersLoader?: DataLoader<string, InspectionAnswer[]>;
  private versionLoader?: DataLoader<string, InspectionTemplateVersion[]>;
  private completionLoaders = new Map<string, DataLoader<string, CompletionRow[]>>();

  constructor(private readonly ctx: SafetyContext) {
    this.templates = templateReader(ctx);
    this.rounds = roundReader(ctx);
    this.schedules = scheduleReader(ctx);
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  /** The templates the viewer may use: the district's and their schools' own (a school narrows to the district's and its own). */
  listTemplates(schoolId: string | null, page: PageArgs): Promise<Page<InspectionTemplate>> {
    const school = schoolId ? parseId(schoolId, 'schoolId') : null;
    return this.templates.list(page, (qb) => {
      if (school) qb.andWhere('(it.schoolId IS NULL OR it.schoolId = :school)', { school });
    });
  }

  template(id: string): Promise<InspectionTemplate> {
    return this.templates.get(id);
  }

  /** A template's version by id (a round's), batched. */
  async versionById(versionId: string): Promise<InspectionTemplateVersion> {
    this.versionLoader ??= groupedLoader(
      (ids) =>
        this.ctx.dataSource.manager
          .getRepository(InspectionTemplateVersion)
          .createQueryBuilder('v')
          .where('v.id IN (:...ids)', { ids })
          .getMany(),
      (v) => v.id,
    );
    return (await this.versionLoader.load(versionId))[0];
  }

  /** A template's current version. */
  currentVersion(template: InspectionTemplate): Promise<InspectionTemplateVersion | null> {
    return inspectionSql.version(this.ctx.dataSource.manager, template.id, template.currentVersion).getOne();
  }

  /** The rounds the viewer may read, latest due first: the school's for its safety office and the district, one's own otherwise. */
  async listRounds(filter: InspectionRoundFilter, page: PageArgs): Promise<Page<InspectionRound>> {
    const viewer = requireViewer(this.ctx.viewer);
    const schoolId = filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null;
    const today = schoolId ? await this.ctx.directoryCopy.todayAt(schoolId) : todayIn(DEFAULT_TIME_ZONE, this.ctx.now());
    return paginate(
      inspectionSql.rounds(this.ctx.dataSource.manager, this.rounds, {
        schoolId,
        status: filter.status,
        assigneeStaffId: filter.mine ? (viewer.staffId ?? '-') : null,
        overdueOn: filter.overdue ? today : null,
      }),
      page,
      'DESC',
    );
  }

  round(id: string): Promise<InspectionRound> {
    return this.rounds.get(id);
  }

  /** A round's answers by item (batched over a page of rounds). */
  answersOf(roundId: string): Promise<InspectionAnswer[]> {
    this.answersLoader ??= groupedLoader(
      (ids) => inspectionSql.answersOf(this.ctx.dataSource.manager, ids).getMany(),
      (a) => a.roundId,
    );
    return this.answersLoader.load(roundId);
  }

  /** A school's schedules (its safety office and the district). */
  listSchedules(schoolId: string, page: PageArgs): Promise<Page<InspectionSchedule>> {
    const id = parseId(schoolId, 'schoolId');
    requirePermission(this.ctx.viewer, P.readSafety, id);
    return this.schedules.list(page, (qb) => qb.andWhere('isch.schoolId = :id', { id }));
  }

  /**
   * Inspection completion (检查完成率) of a school per template, over rounds due in [from, to] (this
   * month by default): batched over a page of schools into one grouped statement.
   */
  async completionOf(schoolId: string, from: string | null, to: string | null): Promise<CompletionRow[]> {
    requirePermission(this.ctx.viewer, P.readSafety, schoolId);
    const period = reportPeriod(from, to, this.ctx.now());
    const key = `${period.from}|${period.to}`;
    let loader = this.completionLoaders.get(key);
    if (!loader) {
      loader = groupedLoader(
        (ids) => inspectionSql.completion(this.ctx.dataSource.manager, ids, period.from, period.to).getRawMany<CompletionRow>(),
        (row) => row.schoolId,
      );
      this.completionLoaders.set(key, loader);
    }
    return loader.load(schoolId);
  }

  // ── Templates ───────────────────────────────────────────────────────────────────────────

  /** A district template (district administrators) or a school's own (its safety office), with version 1. */
  async createTemplate(input: CreateInspectionTemplateInput): Promise<InspectionTemplate> {
    const viewer = requirePermission(this.ctx.viewer, P.createInspectionTemplate);
    const schoolId = input.schoolId ? parseId(input.schoolId, 'schoolId') : null;
    if (schoolId) requirePermission(viewer, P.createInspectionTemplate, schoolId);
    else if (!viewer.hasDistrictRole(Role.DISTRICT_ADMIN))
      throw forbidden('A district template is kept by district administrators; give your school’s schoolId for a school template.');
    const sections = checkSections(input.sections);
    return this.ctx.dataSource.transaction(async (manager) => {
      if (schoolId) await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const template: Partial<InspectionTemplate> = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        name: input.name.trim(),
        cadence: input.cadence,
        currentVersion: 1,
        active: true,
      };
      await manager.insert(InspectionTemplate, template);
      await manager.insert(InspectionTemplateVersion, {
        id: newId(),
        districtId: viewer.districtId,
        templateId: template.id,
        number: 1,
        sections,
        createdByAccountId: viewer.accountId,
      });
      await recordAudit(manager, this.ctx, {
        action: 'inspectionTemplate.create',
        entityType: 'InspectionTemplate',
        entityId: template.id!,
        districtId: viewer.districtId,
        schoolId,
        changes: { ...template, sections },
      });
      return manager.findOneOrFail(InspectionTemplate, { where: { id: template.id } });
    });
  }

  /**
   * A new version of a template (rounds already opened keep theirs), or a correction of the current
   * version in place while no round has been submitted with it (CONFLICT on `inPlace` after that: a
   * completed inspection never changes). Renames and withdrawals need no new version.
   */
  async reviseTemplate(input: ReviseInspectionTemplateInput): Promise<InspectionTemplate> {
    const viewer = requirePermission(this.ctx.viewer, P.reviseInspectionTemplate);
    const sections = input.sections ? checkSections(input.sections) : null;
    if (input.inPlace && !sections) throw badInput('sections', 'A correction in place gives the corrected sections.');
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.templates.getIn(manager, input.id);
      if (current.schoolId) requirePermission(viewer, P.reviseInspectionTemplate, current.schoolId);
      else if (!viewer.hasDistrictRole(Role.DISTRICT_ADMIN)) throw forbidden('A district template is revised by district administrators.');
      const changes: Partial<InspectionTemplate> = {};
      if (input.name != null) changes.name = input.name.trim();
      if (input.active != null) changes.active = input.active;
      if (sections && !input.inPlace) changes.currentVersion = current.currentVersion + 1;
      const saved = await saveEdit(manager, this.ctx, {
        entity: InspectionTemplate,
        typeName: 'InspectionTemplate',
        current,
        version: input.version,
        changes: Object.keys(changes).length ? changes : { name: current.name },
        audit: {
          action: 'inspectionTemplate.revise',
          schoolId: current.schoolId,
          changes: { ...changes, inPlace: input.inPlace, sections },
        },
      });
      if (sections && input.inPlace) {
        const version = (await inspectionSql.version(manager, current.id, current.currentVersion).getOne())!;
        if (await inspectionSql.submittedWithVersion(manager, version.id).getExists())
          throw conflict(
            `Version ${version.number} of "${current.name}" was used by a submitted inspection round, which never changes: revise without inPlace to make version ${version.number + 1}.`,
            { field: 'inPlace' },
          );
        await manager.update(InspectionTemplateVersion, { id: version.id }, { sections });
      } else if (sections) {
        await manager.insert(InspectionTemplateVersion, {
          id: newId(),
          districtId: current.districtId,
          templateId: current.id,
          number: current.currentVersion + 1,
          sections,
          createdByAccountId: viewer.accountId,
        });
      }
      return saved;
    });
  }

  // ── Schedules ───────────────────────────────────────────────────────────────────────────

  /** The school's safety office schedules a template (the district's or its own) for a person of the school. */
  async createSchedule(input: CreateInspectionScheduleInput): Promise<InspectionSchedule> {
    requirePermission(this.ctx.viewer, P.createInspectionSchedule);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.createInspectionSchedule, schoolId);
    checkScheduleRule(input.interval, input.dueDays);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      await this.usableTemplate(manager, schoolId, input.templateId);
      await this.ctx.directoryCopy.assertStaffOf(manager, schoolId, input.assigneeStaffId, 'assigneeStaffId');
      const { zoneId } = await this.ctx.zones.placeIn(manager, schoolId, { zoneId: input.zoneId ?? null, roomId: null });
      const today = await this.ctx.directoryCopy.todayAt(schoolId, manager);
      if (input.startsOn < today) throw badInput('startsOn', `startsOn must be today (${today}) or later: past rounds are not opened.`);
      const schedule: Partial<InspectionSchedule> = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        templateId: parseId(input.templateId, 'templateId'),
        assigneeStaffId: parseId(input.assigneeStaffId, 'assigneeStaffId'),
        zoneId,
        frequency: input.frequency,
        interval: input.interval,
        startsOn: input.startsOn,
        dueDays: input.dueDays,
        nextOn: input.startsOn,
        active: true,
      };
      await manager.insert(InspectionSchedule, schedule);
      await recordAudit(manager, this.ctx, {
        action: 'inspectionSchedule.create',
        entityType: 'InspectionSchedule',
        entityId: schedule.id!,
        districtId: viewer.districtId,
        schoolId,
        changes: schedule,
      });
      return manager.findOneOrFail(InspectionSchedule, { where: { id: schedule.id } });
    });
  }

  async updateSchedule(input: UpdateInspectionScheduleInput): Promise<InspectionSchedule> {
    requirePermission(this.ctx.viewer, P.updateInspectionSchedule);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.schedules.getIn(manager, input.id);
      requirePermission(this.ctx.viewer, P.updateInspectionSchedule, current.schoolId);
      const changes: Partial<InspectionSchedule> = {};
      if (input.assigneeStaffId != null) {
        await this.ctx.directoryCopy.assertStaffOf(manager, current.schoolId, input.assigneeStaffId, 'assigneeStaffId');
        changes.assigneeStaffId = parseId(input.assigneeStaffId, 'assigneeStaffId');
      }
      if (input.dueDays != null) changes.dueDays = input.dueDays;
      if (input.active != null) changes.active = input.active;
      return saveEdit(manager, this.ctx, {
        entity: InspectionSchedule,
        typeName: 'InspectionSchedule',
        current,
        version: input.version,
        changes: Object.keys(changes).length ? changes : { dueDays: current.dueDays },
        audit: { action: 'inspectionSchedule.update', schoolId: current.schoolId },
      });
    });
  }

  // ── Rounds ──────────────────────────────────────────────────────────────────────────────

  /** An unscheduled round (临时检查) of a template's current version, assigned to a person of the school. */
  async startRound(input: StartInspectionRoundInput): Promise<InspectionRound> {
    requirePermission(this.ctx.viewer, P.startInspectionRound);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.startInspectionRound, schoolId);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const template = await this.usableTemplate(manager, schoolId, input.templateId);
      await this.ctx.directoryCopy.assertStaffOf(manager, schoolId, input.assigneeStaffId, 'assigneeStaffId');
      const { zoneId } = await this.ctx.zones.placeIn(manager, schoolId, { zoneId: input.zoneId ?? null, roomId: null });
      const today = await this.ctx.directoryCopy.todayAt(schoolId, manager);
      if (input.dueOn && input.dueOn < today) throw badInput('dueOn', `dueOn must be today (${today}) or later.`);
      const round = await openRoundIn(manager, this.ctx, {
        districtId: viewer.districtId,
        schoolId,
        template,
        scheduleId: null,
        scheduledOn: today,
        dueOn: input.dueOn ?? today,
        assigneeStaffId: parseId(input.assigneeStaffId, 'assigneeStaffId'),
        zoneId,
      });
      return round;
    });
  }

  /**
   * The round's inspector (or the school's safety office) answers items of an open round; a later
   * answer to an item replaces the earlier one. Checks each answer against its item (BAD_USER_INPUT on
   * `answers.K.<field>`), a room against the school.
   */
  async answer(input: AnswerInspectionItemsInput): Promise<InspectionRound> {
    const viewer = requirePermission(this.ctx.viewer, P.answerInspectionItems);
    return this.ctx.dataSource.transaction(async (manager) => {
      const round = await this.lockOpenRound(manager, input.roundId, 'roundId');
      const version = (await manager.findOneByOrFail(InspectionTemplateVersion, { id: round.templateVersionId }))!;
      const items = itemsOf(version.sections);
      const existing = new Map((await inspectionSql.answersOf(manager, [round.id]).getMany()).map((a) => [a.itemIndex, a]));
      const now = this.ctx.now();
      const seen = new Set<number>();
      for (const [k, given] of input.answers.entries()) {
        const { result, value } = answerItem(items, given, k);
        if (seen.has(given.itemIndex)) throw badInput(`answers.${k}.itemIndex`, `Item ${given.itemIndex} is answered twice.`);
        seen.add(given.itemIndex);
        const roomId = given.roomId
          ? (await this.ctx.zones.placeIn(manager, round.schoolId, { zoneId: null, roomId: given.roomId })).roomId
          : null;
        const row = {
          result,
          value,
          note: given.note?.trim() || null,
          photoRefs: (given.photoRefs ?? []).map((ref) => ref.trim()).filter(Boolean),
          roomId,
          answeredByAccountId: viewer.accountId,
          answeredAt: now,
        };
        const before = existing.get(given.itemIndex);
        if (before) await manager.update(InspectionAnswer, { id: before.id }, row);
        else await manager.insert(InspectionAnswer, { id: newId(), roundId: round.id, itemIndex: given.itemIndex, hazardId: null, ...row });
      }
      return saveEdit(manager, this.ctx, {
        entity: InspectionRound,
        typeName: 'InspectionRound',
        current: round,
        version: round.version,
        changes: { failedCount: round.failedCount },
        audit: { action: 'inspectionRound.answer', schoolId: round.schoolId, changes: { answers: input.answers } },
      });
    });
  }

  /**
   * The inspector (or the safety office) submits an open round: every required item answered and every
   * required photo given (BAD_USER_INPUT on `answers` naming them otherwise); then, in one transaction,
   * each failed item becomes a hazard (source INSPECTION, linked to the answer and the round, no extra
   * step) and the round is final, late when submitted after its due day.
   */
  async submit(roundId: string): Promise<InspectionRound> {
    const viewer = requirePermission(this.ctx.viewer, P.submitInspectionRound);
    return this.ctx.dataSource.transaction(async (manager) => {
      const round = await this.lockOpenRound(manager, roundId, 'roundId');
      const version = (await manager.findOneByOrFail(InspectionTemplateVersion, { id: round.templateVersionId }))!;
      const items = itemsOf(version.sections);
      const answers = await inspectionSql.answersOf(manager, [round.id]).getMany();
      const { unanswered, withoutPhoto } = unfinishedItems(items, answers);
      if (unanswered.length)
        throw badInput(
          'answers',
          `Answer every required item before submitting: ${unanswered.map((i) => `${i + 1}. ${items[i].text}`).join('; ')}.`,
        );
      if (withoutPhoto.length)
        throw badInput(
          'answers',
          `These items need a photo (拍照留证): ${withoutPhoto.map((i) => `${i + 1}. ${items[i].text}`).join('; ')}.`,
        );
      const failed = answers.filter((a) => a.result === InspectionResult.FAIL);
      for (const answer of failed) {
        const item = items[answer.itemIndex];
        const hazard = await this.ctx.hazards.raiseIn(manager, this.ctx, {
          districtId: round.districtId,
          schoolId: round.schoolId,
          title: `${round.title}：${item.text}`.slice(0, 200),
          description: answer.note ?? `检查不合格：${item.text}${answer.value ? `（${answer.value}${item.unit ?? ''}）` : ''}`,
          level: item.hazardLevel,
          source: HazardSource.INSPECTION,
          sourceRef: answer.id,
          roundId: round.id,
          ...(await this.ctx.zones.placeIn(manager, round.schoolId, {
            zoneId: answer.roomId ? null : round.zoneId,
            roomId: answer.roomId,
          })),
          photoRefs: answer.photoRefs.slice(0, 6),
          reporterAccountId: viewer.accountId,
        });
        await manager.update(InspectionAnswer, { id: answer.id }, { hazardId: hazard.id });
      }
      const today = await this.ctx.directoryCopy.todayAt(round.schoolId, manager);
      return saveEdit(manager, this.ctx, {
        entity: InspectionRound,
        typeName: 'InspectionRound',
        current: round,
        version: round.version,
        changes: {
          status: InspectionRoundStatus.SUBMITTED,
          submittedAt: this.ctx.now(),
          submittedByAccountId: viewer.accountId,
          late: today > round.dueOn,
          failedCount: failed.length,
        },
        audit: { action: 'inspectionRound.submit', schoolId: round.schoolId },
      });
    });
  }

  // ── Checks ──────────────────────────────────────────────────────────────────────────────

  /** An active template the school may use (the district's or its own), else BAD_USER_INPUT on `templateId`. */
  private async usableTemplate(manager: EntityManager, schoolId: string, templateId: string): Promise<InspectionTemplate> {
    const id = parseId(templateId, 'templateId');
    const template = await manager.findOne(InspectionTemplate, { where: { id } });
    if (!template || template.districtId !== this.ctx.viewer!.districtId || (template.schoolId && template.schoolId !== schoolId))
      throw badInput('templateId', 'templateId names no inspection template of the district or the school.');
    if (!template.active) throw badInput('templateId', `"${template.name}" is withdrawn.`);
    return template;
  }

  /** The open round, locked, if the viewer is its inspector or the school's safety office: NOT_FOUND, FORBIDDEN or CONFLICT otherwise. */
  private async lockOpenRound(manager: EntityManager, id: string, field: string): Promise<InspectionRound> {
    const viewer = requireViewer(this.ctx.viewer);
    const round = await inspectionSql.lockRound(manager, this.rounds, parseId(id, field)).getOne();
    if (!round) throw notFound('InspectionRound', parseId(id, field));
    const office = may(viewer, P.startInspectionRound, round.schoolId);
    if (round.assigneeStaffId !== viewer.staffId && !office)
      throw forbidden('Only the round’s inspector (检查人) or the school’s safety office fills in and submits it.');
    if (round.status !== InspectionRoundStatus.OPEN) throw conflict('The round was submitted: a submitted inspection never changes.');
    return round;
  }
}

/** Opens a round of a template's current version (a start or the schedule job), in the caller's transaction. */
export async function openRoundIn(
  manager: EntityManager,
  actor: Actor,
  values: {
    districtId: string;
    schoolId: string;
    template: InspectionTemplate;
    scheduleId: string | null;
    scheduledOn: string;
    dueOn: string;
    assigneeStaffId: string;
    zoneId: string | null;
  },
): Promise<InspectionRound> {
  const version = (await inspectionSql.version(manager, values.template.id, values.template.currentVersion).getOne())!;
  const round: Partial<InspectionRound> = {
    id: newId(),
    districtId: values.districtId,
    schoolId: values.schoolId,
    templateId: values.template.id,
    templateVersionId: version.id,
    title: values.template.name,
    scheduleId: values.scheduleId,
    scheduledOn: values.scheduledOn,
    dueOn: values.dueOn,
    assigneeStaffId: values.assigneeStaffId,
    zoneId: values.zoneId,
    status: InspectionRoundStatus.OPEN,
    submittedAt: null,
    submittedByAccountId: null,
    late: false,
    failedCount: 0,
  };
  await manager.insert(InspectionRound, round);
  await recordAudit(manager, actor, {
    action: 'inspectionRound.open',
    entityType: 'InspectionRound',
    entityId: round.id!,
    districtId: values.districtId,
    schoolId: values.schoolId,
    changes: round,
  });
  return manager.findOneOrFail(InspectionRound, { where: { id: round.id } });
}
