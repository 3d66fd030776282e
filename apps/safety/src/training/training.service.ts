import type DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { may, requirePermission, requireViewer, Role } from '@houqin/auth';
import {
  badInput,
  forbidden,
  newId,
  parseId,
  percentText,
  resolvePage,
  toPage,
  type Page,
  type PageArgs,
  type TermDates,
} from '@houqin/common';
import type { KnownStaff } from '@houqin/directory-copy';
import { groupedLoader, paginate, recordAudit, saveEdit, type ScopedReader, LoadersByArgument } from '@houqin/persistence';
import type { SafetyContext } from '../context';
import { P } from '../permissions';
import { SafetyDrill, TrainingRecord, TrainingRequirement } from './training.entity';
import type {
  DefineTrainingRequirementInput,
  RecordDrillInput,
  RecordTrainingInput,
  UpdateTrainingRequirementInput,
} from './training.inputs';
import { checkRequirement, ComplianceStatus, complianceOf, drillGaps, drillTarget, expiryAfter, postsOf } from './training.rules';
import { drillReader, requirementReader, trainingSql } from './training.store';
import type { TrainingCompliancePerson, TrainingSummary } from './training.types';

/**
 * Training (培训) and drills (演练): required trainings per post, records per person, the compliance
 * matrix and each school's compliance; drills with their evacuation time against the target, and the
 * term months without enough of them. At `ctx.training`.
 */
export class TrainingService {
  readonly requirements: ScopedReader<TrainingRequirement>;
  private readonly drills: ScopedReader<SafetyDrill>;
  private recordsLoader?: DataLoader<string, TrainingRecord[]>;
  private summaryLoader?: DataLoader<string, TrainingSummary[]>;
  private drillDayLoaders = new LoadersByArgument<string, DataLoader<string, { schoolId: string; heldOn: string | Date }[]>>();

  constructor(private readonly ctx: SafetyContext) {
    this.requirements = requirementReader(ctx);
    this.drills = drillReader(ctx);
  }

  // ── Requirements ────────────────────────────────────────────────────────────────────────

  listRequirements(schoolId: string | null, page: PageArgs): Promise<Page<TrainingRequirement>> {
    const school = schoolId ? parseId(schoolId, 'schoolId') : null;
    return this.requirements.list(page, (qb) => {
      if (school) qb.andWhere('(tq.schoolId IS NULL OR tq.schoolId = :school)', { school });
    });
  }

  /** The district's requirement (district administrators) or a school's own (its safety office). */
  async defineRequirement(input: DefineTrainingRequirementInput): Promise<TrainingRequirement> {
    const viewer = requirePermission(this.ctx.viewer, P.defineTrainingRequirement);
    const schoolId = input.schoolId ? parseId(input.schoolId, 'schoolId') : null;
    if (schoolId) requirePermission(viewer, P.defineTrainingRequirement, schoolId);
    else if (!viewer.hasDistrictRole(Role.DISTRICT_ADMIN))
      throw forbidden(
        'A district requirement is defined by district administrators; give your school’s schoolId for a school requirement.',
      );
    const post = input.post.trim().toUpperCase();
    checkRequirement({ post, kind: input.kind, validityMonths: input.validityMonths });
    return this.ctx.dataSource.transaction(async (manager) => {
      if (schoolId) await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const requirement = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        post,
        name: input.name.trim(),
        kind: input.kind,
        validityMonths: input.validityMonths ?? null,
        active: true,
      };
      await manager.insert(TrainingRequirement, requirement);
      await recordAudit(manager, this.ctx, {
        action: 'trainingRequirement.define',
        entityType: 'TrainingRequirement',
        entityId: requirement.id,
        districtId: viewer.districtId,
        schoolId,
        changes: requirement,
      });
      return manager.findOneOrFail(TrainingRequirement, { where: { id: requirement.id } });
    });
  }

  async updateRequirement(input: UpdateTrainingRequirementInput): Promise<TrainingRequirement> {
    const viewer = requirePermission(this.ctx.viewer, P.updateTrainingRequirement);
    return this.ctx.dataSource.transaction(async (manager) => {
      const current = await this.requirements.getIn(manager, input.id);
      if (current.schoolId) requirePermission(viewer, P.updateTrainingRequirement, current.schoolId);
      else if (!viewer.hasDistrictRole(Role.DISTRICT_ADMIN))
        throw forbidden('A district requirement is changed by district administrators.');
      const changes: Partial<TrainingRequirement> = {};
      if (input.name != null) changes.name = input.name.trim();
      if (input.validityMonths != null) changes.validityMonths = input.validityMonths;
      if (input.active != null) changes.active = input.active;
      return saveEdit(manager, this.ctx, {
        entity: TrainingRequirement,
        typeName: 'TrainingRequirement',
        current,
        version: input.version,
        changes: Object.keys(changes).length ? changes : { name: current.name },
        audit: { action: 'trainingRequirement.update', schoolId: current.schoolId },
      });
    });
  }

  // ── Records ─────────────────────────────────────────────────────────────────────────────

  /** The safety office records a training or certificate of a staff member of the school; its expiry from the requirement unless printed. */
  async recordTraining(input: RecordTrainingInput): Promise<TrainingRecord> {
    requirePermission(this.ctx.viewer, P.recordTraining);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.recordTraining, schoolId);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const staff = await this.ctx.directoryCopy.assertStaffOf(manager, schoolId, input.staffId, 'staffId');
      const today = await this.ctx.directoryCopy.todayAt(schoolId, manager);
      if (input.takenOn > today) throw badInput('takenOn', `takenOn must not be after today (${today}).`);
      const requirement = input.requirementId ? await this.requirementFor(manager, schoolId, input.requirementId) : null;
      if (requirement && !postsOf(staff.posts).includes(requirement.post))
        throw badInput(
          'requirementId',
          `The requirement is for ${requirement.post}; the staff member’s posts are ${staff.posts || 'none'}.`,
        );
      const name = input.name?.trim() || requirement?.name;
      if (!name) throw badInput('name', 'Name the training, or give the requirement it meets.');
      let expiresOn = input.expiresOn ?? null;
      if (!expiresOn && requirement?.validityMonths) expiresOn = expiryAfter(input.takenOn, requirement.validityMonths);
      if (!expiresOn && requirement) throw badInput('expiresOn', 'A certificate’s expiry is printed on it: give expiresOn.');
      if (expiresOn && expiresOn < input.takenOn) throw badInput('expiresOn', 'expiresOn must not be before takenOn.');
      const record = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        staffId: staff.staffId,
        requirementId: requirement?.id ?? null,
        name,
        takenOn: input.takenOn,
        expiresOn,
        certificateNumber: input.certificateNumber?.trim() || null,
        recordedByAccountId: viewer.accountId,
      };
      await manager.insert(TrainingRecord, record);
      await recordAudit(manager, this.ctx, {
        action: 'training.record',
        entityType: 'TrainingRecord',
        entityId: record.id,
        districtId: viewer.districtId,
        schoolId,
        changes: record,
      });
      return manager.findOneOrFail(TrainingRecord, { where: { id: record.id } });
    });
  }

  /** A staff member's records, newest first, as the viewer may see them: their own, or their school's for its safety office and the district. */
  async recordsOfStaff(staffId: string): Promise<TrainingRecord[]> {
    const viewer = requireViewer(this.ctx.viewer);
    this.recordsLoader ??= groupedLoader(
      (ids) => trainingSql.recordsOf(this.ctx.dataSource.manager, ids).getMany(),
      (r) => r.staffId,
    );
    const records = await this.recordsLoader.load(staffId);
    return records.filter(
      (r) => r.districtId === viewer.districtId && (viewer.staffId === staffId || may(viewer, P.readSafety, r.schoolId)),
    );
  }

  // ── Compliance ──────────────────────────────────────────────────────────────────────────

  /** The training compliance matrix (培训合规矩阵) of a school: staff with a required training, each requirement's standing, a page of staff at a time. */
  async compliance(schoolId: string, page: PageArgs): Promise<Page<TrainingCompliancePerson>> {
    const id = parseId(schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.readSafety, id);
    const { limit, afterId } = resolvePage(page);
    const manager = this.ctx.dataSource.manager;
    const requirements = await trainingSql.requirementsFor(manager, viewer.districtId, [id]).getMany();
    const posts = [...new Set(requirements.map((r) => r.post))];
    if (!posts.length) return toPage([], limit);
    // A school's staff is a few hundred at most: read them all, keep those holding a post with a requirement, page by staff id.
    const staff = (await trainingSql.staffOf(manager, [id]).orderBy('ks.staffId').getMany())
      .filter((s) => postsOf(s.posts).some((post) => posts.includes(post)))
      .filter((s) => !afterId || s.staffId > afterId)
      .slice(0, limit + 1);
    const { today, notice, latest } = await this.standingInputs(manager, viewer.districtId, [id]);
    const people = staff.map((s) => this.personOf(s, requirements, latest, today.get(id)!, notice));
    return toPage(people, limit);
  }

  /** A school's compliance counts (batched over a page of schools: three statements). */
  async summaryOf(schoolId: string): Promise<TrainingSummary> {
    const viewer = requirePermission(this.ctx.viewer, P.readSafety, schoolId);
    this.summaryLoader ??= groupedLoader(
      async (ids) => {
        const manager = this.ctx.dataSource.manager;
        const requirements = await trainingSql.requirementsFor(manager, viewer.districtId, ids).getMany();
        const staff = await trainingSql.staffOf(manager, ids).getMany();
        const { today, notice, latest } = await this.standingInputs(manager, viewer.districtId, ids);
        return ids.map((sid) => {
          const counts = { required: 0, valid: 0, expiring: 0, expired: 0, missing: 0 };
          for (const s of staff.filter((x) => x.schoolId === sid))
            for (const entry of this.personOf(
              s,
              requirements.filter((r) => !r.schoolId || r.schoolId === sid),
              latest,
              today.get(sid)!,
              notice,
            ).entries) {
              counts.required += 1;
              if (entry.status === ComplianceStatus.VALID || entry.status === ComplianceStatus.EXPIRING) counts.valid += 1;
              if (entry.status === ComplianceStatus.EXPIRING) counts.expiring += 1;
              if (entry.status === ComplianceStatus.EXPIRED) counts.expired += 1;
              if (entry.status === ComplianceStatus.MISSING) counts.missing += 1;
            }
          return { schoolId: sid, ...counts, compliance: percentText(counts.valid, counts.required, '100.0') };
        });
      },
      (row) => (row as TrainingSummary & { schoolId: string }).schoolId,
    );
    return (await this.summaryLoader.load(schoolId))[0];
  }

  private async standingInputs(manager: EntityManager, districtId: string, schoolIds: readonly string[]) {
    const notice = (await this.ctx.settings.settingsOf(manager, districtId)).expiryNoticeDays;
    const today = new Map<string, string>();
    for (const id of schoolIds) today.set(id, await this.ctx.directoryCopy.todayAt(id, manager));
    const rows = await trainingSql
      .latestExpiries(manager, schoolIds)
      .getRawMany<{ staffId: string; requirementId: string; expiresOn: string | Date | null; forever: number | string }>();
    const latest = new Map<string, string | null>();
    for (const row of rows) {
      const expires = row.expiresOn instanceof Date ? row.expiresOn.toISOString().slice(0, 10) : row.expiresOn;
      latest.set(`${row.staffId}|${row.requirementId}`, Number(row.forever) > 0 ? null : (expires ?? null));
    }
    return { today, notice, latest };
  }

  private personOf(
    staff: KnownStaff,
    requirements: TrainingRequirement[],
    latest: Map<string, string | null>,
    today: string,
    notice: number,
  ) {
    const posts = postsOf(staff.posts);
    const entries = requirements
      .filter((r) => posts.includes(r.post))
      .map((requirement) => {
        const key = `${staff.staffId}|${requirement.id}`;
        const expiresOn = latest.has(key) ? latest.get(key)! : undefined;
        return { requirement, status: complianceOf(expiresOn, today, notice), expiresOn: expiresOn ?? null };
      });
    return { id: staff.staffId, posts, entries };
  }

  // ── Drills ──────────────────────────────────────────────────────────────────────────────

  /** The safety office records a drill; its evacuation time is held to the district's target for four floors or fewer. */
  async recordDrill(input: RecordDrillInput): Promise<SafetyDrill> {
    requirePermission(this.ctx.viewer, P.recordDrill);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const viewer = requirePermission(this.ctx.viewer, P.recordDrill, schoolId);
    return this.ctx.dataSource.transaction(async (manager) => {
      await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const campusId = input.campusId
        ? (await this.ctx.directoryCopy.requireCampusOf(manager, schoolId, input.campusId, 'campusId')).campusId
        : null;
      const today = await this.ctx.directoryCopy.todayAt(schoolId, manager);
      if (input.heldOn > today) throw badInput('heldOn', `heldOn must not be after today (${today}): record a drill once it is held.`);
      const settings = await this.ctx.settings.settingsOf(manager, viewer.districtId);
      const targetSeconds = drillTarget(input.buildingFloors ?? null, settings.evacuationTargetSeconds);
      const drill = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        campusId,
        kind: input.kind,
        heldOn: input.heldOn,
        participants: input.participants,
        evacuationSeconds: input.evacuationSeconds ?? null,
        buildingFloors: input.buildingFloors ?? null,
        targetSeconds,
        metTarget: targetSeconds != null && input.evacuationSeconds != null ? input.evacuationSeconds <= targetSeconds : null,
        summary: input.summary?.trim() || null,
        recordedByAccountId: viewer.accountId,
      };
      await manager.insert(SafetyDrill, drill);
      await recordAudit(manager, this.ctx, {
        action: 'drill.record',
        entityType: 'SafetyDrill',
        entityId: drill.id,
        districtId: viewer.districtId,
        schoolId,
        changes: drill,
      });
      return manager.findOneOrFail(SafetyDrill, { where: { id: drill.id } });
    });
  }

  /** A school's drills held in [from, to] (at most a year): its safety office and the district. */
  listDrills(schoolId: string, from: string, to: string, page: PageArgs): Promise<Page<SafetyDrill>> {
    const id = parseId(schoolId, 'schoolId');
    requirePermission(this.ctx.viewer, P.readSafety, id);
    return paginate(trainingSql.drills(this.ctx.dataSource.manager, this.drills, id, from, to), page, 'DESC');
  }

  /** The term months of [from, to] with fewer drills than the district requires (演练缺口). */
  async drillGapsOf(schoolId: string, from: string, to: string): Promise<string[]> {
    const viewer = requirePermission(this.ctx.viewer, P.readSafety, schoolId);
    // Batched over a page of schools: their drill days in one statement, their terms in another.
    const key = `${from}|${to}`;
    const loader = this.drillDayLoaders.get(key, () =>
      groupedLoader(
        (ids) =>
          trainingSql.drillDays(this.ctx.dataSource.manager, ids, from, to).getRawMany<{ schoolId: string; heldOn: string | Date }>(),
        (row) => row.schoolId,
      ),
    );
    // Asked together, in the tick every school of the page asks them (one statement each for the page).
    const [days, terms, settings]: [{ heldOn: string | Date }[], TermDates[], { drillsPerMonth: number }] = await Promise.all([
      loader.load(schoolId),
      this.ctx.directoryCopy.termsOf(schoolId),
      this.ctx.settings.settingsOf(null, viewer.districtId),
    ]);
    const perMonth = settings.drillsPerMonth;
    return drillGaps(
      from,
      to,
      terms,
      days.map((d) => (d.heldOn instanceof Date ? d.heldOn.toISOString().slice(0, 10) : d.heldOn)),
      perMonth,
    );
  }

  /** An active requirement that applies at the school, else BAD_USER_INPUT on requirementId. */
  private async requirementFor(manager: EntityManager, schoolId: string, requirementId: string): Promise<TrainingRequirement> {
    const id = parseId(requirementId, 'requirementId');
    const requirement = await manager.findOne(TrainingRequirement, { where: { id } });
    if (
      !requirement ||
      requirement.districtId !== this.ctx.viewer!.districtId ||
      (requirement.schoolId && requirement.schoolId !== schoolId)
    )
      throw badInput('requirementId', 'requirementId names no required training of the district or the school.');
    if (!requirement.active) throw badInput('requirementId', `"${requirement.name}" is withdrawn.`);
    return requirement;
  }
}
