import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { type DutyCheckResult, DutyOccurrence, DutyOccurrenceStatus, DutyTask, DutyTaskKind, DutyTaskStatus } from './duty.entity';

/**
 * The people a duty row concerns besides the school's readers: its responsible person and its checker
 * (`columns`), and for a task also whoever an occurrence of it was planned for (a task handed on
 * stays readable to the person who did it before).
 */
const dutyVisibility =
  (task: boolean) =>
  <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
    const schools = schoolsAllowed(viewer, P.readDutyTasks);
    if (schools === 'district') return;
    const conditions = [
      ...(schools.length ? [`${alias}.schoolId IN (:...dutyReadable)`] : []),
      ...(viewer.staffId ? [`${alias}.responsibleStaffId = :dutyStaff`, `${alias}.checkerStaffId = :dutyStaff`] : []),
      ...(viewer.staffId && task
        ? [
            `EXISTS (SELECT 1 FROM duty_occurrence dvo WHERE dvo.taskId = ${alias}.id AND (dvo.responsibleStaffId = :dutyStaff OR dvo.checkerStaffId = :dutyStaff))`,
          ]
        : []),
    ];
    qb.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : '1 = 0', { dutyReadable: schools, dutyStaff: viewer.staffId });
  };

/** Duty tasks as the viewer may read them: the school's leaders and the district all; anyone else the ones they are (or were) responsible for or check. */
export const dutyTaskReader = (ctx: ReadContext) => new ScopedReader(ctx, DutyTask, 'DutyTask', 'dt', { visibility: dutyVisibility(true) });
/** Duty occurrences as the viewer may read them: the school's leaders and the district all; anyone else the ones they are responsible for or check. */
export const dutyOccurrenceReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, DutyOccurrence, 'DutyOccurrence', 'occ', { visibility: dutyVisibility(false) });
/** Tenancy only, for the steps (each checks its own permission at the row's school). */
export const dutyTaskWriteReader = (ctx: ReadContext) => new ScopedReader(ctx, DutyTask, 'DutyTask', 'dt');
export const dutyOccurrenceWriteReader = (ctx: ReadContext) => new ScopedReader(ctx, DutyOccurrence, 'DutyOccurrence', 'occ');
/** The same rule under another alias, for the ranking subquery of Staff.dutyTasks. */
export const dutyOccurrenceRankedReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, DutyOccurrence, 'DutyOccurrence', 'rocc', { visibility: dutyVisibility(false) });

export interface DutyTaskListFilter {
  schoolId?: string | null;
  kind?: DutyTaskKind | null;
  status?: DutyTaskStatus | null;
  responsibleStaffId?: string | null;
  checkerStaffId?: string | null;
}

export interface DutyOccurrenceListFilter {
  schoolId?: string | null;
  taskId?: string | null;
  responsibleStaffId?: string | null;
  checkerStaffId?: string | null;
  status?: DutyOccurrenceStatus | null;
  checkResult?: DutyCheckResult | null;
  from?: string | null;
  to?: string | null;
  /** Still to do after their deadline at this instant. */
  overdueAt?: Date | null;
}

/** Where a page of occurrences continues: after this day and id. */
export interface OccurrenceCursor {
  dueOn: string;
  id: string;
}

/** The duty task sheet's hand-written SQL (printed to apps/facilities/sql/duty.sql). */
export const dutySql = defineSqlStore(
  'duty',
  {
    /** The duty tasks list (keyset-paged on the id by the caller), narrowed by the filter. */
    tasks: (m, tasks: ScopedReader<DutyTask>, filter: DutyTaskListFilter) => {
      const qb = tasks.query(m);
      if (filter.schoolId) qb.andWhere('dt.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.kind) qb.andWhere('dt.kind = :kind', { kind: filter.kind });
      if (filter.status) qb.andWhere('dt.status = :status', { status: filter.status });
      if (filter.responsibleStaffId) qb.andWhere('dt.responsibleStaffId = :responsible', { responsible: filter.responsibleStaffId });
      if (filter.checkerStaffId) qb.andWhere('dt.checkerStaffId = :checker', { checker: filter.checkerStaffId });
      return qb;
    },
    /**
     * A page of the sheet: occurrences in day order (then id), after the cursor, `limit` rows (the
     * caller asks one more to know whether a next page exists), narrowed by the filter.
     */
    occurrences: (
      m,
      occurrences: ScopedReader<DutyOccurrence>,
      filter: DutyOccurrenceListFilter,
      after: OccurrenceCursor | null,
      limit: number,
    ) => {
      const qb = occurrences.query(m);
      if (filter.schoolId) qb.andWhere('occ.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.taskId) qb.andWhere('occ.taskId = :taskId', { taskId: filter.taskId });
      if (filter.responsibleStaffId) qb.andWhere('occ.responsibleStaffId = :responsible', { responsible: filter.responsibleStaffId });
      if (filter.checkerStaffId) qb.andWhere('occ.checkerStaffId = :checker', { checker: filter.checkerStaffId });
      if (filter.status) qb.andWhere('occ.status = :status', { status: filter.status });
      if (filter.checkResult) qb.andWhere('occ.checkResult = :checkResult', { checkResult: filter.checkResult });
      if (filter.from) qb.andWhere('occ.dueOn >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('occ.dueOn <= :to', { to: filter.to });
      if (filter.overdueAt)
        qb.andWhere('occ.status = :open AND occ.deadline < :overdueAt', { open: DutyOccurrenceStatus.OPEN, overdueAt: filter.overdueAt });
      if (after)
        qb.andWhere('(occ.dueOn > :afterDay OR (occ.dueOn = :afterDay AND occ.id > :afterId))', {
          afterDay: after.dueOn,
          afterId: after.id,
        });
      return qb.orderBy('occ.dueOn', 'ASC').addOrderBy('occ.id', 'ASC').limit(limit);
    },
    /** The task a step is for, in the viewer's tenancy, locked for update: the step's first statement. */
    lockTask: (m, tasks: ScopedReader<DutyTask>, id: string) => lockRows(tasks.query(m).andWhere('dt.id = :id', { id })),
    /** The occurrence a step is for, in the viewer's tenancy, locked for update. */
    lockOccurrence: (m, occurrences: ScopedReader<DutyOccurrence>, id: string) =>
      lockRows(occurrences.query(m).andWhere('occ.id = :id', { id })),
    /** The school's routine tasks in force over [from, to], locked: two plans of one school at once take turns. */
    tasksToPlan: (m, schoolId: string, from: string, to: string) =>
      lockRows(
        m
          .getRepository(DutyTask)
          .createQueryBuilder('dt')
          .where('dt.schoolId = :schoolId AND dt.kind = :routine AND dt.status = :active', {
            schoolId,
            routine: DutyTaskKind.ROUTINE,
            active: DutyTaskStatus.ACTIVE,
          })
          .andWhere('dt.startsOn <= :to AND (dt.endsOn IS NULL OR dt.endsOn >= :from)', { from, to })
          .orderBy('dt.id'),
      ),
    /**
     * The days already planned for these tasks over [from, to]: a plan adds only the others. A locking
     * read, so a plan that waited for another's task locks sees what that one added (not its snapshot).
     */
    plannedDays: (m, taskIds: readonly string[], from: string, to: string) =>
      lockRows(
        m
          .getRepository(DutyOccurrence)
          .createQueryBuilder('occ')
          .select(['occ.taskId', 'occ.dueOn'])
          .where('occ.taskId IN (:...taskIds) AND occ.dueOn >= :from AND occ.dueOn <= :to', { taskIds, from, to }),
        'pessimistic_read',
      ),
    /** How many tasks a school has in force (bounded by ACTIVE_TASKS_MAX). */
    activeTasks: (m, schoolId: string) =>
      m.getRepository(DutyTask).createQueryBuilder('dt').where('dt.schoolId = :schoolId AND dt.status = :active', {
        schoolId,
        active: DutyTaskStatus.ACTIVE,
      }),
    /** A task's occurrences still to come (to do, deadline ahead): what a change of the task moves. */
    toCome: (m, taskId: string, now: Date) =>
      m
        .getRepository(DutyOccurrence)
        .createQueryBuilder('occ')
        .where('occ.taskId = :taskId AND occ.status = :open AND occ.deadline > :now', { taskId, open: DutyOccurrenceStatus.OPEN, now })
        .orderBy('occ.dueOn'),
    /** Hands the occurrences still to come of a task to its new people (guarded: only those still to do). */
    handOn: (m, taskId: string, now: Date, people: { responsibleStaffId: string; checkerStaffId: string }) =>
      m
        .createQueryBuilder()
        .update(DutyOccurrence)
        .set(people)
        .where('taskId = :taskId AND status = :open AND deadline > :now', { taskId, open: DutyOccurrenceStatus.OPEN, now }),
    /** Moves one occurrence still to come to a new deadline (a changed time of day, an urgent task's new deadline). */
    moveDeadline: (m, occurrenceId: string, now: Date, change: { dueOn: string; deadline: Date }) =>
      m
        .createQueryBuilder()
        .update(DutyOccurrence)
        .set({ ...change, remindedAt: null }) // a new deadline is reminded of again
        .where('id = :occurrenceId AND status = :open AND deadline > :now', { occurrenceId, open: DutyOccurrenceStatus.OPEN, now }),
    /** Occurrences still to do that have opened, deadline ahead, not reminded of: the reminder job's candidates, in id order after `afterId`. */
    toRemind: (m, now: Date, afterId: string, limit: number) =>
      m
        .getRepository(DutyOccurrence)
        .createQueryBuilder('occ')
        .where('occ.status = :open AND occ.deadline > :now AND occ.startsAt <= :now AND occ.remindedAt IS NULL AND occ.id > :afterId', {
          open: DutyOccurrenceStatus.OPEN,
          now,
          afterId,
        })
        .orderBy('occ.id')
        .limit(limit),
    /** Occurrences still to do past their deadline (within the lookback), not yet announced overdue, in id order after `afterId`. */
    toAnnounceOverdue: (m, now: Date, since: Date, afterId: string, limit: number) =>
      m
        .getRepository(DutyOccurrence)
        .createQueryBuilder('occ')
        .where(
          'occ.status = :open AND occ.deadline <= :now AND occ.deadline > :since AND occ.overdueNoticeAt IS NULL AND occ.id > :afterId',
          {
            open: DutyOccurrenceStatus.OPEN,
            now,
            since,
            afterId,
          },
        )
        .orderBy('occ.id')
        .limit(limit),
    /**
     * Records a reminder once (a rerun or another replica finds it done). The version stays: a notice
     * is bookkeeping, and must not make the sheet the responsible person has open stale.
     */
    markReminded: (m, id: string, now: Date) =>
      m
        .createQueryBuilder()
        .update(DutyOccurrence)
        .set({ remindedAt: now, version: () => 'version' })
        .where('id = :id AND remindedAt IS NULL', { id }),
    /** Records an overdue notice once, only while it is still to do (the version stays, as for a reminder). */
    markOverdueAnnounced: (m, id: string, now: Date) =>
      m
        .createQueryBuilder()
        .update(DutyOccurrence)
        .set({ overdueNoticeAt: now, version: () => 'version' })
        .where('id = :id AND overdueNoticeAt IS NULL AND status = :open', { id, open: DutyOccurrenceStatus.OPEN }),
    /** Takes a task's occurrences still to come after `afterDay` off the sheet (nothing was recorded on them): a shortened or ended task. */
    dropToCome: (m, taskId: string, now: Date, afterDay: string) =>
      m
        .createQueryBuilder()
        .delete()
        .from(DutyOccurrence)
        .where('taskId = :taskId AND status = :open AND deadline > :now AND dueOn > :afterDay', {
          taskId,
          open: DutyOccurrenceStatus.OPEN,
          now,
          afterDay,
        }),
    /**
     * Staff.dutyTasks over a page of staff, in one statement: each person's occurrences still to do
     * (overdue first, then by deadline), at most `take` each, as the viewer may read them.
     */
    toDoOf: (
      m,
      occurrences: ScopedReader<DutyOccurrence>,
      ranked: ScopedReader<DutyOccurrence>,
      staffIds: readonly string[],
      take: number,
    ) => {
      const inner = ranked
        .query(m)
        .select('rocc.id', 'id')
        .addSelect('ROW_NUMBER() OVER (PARTITION BY rocc.responsibleStaffId ORDER BY rocc.deadline ASC, rocc.id ASC)', 'rn')
        .andWhere('rocc.responsibleStaffId IN (:...staffIds) AND rocc.status = :open', { staffIds, open: DutyOccurrenceStatus.OPEN });
      return occurrences
        .query(m)
        .andWhere(`occ.id IN (SELECT r.id FROM (${inner.getQuery()}) r WHERE r.rn <= :take)`)
        .setParameters({ ...inner.getParameters(), take })
        .orderBy('occ.responsibleStaffId', 'ASC')
        .addOrderBy('occ.deadline', 'ASC')
        .addOrderBy('occ.id', 'ASC');
    },
  },
  {
    tasks: [
      dutyTaskReader(exampleRequest(Role.STAFF)),
      {
        schoolId: 'school-1',
        kind: DutyTaskKind.ROUTINE,
        status: DutyTaskStatus.ACTIVE,
        responsibleStaffId: 'staff-1',
        checkerStaffId: 'staff-2',
      },
    ],
    occurrences: [
      dutyOccurrenceReader(exampleRequest(Role.STAFF)),
      {
        schoolId: 'school-1',
        taskId: 'task-1',
        responsibleStaffId: 'staff-1',
        checkerStaffId: 'staff-2',
        status: DutyOccurrenceStatus.OPEN,
        from: '2026-09-01',
        to: '2027-01-22',
        overdueAt: new Date('2026-12-01T00:00:00Z'),
      },
      { dueOn: '2026-11-20', id: 'occurrence-1' },
      21,
    ],
    lockTask: [dutyTaskWriteReader(exampleRequest()), 'task-1'],
    lockOccurrence: [dutyOccurrenceWriteReader(exampleRequest()), 'occurrence-1'],
    tasksToPlan: ['school-1', '2026-09-01', '2027-01-22'],
    plannedDays: [['task-1', 'task-2'], '2026-09-01', '2027-01-22'],
    activeTasks: ['school-1'],
    toCome: ['task-1', new Date('2026-12-01T00:00:00Z')],
    handOn: ['task-1', new Date('2026-12-01T00:00:00Z'), { responsibleStaffId: 'staff-1', checkerStaffId: 'staff-2' }],
    moveDeadline: ['occurrence-1', new Date('2026-12-01T00:00:00Z'), { dueOn: '2026-12-02', deadline: new Date('2026-12-02T16:00:00Z') }],
    dropToCome: ['task-1', new Date('2026-12-01T00:00:00Z'), '2026-12-31'],
    toRemind: [new Date('2026-12-01T00:00:00Z'), '', 200],
    toAnnounceOverdue: [new Date('2026-12-01T00:00:00Z'), new Date('2026-11-24T00:00:00Z'), '', 200],
    markReminded: ['occurrence-1', new Date('2026-12-01T00:00:00Z')],
    markOverdueAnnounced: ['occurrence-1', new Date('2026-12-01T00:00:00Z')],
    toDoOf: [
      dutyOccurrenceReader(exampleRequest(Role.STAFF)),
      dutyOccurrenceRankedReader(exampleRequest(Role.STAFF)),
      ['staff-1', 'staff-2'],
      20,
    ],
  },
);
