import type { EntityManager } from 'typeorm';
import {
  badInput,
  checkDay,
  DEFAULT_TIME_ZONE,
  checkDaySpan,
  conflict,
  dayStart,
  forbidden,
  newId,
  notFound,
  parseId,
  shiftDate,
  todayIn,
  type Page,
  type PageArgs,
} from '@houqin/common';
import { may, requirePermission, requireViewer } from '@houqin/auth';
import { directoryCopySql, KnownStaff, timeZoneIn } from '@houqin/directory-copy';
import { groupedLoader, isUniqueViolation, paginate, type ScopedReader, LoadersByArgument } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import type { FacilitiesStep } from '../workflow-step.entity';
import {
  AppraisalSummary,
  type AppraisalGrade,
  type StaffAppraisalFigures,
  StaffAppraisal,
  StaffAppraisalStatus,
} from './appraisal.entity';
import { StaffAppraisalAction, staffAppraisalFlow } from './appraisal.flow';
import type { ConfirmStaffAppraisalInput, ProposeStaffAppraisalInput, StaffAppraisalFilter } from './appraisal.inputs';
import { appraisalFigures, appraisalSummary, figuresFromStore, storedFigures } from './appraisal.rules';
import { appraisalRankedReader, appraisalReader, appraisalSql, appraisalWriteReader } from './appraisal.store';

/** A row of appraisalSql.summaryOf as the driver returns it (counts may come as strings). */
interface SummaryRawRow {
  schoolId: string;
  grade: AppraisalGrade;
  status: string;
  count: string | number;
  scored: string | number;
  scoreTenths: string | number;
}

/** Staff.appraisals: a person's latest appraisals, at most this many (the history is Query.staffAppraisals). */
export const APPRAISALS_SHOWN = 10;

/** A period the figures cover: a term of the school, or from–to. */
export interface AppraisalPeriod {
  termId: string | null;
  from: string;
  to: string;
}

/**
 * The figures of `staffId` at `schoolId` over a period at `asOf`, by the formula (appraisal.rules.ts),
 * from three statements: their duty occurrences, the work orders they were assigned to and the rated
 * requisitions they issued. No permission check: the service's reads and the demo seed call it after
 * their own.
 */
export async function computeAppraisalFigures(
  manager: EntityManager,
  schoolId: string,
  staffId: string,
  period: AppraisalPeriod,
  asOf: Date,
): Promise<StaffAppraisalFigures> {
  const timeZone = await timeZoneIn(manager, schoolId);
  const [start, end] = [dayStart(period.from, timeZone), dayStart(shiftDate(period.to, 1), timeZone)];
  const [occurrences, workOrders, requisitions] = await Promise.all([
    appraisalSql.occurrenceEvidence(manager, schoolId, staffId, period.from, period.to, asOf).getMany(),
    appraisalSql.workOrderEvidence(manager, schoolId, staffId, start, end, asOf).getMany(),
    appraisalSql.requisitionEvidence(manager, schoolId, staffId, start, end, asOf).getMany(),
  ]);
  // A due time at midnight ends the day before it.
  const dayOf = (at: Date) => todayIn(timeZone, new Date(at.getTime() - 1));
  return appraisalFigures(
    { staffId, schoolId, termId: period.termId, from: period.from, to: period.to, asOf },
    occurrences,
    workOrders.map((order) => ({
      id: order.id,
      dueOn: dayOf(order.dueAt),
      dueAt: order.dueAt,
      finishedAt: order.finishedAt,
      // A rating given after the figures' time does not count in them.
      rating: order.ratedAt && order.ratedAt <= asOf ? order.rating : null,
    })),
    requisitions.map((requisition) => ({
      id: requisition.id,
      dueOn: todayIn(timeZone, requisition.issuedAt!),
      rating: requisition.rating!,
    })),
  );
}

/**
 * Term appraisal per staff member (考核): the figures by the documented formula with their evidence,
 * the director's proposal (with the figures stored as they were), the principal's confirmation (never
 * the proposer's), the history kept. At `ctx.appraisals`.
 */
export class AppraisalService {
  readonly reader: ScopedReader<StaffAppraisal>;
  private readonly writeReader: ScopedReader<StaffAppraisal>;
  private stepsLoader?: ReturnType<typeof staffAppraisalFlow.stepsLoader<FacilitiesStep>>;
  private latestLoader?: ReturnType<typeof groupedLoader<StaffAppraisal>>;
  private summaryLoaders = new LoadersByArgument<string, ReturnType<typeof groupedLoader<SummaryRawRow>>>();

  constructor(private readonly ctx: FacilitiesContext) {
    this.reader = appraisalReader(ctx);
    this.writeReader = appraisalWriteReader(ctx);
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  /**
   * A staff member's figures now, for a term of their school or from–to (at most a year): the
   * school's director, principal and the district, or the person themself. Staff outside the viewer's
   * schools are NOT_FOUND; anyone else of the school is FORBIDDEN.
   */
  async figures(
    staffId: string,
    termId: string | null | undefined,
    from: string | null | undefined,
    to: string | null | undefined,
  ): Promise<StaffAppraisalFigures> {
    const viewer = requireViewer(this.ctx.viewer);
    const id = parseId(staffId, 'staffId');
    const manager = this.ctx.dataSource.manager;
    const staff = await manager.findOne(KnownStaff, { where: { staffId: id } });
    if (!staff || !viewer.canSeeSchool(staff.schoolId, staff.districtId)) throw notFound('Staff', id);
    if (!may(viewer, P.readStaffAppraisals, staff.schoolId) && viewer.staffId !== id)
      throw forbidden('Only the school’s director and principal, the district, and the person themself read these figures.');
    const period = await this.periodOf(manager, staff.schoolId, termId, from, to);
    return computeAppraisalFigures(manager, staff.schoolId, id, period, this.ctx.now());
  }

  /** Appraisals the viewer may read, newest first. */
  list(filter: StaffAppraisalFilter, page: PageArgs): Promise<Page<StaffAppraisal>> {
    requireViewer(this.ctx.viewer);
    return paginate(
      appraisalSql.list(this.ctx.dataSource.manager, this.reader, {
        schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null,
        staffId: filter.staffId ? parseId(filter.staffId, 'filter.staffId') : null,
        termId: filter.termId ? parseId(filter.termId, 'filter.termId') : null,
        status: filter.status,
      }),
      page,
      'DESC',
    );
  }

  get(id: string): Promise<StaffAppraisal> {
    requireViewer(this.ctx.viewer);
    return this.reader.get(id);
  }

  /** Staff.appraisals: their latest APPRAISALS_SHOWN, newest first, as the viewer may read them (batched). */
  latestOf(staffId: string): Promise<StaffAppraisal[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    this.latestLoader ??= groupedLoader(
      (ids) =>
        appraisalSql.latestOf(this.ctx.dataSource.manager, this.reader, appraisalRankedReader(this.ctx), ids, APPRAISALS_SHOWN).getMany(),
      (row) => row.staffId,
    );
    return this.latestLoader.load(staffId);
  }

  /**
   * School.appraisalSummary: the current appraisals of the term the school holds on `on` (today in
   * China Standard Time when omitted), by grade; null unless the viewer reads the school's appraisals
   * (its director and principal, the district). One grouped statement per page of schools.
   */
  async summaryOf(schoolId: string, on: string | null | undefined): Promise<AppraisalSummary | null> {
    if (!may(this.ctx.viewer, P.readStaffAppraisals, schoolId)) return null;
    const day = on ?? todayIn(DEFAULT_TIME_ZONE, this.ctx.now());
    checkDay(day, 'on');
    const loader = this.summaryLoaders.get(day, () =>
      groupedLoader(
        (ids) => appraisalSql.summaryOf(this.ctx.dataSource.manager, ids, day).getRawMany<SummaryRawRow>(),
        (row) => row.schoolId,
      ),
    );
    const rows = await loader.load(schoolId);
    const summary = appraisalSummary(
      rows.map((r) => ({ ...r, count: Number(r.count), scored: Number(r.scored), scoreTenths: Number(r.scoreTenths) })),
    );
    return Object.assign(new AppraisalSummary(), { schoolId, on: day, ...summary });
  }

  /** The figures a proposal stored (its snapshot): later changes to the evidence never alter them. */
  figuresOf(appraisal: StaffAppraisal): StaffAppraisalFigures {
    return figuresFromStore(appraisal.figuresSnapshot);
  }

  /** Its steps, oldest first (batched). */
  stepsOf(appraisalId: string): Promise<FacilitiesStep[]> {
    this.stepsLoader ??= staffAppraisalFlow.stepsLoader<FacilitiesStep>(this.ctx.dataSource);
    return this.stepsLoader.load(appraisalId);
  }

  // ── Steps ───────────────────────────────────────────────────────────────────────────────

  /**
   * The director proposes a grade (拟定): permission at the school first; then the person (staff of the
   * school, not the proposer), the term (of the school); then one transaction: the current proposal
   * for the person and term superseded (kept as it was), the new one with the figures as they are now.
   */
  async propose(input: ProposeStaffAppraisalInput): Promise<StaffAppraisal> {
    const viewer = staffAppraisalFlow.allow(this.ctx.viewer, StaffAppraisalAction.PROPOSED, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    try {
      return await this.ctx.dataSource.transaction(async (manager) => {
        await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
        const staff = await this.ctx.directoryCopy.assertStaffOf(manager, schoolId, input.staffId, 'staffId');
        if (staff.staffId === viewer.staffId) throw forbidden('You cannot appraise yourself.');
        const termId = parseId(input.termId, 'termId');
        const term = (await directoryCopySql.termsOf(manager, [schoolId]).getMany()).find((t) => t.termId === termId);
        if (!term) throw badInput('termId', 'termId does not name a term of the school.');
        const now = this.ctx.now();
        const figures = await computeAppraisalFigures(
          manager,
          schoolId,
          staff.staffId,
          { termId, from: term.startsOn, to: term.endsOn },
          now,
        );
        const id = newId();
        for (const current of await appraisalSql.lockCurrent(manager, staff.staffId, termId).getMany()) {
          const step = staffAppraisalFlow.check(this.ctx.viewer, StaffAppraisalAction.SUPERSEDED, current);
          await step.commit(manager, this.ctx, {
            set: { supersededById: id, currentKey: null },
            comment: `Superseded by the proposal ${id}.`,
            changes: { supersededById: id, status: StaffAppraisalStatus.SUPERSEDED },
          });
        }
        await manager.insert(StaffAppraisal, {
          id,
          districtId: viewer.districtId,
          schoolId,
          staffId: staff.staffId,
          termId,
          termStartsOn: term.startsOn,
          termEndsOn: term.endsOn,
          grade: input.grade,
          comment: input.comment,
          scoreTenths: figures.scores.total == null ? null : Math.round(figures.scores.total * 10),
          figuresSnapshot: storedFigures(figures),
          status: StaffAppraisalStatus.PROPOSED,
          proposedByAccountId: viewer.accountId,
          proposedAt: now,
          confirmedByAccountId: null,
          confirmedAt: null,
          confirmComment: null,
          supersededById: null,
          currentKey: `${staff.staffId}/${termId}`,
        });
        const created = await manager.findOneOrFail(StaffAppraisal, { where: { id } });
        await staffAppraisalFlow.recordCreation(manager, this.ctx, StaffAppraisalAction.PROPOSED, created, {
          comment: input.comment,
          changes: {
            staffId: created.staffId,
            termId,
            grade: created.grade,
            score: figures.scores.total,
            suggestedGrade: figures.suggestedGrade,
          },
        });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('Another proposal for this person and term was made at the same moment; reload and try again.');
      throw error;
    }
  }

  /**
   * The principal confirms a proposal (确认): permission first, the appraisal in the viewer's schools
   * (NOT_FOUND), the flow (FORBIDDEN for anyone else or the proposer, CONFLICT unless PROPOSED), never
   * their own appraisal, at the version read.
   */
  confirm(input: ConfirmStaffAppraisalInput): Promise<StaffAppraisal> {
    requirePermission(this.ctx.viewer, P.confirmStaffAppraisal);
    return this.ctx.dataSource.transaction(async (manager) => {
      const appraisal = await appraisalSql.lockForStep(manager, this.writeReader, parseId(input.id, 'id')).getOne();
      if (!appraisal) throw notFound('StaffAppraisal', input.id);
      const step = staffAppraisalFlow.check(this.ctx.viewer, StaffAppraisalAction.CONFIRMED, appraisal);
      if (appraisal.staffId === step.viewer.staffId) throw forbidden('You cannot confirm your own appraisal.');
      if (appraisal.version !== input.version)
        throw conflict(`The appraisal was changed meanwhile (your version ${input.version}, current ${appraisal.version}); reload it.`, {
          currentVersion: appraisal.version,
        });
      const now = this.ctx.now();
      return step.commit(manager, this.ctx, {
        set: { confirmedByAccountId: step.viewer.accountId, confirmedAt: now, confirmComment: input.comment ?? null },
        comment: input.comment ?? null,
        changes: { grade: appraisal.grade, status: StaffAppraisalStatus.CONFIRMED },
      });
    });
  }

  // ── Inner ───────────────────────────────────────────────────────────────────────────────

  /** A term of the school (BAD_USER_INPUT on termId otherwise), or from–to of at most a year. */
  private async periodOf(
    manager: EntityManager,
    schoolId: string,
    termId: string | null | undefined,
    from: string | null | undefined,
    to: string | null | undefined,
  ): Promise<AppraisalPeriod> {
    if (termId != null) {
      if (from != null || to != null) throw badInput('termId', 'Give a term, or from and to, not both.');
      const id = parseId(termId, 'termId');
      const term = (await directoryCopySql.termsOf(manager, [schoolId]).getMany()).find((t) => t.termId === id);
      if (!term) throw badInput('termId', 'termId does not name a term of the staff member’s school.');
      return { termId: id, from: term.startsOn, to: term.endsOn };
    }
    if (from == null) throw badInput('from', 'Give a term (termId), or from and to.');
    if (to == null) throw badInput('to', 'Give to with from.');
    checkDaySpan(from, to);
    return { termId: null, from, to };
  }
}
