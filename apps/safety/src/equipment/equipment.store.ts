import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Role } from '@houqin/auth';
import { defineSqlStore, exampleRequest, lockRows, type ReadContext, ScopedReader } from '@houqin/persistence';
import { EquipmentKind, EquipmentStatus, SafetyEquipment, SafetyEquipmentRecord } from './equipment.entity';

/** Equipment as the viewer may read it: the schools where they hold a role, all for the district. */
export const equipmentReader = (ctx: ReadContext) => new ScopedReader(ctx, SafetyEquipment, 'SafetyEquipment', 'eq');

/**
 * Today's status as SQL, worst first, in the order of statusOn (equipment.rules.ts): a state holds when
 * its condition holds and none before it does; OK when none holds. `:today` is the school's day.
 */
const STATUS_CONDITIONS: [EquipmentStatus, string][] = [
  [EquipmentStatus.SCRAPPED, 'eq.scrapped = :yes'],
  [EquipmentStatus.EXPIRED, 'eq.expiresOn IS NOT NULL AND eq.expiresOn <= :today'],
  [EquipmentStatus.FAILED, 'COALESCE(eq.lastCheckPassed, :yes) = :no'],
  [EquipmentStatus.CHECK_OVERDUE, 'eq.nextCheckOn < :today'],
  [EquipmentStatus.SERVICE_DUE, 'eq.nextServiceOn IS NOT NULL AND eq.nextServiceOn <= :today'],
];

/** Narrows to the equipment in `status` today. */
function whereStatus(qb: SelectQueryBuilder<SafetyEquipment>, status: EquipmentStatus, today: string): void {
  const at = STATUS_CONDITIONS.findIndex(([s]) => s === status);
  const earlier = at === -1 ? STATUS_CONDITIONS : STATUS_CONDITIONS.slice(0, at);
  const conditions = [...earlier.map(([, c]) => `NOT (${c})`), ...(at === -1 ? [] : [`(${STATUS_CONDITIONS[at][1]})`])];
  qb.andWhere(conditions.join(' AND '), { today, yes: true, no: false });
}

/** The safety equipment's hand-written SQL (printed to apps/safety/sql/equipment.sql). */
export const equipmentSql = defineSqlStore(
  'equipment',
  {
    /** A school's equipment (keyset-paged on the id by the caller), by kind and today's status. */
    ofSchool: (
      m: EntityManager,
      reader: ScopedReader<SafetyEquipment>,
      schoolId: string,
      kind: EquipmentKind | null,
      status: EquipmentStatus | null,
      today: string,
    ) => {
      const qb = reader.query(m).andWhere('eq.schoolId = :schoolId', { schoolId });
      if (kind) qb.andWhere('eq.kind = :kind', { kind });
      if (status) whereStatus(qb, status, today);
      return qb;
    },
    /** The equipment, locked for a check, a service or the scrapping. */
    lock: (m: EntityManager, reader: ScopedReader<SafetyEquipment>, id: string) =>
      lockRows(reader.query(m).andWhere('eq.id = :id', { id })),
    /** A piece of equipment's records, newest first (batched over a page of equipment). */
    recordsOf: (m: EntityManager, equipmentIds: readonly string[]) =>
      m
        .getRepository(SafetyEquipmentRecord)
        .createQueryBuilder('er')
        .where('er.equipmentId IN (:...equipmentIds)', { equipmentIds })
        .orderBy('er.occurredOn', 'DESC')
        .addOrderBy('er.id', 'DESC'),
    /** Equipment in service that needs a hazard today (expired, check overdue, service due), a batch after `afterId` (the job). */
    needingAttention: (m: EntityManager, today: string, afterId: string, limit: number) =>
      m
        .getRepository(SafetyEquipment)
        .createQueryBuilder('eq')
        .where('eq.scrapped = :no AND eq.id > :afterId', { no: false, afterId })
        .andWhere(
          '((eq.expiresOn IS NOT NULL AND eq.expiresOn <= :today) OR eq.nextCheckOn < :today OR (eq.nextServiceOn IS NOT NULL AND eq.nextServiceOn <= :today))',
          { today },
        )
        .orderBy('eq.id')
        .take(limit),
    /** Equipment compliance (器材完好率) per school: in service, and how many in each troubled state today; one grouped statement for a page of schools. */
    summary: (m: EntityManager, schoolIds: readonly string[], today: string) =>
      m
        .getRepository(SafetyEquipment)
        .createQueryBuilder('eq')
        .select('eq.schoolId', 'schoolId')
        .addSelect('COUNT(*)', 'inService')
        .addSelect('SUM(CASE WHEN eq.expiresOn IS NOT NULL AND eq.expiresOn <= :today THEN 1 ELSE 0 END)', 'expired')
        .addSelect('SUM(CASE WHEN eq.lastCheckPassed = :no THEN 1 ELSE 0 END)', 'failed')
        .addSelect('SUM(CASE WHEN eq.nextCheckOn < :today THEN 1 ELSE 0 END)', 'checkOverdue')
        .addSelect('SUM(CASE WHEN eq.nextServiceOn IS NOT NULL AND eq.nextServiceOn <= :today THEN 1 ELSE 0 END)', 'serviceDue')
        .addSelect(
          'SUM(CASE WHEN (eq.expiresOn IS NULL OR eq.expiresOn > :today) AND COALESCE(eq.lastCheckPassed, :yes) = :yes AND eq.nextCheckOn >= :today AND (eq.nextServiceOn IS NULL OR eq.nextServiceOn > :today) THEN 1 ELSE 0 END)',
          'ok',
        )
        .where('eq.schoolId IN (:...schoolIds) AND eq.scrapped = :no', { schoolIds, today, no: false, yes: true })
        .groupBy('eq.schoolId'),
  },
  {
    ofSchool: [
      equipmentReader(exampleRequest(Role.SAFETY_OFFICER)),
      'school-1',
      EquipmentKind.FIRE_EXTINGUISHER,
      EquipmentStatus.CHECK_OVERDUE,
      '2026-11-16',
    ],
    lock: [equipmentReader(exampleRequest(Role.SAFETY_OFFICER)), 'equipment-1'],
    recordsOf: [['equipment-1', 'equipment-2']],
    needingAttention: ['2026-11-16', '', 500],
    summary: [['school-1', 'school-2'], '2026-11-16'],
  },
);
