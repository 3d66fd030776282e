import type { DataSource } from 'typeorm';
import { DEFAULT_TIME_ZONE, newId, shiftDate, todayIn, type Logger } from '@houqin/common';
import { DEMO_ACCOUNTS, demoAccountStaffId } from '@houqin/demo';
import { SafetyPatrol } from '../patrol/patrol.entity';
import { SafetyZone } from '../zone/zone.entity';

/**
 * The demo zone's patrols (区域巡查): the electrician walked Teaching Building A's first floor each week of
 * the last five, except the third week back (a missed window in `School.patrolCompletion`). Idempotent.
 */
export async function seedPatrolDemo(dataSource: DataSource, logger: Logger): Promise<void> {
  if (await dataSource.getRepository(SafetyPatrol).exists()) return;
  const zone = await dataSource.getRepository(SafetyZone).findOne({ where: { active: true }, order: { createdAt: 'ASC' } });
  if (!zone) return;
  const today = todayIn(DEFAULT_TIME_ZONE, new Date());
  const electrician = DEMO_ACCOUNTS.find((a) => a.username === 'maintenance')!;
  const weeksBack = [0, 1, 3, 4];
  await dataSource.getRepository(SafetyPatrol).insert(
    weeksBack.map((weeks) =>
      Object.assign(new SafetyPatrol(), {
        id: newId(),
        districtId: zone.districtId,
        schoolId: zone.schoolId,
        zoneId: zone.id,
        patrolledOn: shiftDate(today, -7 * weeks),
        patrolledByStaffId: zone.responsibleStaffId,
        recordedByAccountId: demoAccountStaffId(electrician) === zone.responsibleStaffId ? electrician.id : DEMO_ACCOUNTS[0].id,
        note: '门窗、插座、灭火器完好，消防通道畅通 (doors, sockets and extinguishers in order, escape routes clear)',
        findingCount: 0,
      }),
    ),
  );
  logger.info({ patrols: weeksBack.length }, 'seeded the safety demo patrols');
}
