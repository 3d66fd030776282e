import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role, schoolsAllowed, type Viewer } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import {
  InspectionAnswer,
  InspectionRound,
  InspectionRoundStatus,
  InspectionSchedule,
  InspectionTemplate,
  InspectionTemplateVersion,
} from './inspection.entity';

/** Templates: the district's for everyone of the district; a school's own for the schools where the viewer holds a role, all for the district. */
const templateVisibility = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  if (viewer.grants.some((g) => g.schoolId === null)) return;
  const schools = [...new Set(viewer.grants.map((g) => g.schoolId as string))];
  qb.andWhere(`(${alias}.schoolId IS NULL${schools.length ? ` OR ${alias}.schoolId IN (:...templateSchools)` : ''})`, {
    templateSchools: schools,
  });
};
export const templateReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, InspectionTemplate, 'InspectionTemplate', 'it', { level: 'district', visibility: templateVisibility });

/** Rounds: the school's safety office and the district see them all; anyone else the rounds assigned to them. */
const roundVisibility = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void => {
  const schools = schoolsAllowed(viewer, P.readSafety);
  if (schools === 'district') return;
  const conditions = [
    ...(schools.length ? [`${alias}.schoolId IN (:...roundReadable)`] : []),
    ...(viewer.staffId ? [`${alias}.assigneeStaffId = :roundStaff`] : []),
  ];
  qb.andWhere(conditions.length ? `(${conditions.join(' OR ')})` : '1 = 0', { roundReadable: schools, roundStaff: viewer.staffId });
};
export const roundReader = (ctx: ReadContext) =>
  new ScopedReader(ctx, InspectionRound, 'InspectionRound', 'ir', { visibility: roundVisibility });
/** Schedules: the school's (its safety office reads them; the service checks). */
export const scheduleReader = (ctx: ReadContext) => new ScopedReader(ctx, InspectionSchedule, 'InspectionSchedule', 'isch');

export interface RoundListFilter {
  schoolId?: string | null;
  status?: InspectionRoundStatus | null;
  assigneeStaffId?: string | null;
  /** Open and due before this day. */
  overdueOn?: string | null;
}

/** One row of the completion report: a school's rounds of one template due in a period. */
export interface CompletionRow {
  schoolId: string;
  templateId: string;
  title: string;
  due: number | string;
  submitted: number | string;
  late: number | string;
  failed: number | string;
}

/** The inspections' hand-written SQL (printed to apps/safety/sql/inspection.sql). */
export const inspectionSql = defineSqlStore(
  'inspection',
  {
    /** A template's version by number. */
    version: (m: EntityManager, templateId: string, number: number) =>
      m
        .getRepository(InspectionTemplateVersion)
        .createQueryBuilder('v')
        .where('v.templateId = :templateId AND v.number = :number', { templateId, number }),
    /** Whether a round was submitted with a version (then the version is never corrected in place). */
    submittedWithVersion: (m: EntityManager, versionId: string) =>
      m
        .getRepository(InspectionRound)
        .createQueryBuilder('ir')
        .where('ir.templateVersionId = :versionId AND ir.status = :submitted', { versionId, submitted: InspectionRoundStatus.SUBMITTED }),
    /** Rounds the viewer may read, newest due first (keyset-paged on the id by the caller). */
    rounds: (m: EntityManager, rounds: ScopedReader<InspectionRound>, filter: RoundListFilter) => {
      const qb = rounds.query(m);
      if (filter.schoolId) qb.andWhere('ir.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.status) qb.andWhere('ir.status = :status', { status: filter.status });
      if (filter.assigneeStaffId) qb.andWhere('ir.assigneeStaffId = :assignee', { assignee: filter.assigneeStaffId });
      if (filter.overdueOn)
        qb.andWhere('ir.status = :open AND ir.dueOn < :overdueOn', { open: InspectionRoundStatus.OPEN, overdueOn: filter.overdueOn });
      return qb;
    },
    /** The round, locked for an answer or the submission. */
    lockRound: (m: EntityManager, rounds: ScopedReader<InspectionRound>, id: string) =>
      lockRows(rounds.query(m).andWhere('ir.id = :id', { id })),
    /** A round's answers, by item (batched over a page of rounds). */
    answersOf: (m: EntityManager, roundIds: readonly string[]) =>
      m
        .getRepository(InspectionAnswer)
        .createQueryBuilder('ia')
        .where('ia.roundId IN (:...roundIds)', { roundIds })
        .orderBy('ia.itemIndex'),
    /** Schedules with a round to open by `today` (the job), a batch after `afterId`. */
    schedulesDue: (m: EntityManager, today: string, afterId: string, limit: number) =>
      m
        .getRepository(InspectionSchedule)
        .createQueryBuilder('isch')
        .where('isch.active = :active AND isch.nextOn <= :today AND isch.id > :afterId', { active: true, today, afterId })
        .orderBy('isch.id')
        .take(limit),
    /** Moves a schedule's next day from the one read (so two runs never open the same day twice). */
    advanceSchedule: (m: EntityManager, id: string, from: string, to: string) =>
      m.createQueryBuilder().update(InspectionSchedule).set({ nextOn: to }).where('id = :id AND nextOn = :from', { id, from }),
    /** Inspection completion per school and template: rounds due in [from, to], submitted, late and failed items, one grouped statement for a page of schools. */
    completion: (m: EntityManager, schoolIds: readonly string[], from: string, to: string) =>
      m
        .getRepository(InspectionRound)
        .createQueryBuilder('ir')
        .select('ir.schoolId', 'schoolId')
        .addSelect('ir.templateId', 'templateId')
        .addSelect('MAX(ir.title)', 'title')
        .addSelect('COUNT(*)', 'due')
        .addSelect(`SUM(CASE WHEN ir.status = '${InspectionRoundStatus.SUBMITTED}' THEN 1 ELSE 0 END)`, 'submitted')
        .addSelect('SUM(CASE WHEN ir.late THEN 1 ELSE 0 END)', 'late')
        .addSelect('SUM(ir.failedCount)', 'failed')
        .where('ir.schoolId IN (:...schoolIds) AND ir.dueOn BETWEEN :from AND :to', { schoolIds, from, to })
        .groupBy('ir.schoolId')
        .addGroupBy('ir.templateId')
        .orderBy('ir.schoolId')
        .addOrderBy('ir.templateId'),
  },
  {
    version: ['template-1', 2],
    submittedWithVersion: ['version-1'],
    rounds: [
      roundReader(exampleRequest(Role.STAFF)),
      { schoolId: 'school-1', status: InspectionRoundStatus.OPEN, overdueOn: '2026-11-16' },
    ],
    lockRound: [roundReader(exampleRequest(Role.SAFETY_OFFICER)), 'round-1'],
    answersOf: [['round-1', 'round-2']],
    schedulesDue: ['2026-11-16', '', 200],
    advanceSchedule: ['schedule-1', '2026-11-01', '2026-12-01'],
    completion: [['school-1', 'school-2'], '2026-11-01', '2026-11-30'],
  },
);
