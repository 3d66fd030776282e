import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { EntityManager } from 'typeorm';
import {
  badInput,
  conflict,
  forbidden,
  isId,
  newId,
  notFound,
  parseId,
  resolvePage,
  todayIn,
  toPage,
  type Page,
  type PageArgs,
} from '@houqin/common';
import { type Permission, requirePermission, requireViewer, type Viewer } from '@houqin/auth';
import { directoryCopySql } from '@houqin/directory-copy';
import { groupedLoader, paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import type { FacilitiesStep } from '../workflow-step.entity';
import { DutyCheckResult, DutyOccurrence, DutyOccurrenceStatus, DutyTask, DutyTaskKind, DutyTaskStatus } from './duty.entity';
import { DutyOccurrenceAction, dutyOccurrenceFlow, DutyTaskAction, dutyTaskFlow } from './duty.flow';
import type {
  CheckDutyOccurrenceInput,
  CreateDutyTaskInput,
  DutyOccurrenceFilter,
  DutyTaskFilter,
  EndDutyTaskInput,
  MarkDutyOccurrenceDoneInput,
  PlanDutyTasksInput,
  UpdateDutyTaskInput,
} from './duty.inputs';
import { ACTIVE_TASKS_MAX, checkable, checkDueTime, deadlineOn, parseDutyRule, PLAN_RANGE_MAX_DAYS, planTask } from './duty.rules';
import {
  dutyOccurrenceRankedReader,
  dutyOccurrenceReader,
  dutyOccurrenceWriteReader,
  type OccurrenceCursor,
  dutySql,
  dutyTaskReader,
  dutyTaskWriteReader,
} from './duty.store';
import { DutyOccurrenceViewerAction, type DutyPlanResult } from './duty.types';

/** Staff.dutyTasks: a person's occurrences still to do, at most this many. */
export const TO_DO_SHOWN = 20;
/** Rows per INSERT when a plan adds occurrences. */
const INSERT_CHUNK = 200;

/** An occurrence page's cursor: its day and id, so the sheet pages in day order. */
const encodeCursorKey = (occurrence: DutyOccurrence) => `${occurrence.dueOn}|${occurrence.id}`;
function decodeCursor(after: string): OccurrenceCursor {
  const [dueOn, id] = Buffer.from(after, 'base64url').toString('utf8').split('|');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn ?? '') || !isId(id)) throw badInput('after', 'after is not a cursor returned by this list.');
  return { dueOn, id };
}

/**
 * The duty task sheet (工作叙事表): tasks set by the director or the principal, planned into occurrences
 * on the school's school days, marked done by the responsible person and checked by the checker. Every
 * mutation: permission first (FORBIDDEN before anything is read or validated), then the record in the
 * viewer's schools (NOT_FOUND), its state (CONFLICT), the input (BAD_USER_INPUT), in one transaction
 * with its steps and audit entries. At `ctx.duty`.
 */
export class DutyService {
  readonly tasks: ScopedReader<DutyTask>;
  readonly occurrences: ScopedReader<DutyOccurrence>;
  private readonly taskWriter: ScopedReader<DutyTask>;
  private readonly occurrenceWriter: ScopedReader<DutyOccurrence>;
  private taskSteps?: ReturnType<typeof dutyTaskFlow.stepsLoader<FacilitiesStep>>;
  private occurrenceSteps?: ReturnType<typeof dutyOccurrenceFlow.stepsLoader<FacilitiesStep>>;
  private toDoLoader?: ReturnType<typeof groupedLoader<DutyOccurrence>>;

  constructor(private readonly ctx: FacilitiesContext) {
    this.tasks = dutyTaskReader(ctx);
    this.occurrences = dutyOccurrenceReader(ctx);
    this.taskWriter = dutyTaskWriteReader(ctx);
    this.occurrenceWriter = dutyOccurrenceWriteReader(ctx);
  }

  // ── Reads ───────────────────────────────────────────────────────────────────────────────

  /** Duty tasks the viewer may read, in the order they were set. */
  listTasks(filter: DutyTaskFilter, page: PageArgs): Promise<Page<DutyTask>> {
    requireViewer(this.ctx.viewer);
    return paginate(
      dutySql.tasks(this.ctx.dataSource.manager, this.tasks, {
        schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null,
        kind: filter.kind,
        status: filter.status,
        responsibleStaffId: filter.responsibleStaffId ? parseId(filter.responsibleStaffId, 'filter.responsibleStaffId') : null,
        checkerStaffId: filter.checkerStaffId ? parseId(filter.checkerStaffId, 'filter.checkerStaffId') : null,
      }),
      page,
    );
  }

  getTask(id: string): Promise<DutyTask> {
    requireViewer(this.ctx.viewer);
    return this.tasks.get(id);
  }

  /** The sheet: occurrences the viewer may read, in day order, narrowed by the filter. */
  async listOccurrences(filter: DutyOccurrenceFilter, page: PageArgs): Promise<Page<DutyOccurrence>> {
    requireViewer(this.ctx.viewer);
    const { limit } = resolvePage({ first: page.first });
    const after = page.after != null ? decodeCursor(page.after) : null;
    if (filter.from && filter.to && filter.to < filter.from) throw badInput('filter.to', 'filter.to must not be before filter.from.');
    const rows = await dutySql
      .occurrences(
        this.ctx.dataSource.manager,
        this.occurrences,
        {
          schoolId: filter.schoolId ? parseId(filter.schoolId, 'filter.schoolId') : null,
          taskId: filter.taskId ? parseId(filter.taskId, 'filter.taskId') : null,
          responsibleStaffId: filter.responsibleStaffId ? parseId(filter.responsibleStaffId, 'filter.responsibleStaffId') : null,
          checkerStaffId: filter.checkerStaffId ? parseId(filter.checkerStaffId, 'filter.checkerStaffId') : null,
          status: filter.status,
          checkResult: filter.checkResult,
          from: filter.from,
          to: filter.to,
          overdueAt: filter.overdue ? this.ctx.now() : null,
        },
        after,
        limit + 1,
      )
      .getMany();
    return toPage(rows, limit, encodeCursorKey);
  }

  getOccurrence(id: string): Promise<DutyOccurrence> {
    requireViewer(this.ctx.viewer);
    return this.occurrences.get(id);
  }

  /** A task's steps, oldest first (batched). */
  stepsOfTask(taskId: string): Promise<FacilitiesStep[]> {
    this.taskSteps ??= dutyTaskFlow.stepsLoader<FacilitiesStep>(this.ctx.dataSource);
    return this.taskSteps.load(taskId);
  }

  /** An occurrence's steps, oldest first (batched). */
  stepsOfOccurrence(occurrenceId: string): Promise<FacilitiesStep[]> {
    this.occurrenceSteps ??= dutyOccurrenceFlow.stepsLoader<FacilitiesStep>(this.ctx.dataSource);
    return this.occurrenceSteps.load(occurrenceId);
  }

  /** Staff.dutyTasks: the person's occurrences still to do, overdue first then by deadline, at most TO_DO_SHOWN, as the viewer may read them (batched). */
  toDoOf(staffId: string): Promise<DutyOccurrence[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    this.toDoLoader ??= groupedLoader(
      (ids) =>
        dutySql.toDoOf(this.ctx.dataSource.manager, this.occurrences, dutyOccurrenceRankedReader(this.ctx), ids, TO_DO_SHOWN).getMany(),
      (row) => row.responsibleStaffId,
    );
    return this.toDoLoader.load(staffId);
  }

  /** The steps the viewer could take on an occurrence now (the rules the mutations check; no statement). */
  viewerActions(occurrence: DutyOccurrence): DutyOccurrenceViewerAction[] {
    const viewer = this.ctx.viewer;
    if (!viewer?.staffId) return [];
    const now = this.ctx.now();
    const actions: DutyOccurrenceViewerAction[] = [];
    if (
      dutyOccurrenceFlow.allows(viewer, DutyOccurrenceAction.MARKED_DONE, occurrence) &&
      occurrence.responsibleStaffId === viewer.staffId &&
      now >= occurrence.startsAt
    )
      actions.push(DutyOccurrenceViewerAction.MARK_DONE);
    if (
      dutyOccurrenceFlow.allows(viewer, DutyOccurrenceAction.CHECKED, occurrence) &&
      occurrence.checkerStaffId === viewer.staffId &&
      checkable(occurrence, now)
    )
      actions.push(DutyOccurrenceViewerAction.CHECK);
    return actions;
  }

  // ── Tasks ───────────────────────────────────────────────────────────────────────────────

  /**
   * The director or the principal sets a task (布置): permission at the school first; then the school,
   * the two people (staff of the school, not the same person), the kind's own fields; then one
   * transaction: the task, its step, and for an urgent task its one occurrence.
   */
  async create(input: CreateDutyTaskInput): Promise<DutyTask> {
    const viewer = dutyTaskFlow.allow(this.ctx.viewer, DutyTaskAction.CREATED, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const now = this.ctx.now();
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const people = await this.people(manager, schoolId, input.responsibleStaffId, input.checkerStaffId);
      const today = todayIn(school.timeZone, now);
      const task: Partial<DutyTask> = {
        id: newId(),
        districtId: viewer.districtId,
        schoolId,
        kind: input.kind,
        title: input.title,
        requirement: input.requirement,
        ...people,
        status: DutyTaskStatus.ACTIVE,
        createdByAccountId: viewer.accountId,
      };
      if (input.kind === DutyTaskKind.ROUTINE) {
        if (input.deadline != null)
          throw badInput('deadline', 'A routine task has no single deadline: each occurrence is due by the end of its day, or at dueTime.');
        if (!input.rule) throw badInput('rule', 'A routine task needs its recurrence rule, e.g. FREQ=WEEKLY;BYDAY=FR.');
        const startsOn = input.startsOn ?? today;
        if (input.endsOn != null && input.endsOn < startsOn) throw badInput('endsOn', 'endsOn must not be before startsOn.');
        Object.assign(task, {
          rule: parseDutyRule(input.rule, startsOn),
          startsOn,
          endsOn: input.endsOn ?? null,
          dueTime: input.dueTime != null ? checkDueTime(input.dueTime) : null,
          deadline: null,
        });
      } else {
        for (const field of ['rule', 'startsOn', 'endsOn', 'dueTime'] as const)
          if (input[field] != null) throw badInput(field, `${field} is for a routine task; an urgent task has one deadline.`);
        if (!input.deadline) throw badInput('deadline', 'An urgent task needs its deadline.');
        if (input.deadline <= now) throw badInput('deadline', 'The deadline must be after the task starts (now).');
        Object.assign(task, { rule: null, startsOn: today, endsOn: null, dueTime: null, deadline: input.deadline });
      }
      const active = await dutySql.activeTasks(manager, schoolId).getCount();
      if (active >= ACTIVE_TASKS_MAX)
        throw badInput('schoolId', `The school has ${ACTIVE_TASKS_MAX} duty tasks in force; end one before setting another.`);
      await manager.insert(DutyTask, task);
      const created = await manager.findOneOrFail(DutyTask, { where: { id: task.id } });
      if (created.kind === DutyTaskKind.URGENT)
        await manager.insert(DutyOccurrence, {
          ...this.occurrenceOf(created),
          dueOn: dayOfDeadline(created.deadline!, school.timeZone),
          startsAt: now,
          deadline: created.deadline!,
        });
      await dutyTaskFlow.recordCreation(manager, this.ctx, DutyTaskAction.CREATED, created, {
        comment: created.requirement.slice(0, 500),
        changes: {
          kind: created.kind,
          title: created.title,
          responsibleStaffId: created.responsibleStaffId,
          checkerStaffId: created.checkerStaffId,
          rule: created.rule,
          startsOn: created.startsOn,
          endsOn: created.endsOn,
          dueTime: created.dueTime,
          deadline: created.deadline?.toISOString() ?? null,
        },
      });
      return created;
    });
  }

  /**
   * Changes a task in force at the version read. The occurrences still to come (to do, deadline ahead)
   * follow: new people, a new time of day, a new urgent deadline; a new last day takes the ones after
   * it off the sheet. What was done, checked or is already overdue keeps what it had.
   */
  update(input: UpdateDutyTaskInput): Promise<DutyTask> {
    return this.taskStep(input, DutyTaskAction.CHANGED, P.updateDutyTask, async (manager, task) => {
      const now = this.ctx.now();
      const set: Partial<DutyTask> = {};
      const effects: Record<string, unknown> = {};
      if (input.title != null && input.title !== task.title) set.title = input.title;
      if (input.requirement != null && input.requirement !== task.requirement) set.requirement = input.requirement;
      if (input.responsibleStaffId != null || input.checkerStaffId != null) {
        const people = await this.people(
          manager,
          task.schoolId,
          input.responsibleStaffId ?? task.responsibleStaffId,
          input.checkerStaffId ?? task.checkerStaffId,
          input.checkerStaffId != null ? 'checkerStaffId' : 'responsibleStaffId',
        );
        if (people.responsibleStaffId !== task.responsibleStaffId || people.checkerStaffId !== task.checkerStaffId) {
          Object.assign(set, people);
          effects.handedOn = (await dutySql.handOn(manager, task.id, now, people).execute()).affected ?? 0;
        }
      }
      const routine = task.kind === DutyTaskKind.ROUTINE;
      const timeZone = await this.ctx.directoryCopy.timeZoneOf(task.schoolId, manager);
      if (input.dueTime != null || input.clearDueTime) {
        if (!routine) throw badInput('dueTime', 'An urgent task has one deadline: change deadline instead.');
        if (input.dueTime != null && input.clearDueTime) throw badInput('dueTime', 'Give dueTime or clearDueTime, not both.');
        const dueTime = input.dueTime != null ? checkDueTime(input.dueTime) : null;
        if (dueTime !== task.dueTime) {
          set.dueTime = dueTime;
          let moved = 0;
          for (const occurrence of await dutySql.toCome(manager, task.id, now).getMany()) {
            const deadline = deadlineOn(occurrence.dueOn, dueTime, timeZone);
            if (deadline <= now) continue;
            moved +=
              (await dutySql.moveDeadline(manager, occurrence.id, now, { dueOn: occurrence.dueOn, deadline }).execute()).affected ?? 0;
          }
          effects.deadlinesMoved = moved;
        }
      }
      if (input.endsOn != null) {
        if (!routine) throw badInput('endsOn', 'An urgent task has no last day: change its deadline, or end it.');
        if (input.endsOn < task.startsOn) throw badInput('endsOn', `endsOn must not be before the task’s first day (${task.startsOn}).`);
        if (input.endsOn !== task.endsOn) {
          set.endsOn = input.endsOn;
          effects.takenOff = (await dutySql.dropToCome(manager, task.id, now, input.endsOn).execute()).affected ?? 0;
        }
      }
      if (input.deadline != null) {
        if (routine) throw badInput('deadline', 'A routine task has no single deadline: change dueTime or endsOn.');
        if (input.deadline <= now) throw badInput('deadline', 'The deadline must be after now.');
        const [occurrence] = await dutySql.toCome(manager, task.id, now).getMany();
        if (!occurrence) throw conflict('Its deadline has passed, or it was marked done or checked: the deadline stays as it was.');
        set.deadline = input.deadline;
        await dutySql
          .moveDeadline(manager, occurrence.id, now, { dueOn: dayOfDeadline(input.deadline, timeZone), deadline: input.deadline })
          .execute();
      }
      if (!Object.keys(set).length) throw badInput('id', 'Nothing to change: give a new value for at least one field.');
      return { set, comment: input.comment ?? null, changes: { ...serialise(set), ...effects } };
    });
  }

  /** Ends a task: no longer planned; its occurrences still to come are taken off the sheet (what is done, checked or overdue stays). */
  end(input: EndDutyTaskInput): Promise<DutyTask> {
    return this.taskStep(input, DutyTaskAction.ENDED, P.endDutyTask, async (manager, task) => {
      const now = this.ctx.now();
      const today = await this.ctx.directoryCopy.todayAt(task.schoolId, manager);
      const takenOff = (await dutySql.dropToCome(manager, task.id, now, '0001-01-01').execute()).affected ?? 0;
      const set: Partial<DutyTask> =
        task.kind === DutyTaskKind.ROUTINE && (task.endsOn == null || task.endsOn > today)
          ? { endsOn: today < task.startsOn ? task.startsOn : today }
          : {};
      return { set, comment: input.reason, changes: { ...serialise(set), takenOff } };
    });
  }

  /**
   * Plans the school's routine tasks (排表) for a term or a date range (at most 200 days): one
   * occurrence per task and school day its rule names, never twice (the tasks are locked while
   * planning, and a unique index on task and day backs it), none on a day that is not a school day
   * or whose deadline has passed. One audit entry for the plan.
   */
  async plan(input: PlanDutyTasksInput): Promise<DutyPlanResult> {
    const viewer = requirePermission(this.ctx.viewer, P.planDutyTasks, input.schoolId);
    const schoolId = parseId(input.schoolId, 'schoolId');
    const now = this.ctx.now();
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.ctx.directoryCopy.requireSchool(viewer.districtId, schoolId, 'schoolId', { open: true }, manager);
      const terms = await this.ctx.directoryCopy.termsOf(schoolId, manager);
      const { from, to } = await this.rangeOf(manager, schoolId, input);
      const tasks = await dutySql.tasksToPlan(manager, schoolId, from, to).getMany();
      const planned = new Set(
        tasks.length
          ? (
              await dutySql
                .plannedDays(
                  manager,
                  tasks.map((t) => t.id),
                  from,
                  to,
                )
                .getMany()
            ).map((o) => `${o.taskId}|${o.dueOn}`)
          : [],
      );
      const result: DutyPlanResult = {
        schoolId,
        from,
        to,
        tasks: tasks.length,
        planned: 0,
        alreadyPlanned: 0,
        nonSchoolDays: 0,
        pastDays: 0,
      };
      const rows: Partial<DutyOccurrence>[] = [];
      for (const task of tasks) {
        const plan = planTask(
          { rule: task.rule!, startsOn: task.startsOn, endsOn: task.endsOn, dueTime: task.dueTime },
          from,
          to,
          terms,
          school.timeZone,
          now,
        );
        result.nonSchoolDays += plan.nonSchoolDays.length;
        result.pastDays += plan.pastDays.length;
        for (const day of plan.days) {
          if (planned.has(`${task.id}|${day.dueOn}`)) result.alreadyPlanned += 1;
          else rows.push({ ...this.occurrenceOf(task), ...day });
        }
      }
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) await manager.insert(DutyOccurrence, rows.slice(i, i + INSERT_CHUNK));
      result.planned = rows.length;
      await recordAudit(manager, this.ctx, {
        action: 'dutyTask.plan',
        entityType: 'School',
        entityId: schoolId,
        districtId: viewer.districtId,
        schoolId,
        changes: { ...result },
      });
      return result;
    });
  }

  // ── Occurrences ─────────────────────────────────────────────────────────────────────────

  /** The responsible person marks an occurrence done (完成), from the start of its day (an urgent one: from when it was set). */
  markDone(input: MarkDutyOccurrenceDoneInput): Promise<DutyOccurrence> {
    return this.occurrenceStep(input, DutyOccurrenceAction.MARKED_DONE, P.markDutyOccurrenceDone, async (occurrence, viewer, now) => {
      if (occurrence.responsibleStaffId !== viewer.staffId) throw forbidden('Only the person responsible for it marks it done.');
      if (now < occurrence.startsAt)
        throw conflict(`It is for ${occurrence.dueOn}: it can be marked done from the start of that day.`, {
          startsAt: occurrence.startsAt,
        });
      return { set: { doneAt: now, doneNote: input.note ?? null, doneByAccountId: viewer.accountId }, comment: input.note ?? null };
    });
  }

  /**
   * The checker records the result (检查): once it is marked done or its deadline has passed, once.
   * Anyone else is FORBIDDEN; a second check is a CONFLICT; NOT_DONE needs a comment.
   */
  check(input: CheckDutyOccurrenceInput): Promise<DutyOccurrence> {
    return this.occurrenceStep(input, DutyOccurrenceAction.CHECKED, P.checkDutyOccurrence, async (occurrence, viewer, now) => {
      if (occurrence.checkerStaffId !== viewer.staffId) throw forbidden('Only its checker checks it.');
      if (!checkable(occurrence, now))
        throw conflict('It is neither marked done nor past its deadline: check it once it is done or its deadline has passed.', {
          deadline: occurrence.deadline,
        });
      if (input.result === DutyCheckResult.NOT_DONE && !input.comment)
        throw badInput('comment', 'Say what you found: a NOT_DONE check needs a comment.');
      return {
        set: { checkResult: input.result, checkComment: input.comment ?? null, checkedAt: now, checkedByAccountId: viewer.accountId },
        comment: input.comment ?? null,
      };
    });
  }

  // ── Inner ───────────────────────────────────────────────────────────────────────────────

  /** The responsible person and the checker an input names: staff of the school, not the same person (BAD_USER_INPUT on `sameField`). */
  private async people(
    manager: EntityManager,
    schoolId: string,
    responsible: string,
    checker: string,
    sameField = 'checkerStaffId',
  ): Promise<{ responsibleStaffId: string; checkerStaffId: string }> {
    const responsibleStaffId = (await this.ctx.directoryCopy.assertStaffOf(manager, schoolId, responsible, 'responsibleStaffId')).staffId;
    const checkerStaffId = (await this.ctx.directoryCopy.assertStaffOf(manager, schoolId, checker, 'checkerStaffId')).staffId;
    if (responsibleStaffId === checkerStaffId)
      throw badInput(sameField, 'The checker must be someone other than the person responsible (separation of duties).');
    return { responsibleStaffId, checkerStaffId };
  }

  /** The columns an occurrence of `task` starts with (its day and deadline are the plan's). */
  private occurrenceOf(task: DutyTask): Partial<DutyOccurrence> {
    return {
      id: newId(),
      districtId: task.districtId,
      schoolId: task.schoolId,
      taskId: task.id,
      responsibleStaffId: task.responsibleStaffId,
      checkerStaffId: task.checkerStaffId,
      status: DutyOccurrenceStatus.OPEN,
      doneAt: null,
      doneNote: null,
      doneByAccountId: null,
      checkResult: null,
      checkComment: null,
      checkedAt: null,
      checkedByAccountId: null,
    };
  }

  /** The days a plan covers: a term of the school (BAD_USER_INPUT on termId otherwise), or from–to of at most PLAN_RANGE_MAX_DAYS. */
  private async rangeOf(manager: EntityManager, schoolId: string, input: PlanDutyTasksInput): Promise<{ from: string; to: string }> {
    if (input.termId != null) {
      if (input.from != null || input.to != null) throw badInput('termId', 'Give a term, or from and to, not both.');
      const termId = parseId(input.termId, 'termId');
      const term = (await directoryCopySql.termsOf(manager, [schoolId]).getMany()).find((t) => t.termId === termId);
      if (!term) throw badInput('termId', 'termId does not name a term of the school.');
      return { from: term.startsOn, to: term.endsOn };
    }
    if (input.from == null) throw badInput('from', 'Give a term (termId), or from and to.');
    if (input.to == null) throw badInput('to', 'Give to with from.');
    if (input.to < input.from) throw badInput('to', 'to must not be before from.');
    if (differenceInCalendarDays(parseISO(input.to), parseISO(input.from)) >= PLAN_RANGE_MAX_DAYS)
      throw badInput('to', `A plan covers at most ${PLAN_RANGE_MAX_DAYS} days (a term).`);
    return { from: input.from, to: input.to };
  }

  /**
   * One step of a task: permission first (FORBIDDEN before anything is read), the task in the viewer's
   * schools, locked (NOT_FOUND), the flow's check at its school (FORBIDDEN, CONFLICT), the version read
   * (CONFLICT), `decide` (the input's rules and effects), one guarded update with the step.
   */
  private taskStep(
    input: { id: string; version: number },
    action: DutyTaskAction,
    permission: Permission,
    decide: (
      manager: EntityManager,
      task: DutyTask,
    ) => Promise<{ set: Partial<DutyTask>; comment: string | null; changes: Record<string, unknown> }>,
  ): Promise<DutyTask> {
    requirePermission(this.ctx.viewer, permission);
    return this.ctx.dataSource.transaction(async (manager) => {
      const task = await dutySql.lockTask(manager, this.taskWriter, parseId(input.id, 'id')).getOne();
      if (!task) throw notFound('DutyTask', input.id);
      const step = dutyTaskFlow.check(this.ctx.viewer, action, task);
      if (task.version !== input.version)
        throw conflict(`The duty task was changed meanwhile (your version ${input.version}, current ${task.version}); reload it.`, {
          currentVersion: task.version,
        });
      const decided = await decide(manager, task);
      return step.commit(manager, this.ctx, {
        set: decided.set,
        comment: decided.comment,
        changes: { ...decided.changes, status: dutyTaskFlow.transitions[action].to[0] },
      });
    });
  }

  /** One step of an occurrence, in the same order as a task's. */
  private occurrenceStep(
    input: { id: string; version: number },
    action: DutyOccurrenceAction,
    permission: Permission,
    decide: (occurrence: DutyOccurrence, viewer: Viewer, now: Date) => Promise<{ set: Partial<DutyOccurrence>; comment: string | null }>,
  ): Promise<DutyOccurrence> {
    requirePermission(this.ctx.viewer, permission);
    return this.ctx.dataSource.transaction(async (manager) => {
      const occurrence = await dutySql.lockOccurrence(manager, this.occurrenceWriter, parseId(input.id, 'id')).getOne();
      if (!occurrence) throw notFound('DutyOccurrence', input.id);
      const step = dutyOccurrenceFlow.check(this.ctx.viewer, action, occurrence);
      if (occurrence.version !== input.version)
        throw conflict(`The occurrence was changed meanwhile (your version ${input.version}, current ${occurrence.version}); reload it.`, {
          currentVersion: occurrence.version,
        });
      const decided = await decide(occurrence, step.viewer, this.ctx.now());
      return step.commit(manager, this.ctx, {
        set: decided.set,
        comment: decided.comment,
        changes: { ...serialise(decided.set), status: dutyOccurrenceFlow.transitions[action].to[0] },
      });
    });
  }
}

/** The day a deadline belongs to at the school: a deadline at midnight ends the day before it. */
const dayOfDeadline = (deadline: Date, timeZone: string) => todayIn(timeZone, new Date(deadline.getTime() - 1));

/** A change set as the audit entry shows it (instants as ISO strings). */
function serialise(set: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(set).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}
