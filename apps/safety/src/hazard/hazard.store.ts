import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { Hazard, HazardLevel, type HazardSource, HazardStatus } from './hazard.entity';
import { OPEN_HAZARD_STATUSES, UNRECTIFIED_STATUSES } from './hazard.rules';

/**
 * A school's hazards: its safety office (officer, director, principal) and the district see them all;
 * anyone else what they reported, what they must rectify and what is in a zone they answer for (责任区域).
 */
const hazardVisibility = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readSafety);
  if (schools === 'district') return;
  const conditions = [
    ...(schools.length ? [`${alias}.schoolId IN (:...hazardReadable)`] : []),
    `${alias}.reporterAccountId = :hazardViewer`,
    ...(viewer.staffId
      ? [
          `${alias}.responsibleStaffId = :hazardStaff`,
          `${alias}.zoneId IN (SELECT zone.id FROM safety_zone zone WHERE zone.responsibleStaffId = :hazardStaff)`,
        ]
      : []),
  ];
  qb.andWhere(`(${conditions.join(' OR ')})`, { hazardReadable: schools, hazardViewer: viewer.accountId, hazardStaff: viewer.staffId });
};

/** Hazards as the viewer may read them. */
export const hazardReader = (ctx: ReadContext) => new ScopedReader(ctx, Hazard, 'Hazard', 'hz', { visibility: hazardVisibility });
/** Tenancy only, for the steps (each checks its own permission at the hazard's school). */
export const hazardWriteReader = (ctx: ReadContext) => new ScopedReader(ctx, Hazard, 'Hazard', 'hz');

export interface HazardListFilter {
  schoolId?: string | null;
  status?: HazardStatus | null;
  open?: boolean | null;
  level?: HazardLevel | null;
  source?: HazardSource | null;
  /** Reported before this instant (the age filter, from the school-zone day). */
  reportedBefore?: Date | null;
  /** Not rectified after a deadline before this day. */
  overdueOn?: string | null;
  responsibleStaffId?: string | null;
  zoneId?: string | null;
  roomId?: string | null;
  reporterAccountId?: string | null;
}

/** The hazards' hand-written SQL (printed to apps/safety/sql/hazard.sql). */
export const hazardSql = defineSqlStore(
  'hazard',
  {
    /** The hazard register (隐患台账, keyset-paged on the id by the caller), narrowed by the filter. */
    list: (m, hazards: ScopedReader<Hazard>, filter: HazardListFilter) => {
      const qb = hazards.query(m);
      if (filter.schoolId) qb.andWhere('hz.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.status) qb.andWhere('hz.status = :status', { status: filter.status });
      if (filter.open === true) qb.andWhere('hz.status IN (:...openStatuses)', { openStatuses: OPEN_HAZARD_STATUSES });
      if (filter.open === false) qb.andWhere('hz.status = :closed', { closed: HazardStatus.CLOSED });
      if (filter.level) qb.andWhere('hz.level = :level', { level: filter.level });
      if (filter.source) qb.andWhere('hz.source = :source', { source: filter.source });
      if (filter.reportedBefore) qb.andWhere('hz.reportedAt < :reportedBefore', { reportedBefore: filter.reportedBefore });
      if (filter.overdueOn)
        qb.andWhere('hz.status IN (:...unrectified) AND hz.deadline < :overdueOn', {
          unrectified: UNRECTIFIED_STATUSES,
          overdueOn: filter.overdueOn,
        });
      if (filter.responsibleStaffId) qb.andWhere('hz.responsibleStaffId = :responsible', { responsible: filter.responsibleStaffId });
      if (filter.zoneId) qb.andWhere('hz.zoneId = :zoneId', { zoneId: filter.zoneId });
      if (filter.roomId) qb.andWhere('hz.roomId = :roomId', { roomId: filter.roomId });
      if (filter.reporterAccountId) qb.andWhere('hz.reporterAccountId = :reporter', { reporter: filter.reporterAccountId });
      return qb;
    },
    /** The hazard a step is for, in the viewer's tenancy, locked for update: the step's first statement. */
    lockForStep: (m, hazards: ScopedReader<Hazard>, id: string) => lockRows(hazards.query(m).andWhere('hz.id = :id', { id })),
    /** The hazard a source raised (an inspection answer, an equipment check): raising is idempotent on it. */
    bySource: (m, source: HazardSource, sourceRef: string) =>
      m.getRepository(Hazard).createQueryBuilder('hz').where('hz.source = :source AND hz.sourceRef = :sourceRef', { source, sourceRef }),
    /** The hazard a facilities work order repairs, locked: the work order's closing records it rectified. */
    lockByWorkOrder: (m, hazardId: string, workOrderId: string) =>
      lockRows(
        m
          .getRepository(Hazard)
          .createQueryBuilder('hz')
          .where('hz.id = :hazardId AND hz.workOrderId = :workOrderId', { hazardId, workOrderId }),
      ),
    /** Unrectified hazards past their deadline and not yet escalated to the district, in id order after `afterId` (the escalation job's batch). */
    dueForEscalation: (m, today: string, afterId: string, limit: number) =>
      m
        .getRepository(Hazard)
        .createQueryBuilder('hz')
        .where('hz.escalationLevel < 4 AND hz.deadline < :today AND hz.status IN (:...unrectified) AND hz.id > :afterId', {
          today,
          unrectified: UNRECTIFIED_STATUSES,
          afterId,
        })
        .orderBy('hz.id')
        .limit(limit),
    /** Raises a hazard's escalation level only from the level read: a rerun or another replica escalates nothing twice. */
    escalate: (m, id: string, fromLevel: number, toLevel: number) =>
      m
        .createQueryBuilder()
        .update(Hazard)
        .set({ escalationLevel: toLevel })
        .where('id = :id AND escalationLevel = :fromLevel', { id, fromLevel }),
    /** The open hazards of a page of staff members (Staff.hazardsAssigned), deadline first: one statement. */
    openAssignedTo: (m, hazards: ScopedReader<Hazard>, staffIds: readonly string[]) =>
      hazards
        .query(m)
        .andWhere('hz.status IN (:...openStatuses) AND hz.responsibleStaffId IN (:...staffIds)', {
          staffIds,
          openStatuses: OPEN_HAZARD_STATUSES,
        })
        .orderBy('hz.deadline', 'ASC'),
    /**
     * The hazard report of a page of schools (School.hazardSummary), by school and level: the open ones
     * now (overdue at `today`, older than a week or a month), and those reported, rectified and closed in
     * [from, to) with their rectification minutes. One grouped statement.
     */
    summaryOf: (
      m,
      hazards: ScopedReader<Hazard>,
      schoolIds: readonly string[],
      span: { from: Date; to: Date; today: string; weekAgo: Date; monthAgo: Date },
    ) =>
      hazards
        .query(m)
        .select('hz.schoolId', 'schoolId')
        .addSelect('hz.level', 'level')
        .addSelect('SUM(CASE WHEN hz.status IN (:...openStatuses) THEN 1 ELSE 0 END)', 'open')
        .addSelect('SUM(CASE WHEN hz.status IN (:...unrectified) AND hz.deadline < :today THEN 1 ELSE 0 END)', 'overdue')
        .addSelect('SUM(CASE WHEN hz.status IN (:...openStatuses) AND hz.reportedAt < :weekAgo THEN 1 ELSE 0 END)', 'openOverWeek')
        .addSelect('SUM(CASE WHEN hz.status IN (:...openStatuses) AND hz.reportedAt < :monthAgo THEN 1 ELSE 0 END)', 'openOverMonth')
        .addSelect('SUM(CASE WHEN hz.reportedAt >= :from AND hz.reportedAt < :to THEN 1 ELSE 0 END)', 'reported')
        .addSelect('SUM(CASE WHEN hz.rectifiedAt >= :from AND hz.rectifiedAt < :to THEN 1 ELSE 0 END)', 'rectified')
        .addSelect('SUM(CASE WHEN hz.rectifiedAt >= :from AND hz.rectifiedAt < :to THEN hz.rectifyMinutes ELSE 0 END)', 'rectifyMinutes')
        .addSelect('SUM(CASE WHEN hz.closedAt >= :from AND hz.closedAt < :to THEN 1 ELSE 0 END)', 'closed')
        .addSelect(
          'SUM(CASE WHEN hz.reportedAt >= :from AND hz.reportedAt < :to THEN hz.failedVerifications ELSE 0 END)',
          'failedVerifications',
        )
        .andWhere('hz.schoolId IN (:...schoolIds)', { schoolIds })
        // Only what can count: open ones, and those reported, rectified or closed since the period began.
        .andWhere('(hz.status IN (:...openStatuses) OR hz.reportedAt >= :from OR hz.rectifiedAt >= :from OR hz.closedAt >= :from)')
        .setParameters({ ...span, openStatuses: OPEN_HAZARD_STATUSES, unrectified: UNRECTIFIED_STATUSES })
        .groupBy('hz.schoolId')
        .addGroupBy('hz.level'),
    /** The latest hazards of a page of rooms (Room.hazards), newest first: one statement. */
    ofRooms: (m, hazards: ScopedReader<Hazard>, roomIds: readonly string[]) =>
      hazards.query(m).andWhere('hz.roomId IN (:...roomIds)', { roomIds }).orderBy('hz.reportedAt', 'DESC').addOrderBy('hz.id', 'DESC'),
  },
  {
    list: [
      hazardReader(exampleRequest(Role.STAFF)),
      {
        schoolId: 'school-1',
        status: HazardStatus.ASSIGNED,
        level: HazardLevel.MAJOR,
        overdueOn: '2026-12-01',
        responsibleStaffId: 'staff-1',
      },
    ],
    lockForStep: [hazardWriteReader(exampleRequest()), 'hazard-1'],
    bySource: ['INSPECTION' as HazardSource, 'answer-1'],
    lockByWorkOrder: ['hazard-1', 'work-order-1'],
    dueForEscalation: ['2026-12-01', '', 200],
    escalate: ['hazard-1', 0, 1],
    openAssignedTo: [hazardReader(exampleRequest(Role.SAFETY_OFFICER)), ['staff-1', 'staff-2']],
    ofRooms: [hazardReader(exampleRequest(Role.STAFF)), ['room-1', 'room-2']],
    summaryOf: [
      hazardReader(exampleRequest(Role.DISTRICT_AUDITOR)),
      ['school-1', 'school-2'],
      {
        from: new Date('2026-10-31T16:00:00Z'),
        to: new Date('2026-11-30T16:00:00Z'),
        today: '2026-11-16',
        weekAgo: new Date('2026-11-08T16:00:00Z'),
        monthAgo: new Date('2026-10-16T16:00:00Z'),
      },
    ],
  },
);
