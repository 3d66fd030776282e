import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { DutyOccurrence, DutyOccurrenceStatus } from '../duty/duty.entity';
import { WorkOrder, WorkOrderAssignee, WorkOrderStatus } from '../repair/work-order.entity';
import { Requisition } from '../storeroom/storeroom.entity';
import { StaffAppraisal, StaffAppraisalStatus } from './appraisal.entity';

/** A school's appraisals: its director and principal and the district read them all; the person appraised their own. */
const appraisalVisibility = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readStaffAppraisals);
  if (schools === 'district') return;
  const conditions = [
    ...(schools.length ? [`${alias}.schoolId IN (:...appraisalReadable)`] : []),
    ...(viewer.staffId ? [`${alias}.staffId = :appraisalStaff`] : []),
  ];
  qb.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : '1 = 0', {
    appraisalReadable: schools,
    appraisalStaff: viewer.staffId,
  });
};

/** Appraisals as the viewer may read them. */
export const appraisalReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, StaffAppraisal, 'StaffAppraisal', 'sa', { visibility: appraisalVisibility });
/** The same rule under another alias, for the ranking subquery of Staff.appraisals. */
export const appraisalRankedReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, StaffAppraisal, 'StaffAppraisal', 'rsa', { visibility: appraisalVisibility });
/** Tenancy only, for the steps (each checks its own permission at the appraisal's school). */
export const appraisalWriteReader = (ctx: ReadContext) => new ScopedReader(ctx, StaffAppraisal, 'StaffAppraisal', 'sa');

export interface StaffAppraisalListFilter {
  schoolId?: string | null;
  staffId?: string | null;
  termId?: string | null;
  status?: StaffAppraisalStatus | null;
}

/** The appraisal's hand-written SQL (printed to apps/facilities/sql/appraisal.sql). */
export const appraisalSql = defineSqlStore(
  'appraisal',
  {
    /**
     * The duty occurrences a person was responsible for at a school with days in [from, to] that count
     * at `asOf`: past their deadline, or already marked done or checked.
     */
    occurrenceEvidence: (m, schoolId: string, staffId: string, from: string, to: string, asOf: Date) =>
      m
        .getRepository(DutyOccurrence)
        .createQueryBuilder('occ')
        .select(['occ.id', 'occ.dueOn', 'occ.deadline', 'occ.doneAt', 'occ.checkResult'])
        .where('occ.schoolId = :schoolId AND occ.responsibleStaffId = :staffId', { schoolId, staffId })
        .andWhere('occ.dueOn >= :from AND occ.dueOn <= :to', { from, to })
        .andWhere('(occ.deadline <= :asOf OR occ.status <> :open)', { asOf, open: DutyOccurrenceStatus.OPEN })
        .orderBy('occ.dueOn')
        .addOrderBy('occ.id'),
    /**
     * The work orders of a school a person was assigned to (派工), not rejected, due in (start, end] (a
     * due time at midnight ends the day before it) and counting at `asOf`: past their due time, or
     * finished. With the rating and the finish.
     */
    workOrderEvidence: (m, schoolId: string, staffId: string, start: Date, end: Date, asOf: Date) =>
      m
        .getRepository(WorkOrder)
        .createQueryBuilder('wo')
        .innerJoin(WorkOrderAssignee, 'woa', 'woa.workOrderId = wo.id AND woa.staffId = :staffId', { staffId })
        .select(['wo.id', 'wo.dueAt', 'wo.finishedAt', 'wo.rating', 'wo.ratedAt'])
        .where('wo.schoolId = :schoolId AND wo.status <> :rejected', { schoolId, rejected: WorkOrderStatus.REJECTED })
        .andWhere('wo.dueAt > :start AND wo.dueAt <= :end', { start, end })
        .andWhere('(wo.dueAt <= :asOf OR wo.finishedAt IS NOT NULL)', { asOf })
        .orderBy('wo.dueAt')
        .addOrderBy('wo.id'),
    /**
     * The requisitions of a school a person issued (the storekeeper, 发放) in (start, end] and whose
     * requester rated them by `asOf` (服务评价).
     */
    requisitionEvidence: (m, schoolId: string, staffId: string, start: Date, end: Date, asOf: Date) =>
      m
        .getRepository(Requisition)
        .createQueryBuilder('req')
        .select(['req.id', 'req.issuedAt', 'req.rating'])
        .where('req.schoolId = :schoolId AND req.issuedByStaffId = :staffId', { schoolId, staffId })
        .andWhere('req.issuedAt > :start AND req.issuedAt <= :end', { start, end })
        .andWhere('req.rating IS NOT NULL AND req.ratedAt <= :asOf', { asOf })
        .orderBy('req.issuedAt')
        .addOrderBy('req.id'),
    /** The appraisals list, newest first (keyset-paged on the id by the caller), narrowed by the filter. */
    list: (m, appraisals: ScopedReader<StaffAppraisal>, filter: StaffAppraisalListFilter) => {
      const qb = appraisals.query(m);
      if (filter.schoolId) qb.andWhere('sa.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.staffId) qb.andWhere('sa.staffId = :staffId', { staffId: filter.staffId });
      if (filter.termId) qb.andWhere('sa.termId = :termId', { termId: filter.termId });
      if (filter.status) qb.andWhere('sa.status = :status', { status: filter.status });
      return qb;
    },
    /** The current appraisal(s) of a person and term, locked: a new proposal supersedes them. */
    lockCurrent: (m, staffId: string, termId: string) =>
      lockRows(
        m
          .getRepository(StaffAppraisal)
          .createQueryBuilder('sa')
          .where('sa.staffId = :staffId AND sa.termId = :termId AND sa.status <> :superseded', {
            staffId,
            termId,
            superseded: StaffAppraisalStatus.SUPERSEDED,
          }),
      ),
    /** The appraisal a step is for, in the viewer's tenancy, locked for update. */
    lockForStep: (m, appraisals: ScopedReader<StaffAppraisal>, id: string) => lockRows(appraisals.query(m).andWhere('sa.id = :id', { id })),
    /** Staff.appraisals over a page of staff, in one statement: each person's latest `take`, newest first, as the viewer may read them. */
    latestOf: (
      m,
      appraisals: ScopedReader<StaffAppraisal>,
      ranked: ScopedReader<StaffAppraisal>,
      staffIds: readonly string[],
      take: number,
    ) => {
      const inner = ranked
        .query(m)
        .select('rsa.id', 'id')
        .addSelect('ROW_NUMBER() OVER (PARTITION BY rsa.staffId ORDER BY rsa.id DESC)', 'rn')
        .andWhere('rsa.staffId IN (:...staffIds)', { staffIds });
      return appraisals
        .query(m)
        .andWhere(`sa.id IN (SELECT r.id FROM (${inner.getQuery()}) r WHERE r.rn <= :take)`)
        .setParameters({ ...inner.getParameters(), take })
        .orderBy('sa.staffId', 'ASC')
        .addOrderBy('sa.id', 'DESC');
    },
    /**
     * The current appraisals (not superseded) of a page of schools for the term each school holds on
     * `on`, counted by grade and status with their scores summed (School.appraisalSummary).
     */
    summaryOf: (m, schoolIds: readonly string[], on: string) =>
      m
        .getRepository(StaffAppraisal)
        .createQueryBuilder('sa')
        .select('sa.schoolId', 'schoolId')
        .addSelect('sa.grade', 'grade')
        .addSelect('sa.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .addSelect('COUNT(sa.scoreTenths)', 'scored')
        .addSelect('COALESCE(SUM(sa.scoreTenths), 0)', 'scoreTenths')
        .where('sa.schoolId IN (:...schoolIds) AND sa.currentKey IS NOT NULL', { schoolIds })
        .andWhere('sa.termStartsOn <= :on AND sa.termEndsOn >= :on', { on })
        .groupBy('sa.schoolId')
        .addGroupBy('sa.grade')
        .addGroupBy('sa.status'),
  },
  {
    summaryOf: [['school-1', 'school-2'], '2026-12-01'],
    occurrenceEvidence: ['school-1', 'staff-1', '2026-09-01', '2027-01-22', new Date('2027-01-20T00:00:00Z')],
    workOrderEvidence: [
      'school-1',
      'staff-1',
      new Date('2026-08-31T16:00:00Z'),
      new Date('2027-01-22T16:00:00Z'),
      new Date('2027-01-20T00:00:00Z'),
    ],
    requisitionEvidence: [
      'school-1',
      'staff-1',
      new Date('2026-08-31T16:00:00Z'),
      new Date('2027-01-22T16:00:00Z'),
      new Date('2027-01-20T00:00:00Z'),
    ],
    list: [
      appraisalReader(exampleRequest(Role.STAFF)),
      { schoolId: 'school-1', staffId: 'staff-1', termId: 'term-1', status: StaffAppraisalStatus.PROPOSED },
    ],
    lockCurrent: ['staff-1', 'term-1'],
    lockForStep: [appraisalWriteReader(exampleRequest()), 'appraisal-1'],
    latestOf: [appraisalReader(exampleRequest(Role.STAFF)), appraisalRankedReader(exampleRequest(Role.STAFF)), ['staff-1', 'staff-2'], 10],
  },
);
