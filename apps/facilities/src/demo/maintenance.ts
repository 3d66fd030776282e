import type { DataSource } from 'typeorm';
import { dayStart, DEFAULT_TIME_ZONE, newId, shiftDate, todayIn, type Logger } from '@houqin/common';
import { DEMO_ACCOUNTS, DEMO_SCHOOLS, demoStaffIdFor } from '@houqin/demo';
import { MaintenanceOccurrence, MaintenanceSchedule } from '../maintenance/maintenance.entity';
import { dueAfterOpening, MAINTENANCE_TEMPLATES } from '../maintenance/maintenance.rules';
import { Patrol, PatrolRoute, PatrolScan, PatrolStatus } from '../patrol/patrol.entity';
import { patrolResult } from '../patrol/patrol.rules';
import { RoomKind } from '../place/place.entity';
import { openedBySource } from '../repair/work-order.handlers';
import {
  WorkOrder,
  WorkOrderAssignee,
  WorkOrderPriority,
  WorkOrderResolution,
  WorkOrderSource,
  WorkOrderStatus,
} from '../repair/work-order.entity';
import { demoRooms } from './place';

const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!.id;
const template = (code: string) => MAINTENANCE_TEMPLATES.find((t) => t.code === code)!;

/**
 * The demo school's preventive maintenance and patrols: the lift on its 15-day plan since a month ago
 * (its first due day done, its second overdue and open, the next ahead), the yearly fire-system test
 * due in three weeks, the standby generator by its hour meter (serviced at 1002 h, open again at 1246 h); an evening patrol route walked twice (once whole, once with a checkpoint missed
 * and one out of order). Dated back from `now`; idempotent (skipped when the school has schedules).
 */
export async function seedMaintenanceDemo(dataSource: DataSource, logger: Logger, now: Date = new Date()): Promise<void> {
  const schoolId = DEMO_SCHOOLS.firstPrimary.id;
  if (await dataSource.manager.existsBy(MaintenanceSchedule, { schoolId })) return;
  const places = await demoRooms(dataSource, schoolId);
  if (!places.rooms.length || !places.buildings.length) return;
  const districtId = places.rooms[0].districtId;
  const today = todayIn(DEFAULT_TIME_ZONE, now);
  const building = places.buildings[0];
  const lift = template('LIFT_15_DAYS');
  const fire = template('FIRE_SYSTEM_YEARLY');
  const generator = template('GENERATOR_250_HOURS');
  await dataSource.transaction(async (manager) => {
    const liftId = newId();
    const liftStart = shiftDate(today, -18);
    const dueDays = [liftStart, shiftDate(liftStart, 15)]; // done, and 3 days overdue
    await manager.insert(MaintenanceSchedule, {
      id: liftId,
      districtId,
      schoolId,
      title: '教学楼1号电梯维护保养',
      templateCode: lift.code,
      category: lift.category,
      assetId: null,
      roomId: null,
      buildingId: building.id,
      frequency: lift.frequency!,
      interval: lift.interval!,
      basis: lift.basis,
      startsOn: liftStart,
      leadDays: lift.leadDays,
      checklist: lift.checklist,
      nextDueOn: dueAfterOpening({ ...lift, startsOn: liftStart }, dueDays[1]),
      lastCompletedOn: shiftDate(liftStart, -1),
      active: true,
    });
    for (const [i, dueOn] of dueDays.entries()) {
      const done = i === 0;
      const occurrenceId = newId();
      const workOrderId = newId();
      const openedAt = dayStart(shiftDate(dueOn, -lift.leadDays), DEFAULT_TIME_ZONE);
      const finishedAt = done ? new Date(dayStart(shiftDate(dueOn, -1), DEFAULT_TIME_ZONE).getTime() + 10 * 3_600_000) : null;
      await manager.insert(WorkOrder, {
        ...openedBySource(districtId, schoolId, openedAt),
        id: workOrderId,
        title: `教学楼1号电梯维护保养 (${dueOn})`,
        description: `Preventive maintenance due on ${dueOn}.`,
        category: lift.category,
        priority: WorkOrderPriority.NORMAL,
        status: done ? WorkOrderStatus.CLOSED : WorkOrderStatus.ASSIGNED,
        resolution: WorkOrderResolution.IN_HOUSE,
        source: WorkOrderSource.PM,
        sourceRef: occurrenceId,
        dueAt: dayStart(shiftDate(dueOn, 1), DEFAULT_TIME_ZONE),
        startedAt: finishedAt ? new Date(finishedAt.getTime() - 2 * 3_600_000) : null,
        finishedAt,
        repairMinutes: finishedAt ? Math.round((finishedAt.getTime() - openedAt.getTime()) / 60_000) : null,
        actualLabourFen: done ? 30_000 : null,
        actualMaterialsFen: done ? 0 : null,
        contractorCostFen: done ? 0 : null,
        actualTotalFen: done ? 30_000 : null,
      });
      await manager.insert(WorkOrderAssignee, { workOrderId, staffId: demoStaffIdFor('firstPrimary', 'ELECTRICIAN'), schoolId });
      await manager.insert(MaintenanceOccurrence, {
        id: occurrenceId,
        districtId,
        schoolId,
        scheduleId: liftId,
        dueOn,
        workOrderId,
        openedAt,
        checklistAnswers: done
          ? lift.checklist.map((item, n) => ({ item: n, passed: true, value: item.kind === 'NUMBER' ? '3' : null, photoRef: null }))
          : null,
        completedOn: done ? todayIn(DEFAULT_TIME_ZONE, finishedAt!) : null,
      });
    }
    await manager.insert(MaintenanceSchedule, {
      id: newId(),
      districtId,
      schoolId,
      title: '教学楼消防设施年度检测',
      templateCode: fire.code,
      category: fire.category,
      assetId: null,
      roomId: null,
      buildingId: building.id,
      frequency: fire.frequency!,
      interval: fire.interval!,
      basis: fire.basis,
      startsOn: shiftDate(today, 21),
      leadDays: fire.leadDays,
      checklist: fire.checklist,
      nextDueOn: shiftDate(today, 21),
      lastCompletedOn: null,
      active: true,
    });

    // The standby generator, every 250 running hours: serviced at 1002 h two months ago; read at 1246 h
    // four days ago, within its 10-hour lead of 1252 h, so its work order is open (the electrician's) and
    // due in three days.
    const generatorId = newId();
    const serviceId = newId();
    const serviceOrderId = newId();
    const openId = newId();
    const openOrderId = newId();
    const hours = (h: number) => h * 1000;
    await manager.insert(MaintenanceSchedule, {
      id: generatorId,
      districtId,
      schoolId,
      title: '备用柴油发电机组保养 (standby generator)',
      templateCode: generator.code,
      category: generator.category,
      assetId: null,
      roomId: null,
      buildingId: building.id,
      frequency: null,
      interval: null,
      basis: generator.basis,
      startsOn: shiftDate(today, -120),
      leadDays: generator.leadDays,
      checklist: generator.checklist,
      nextDueOn: null,
      lastCompletedOn: shiftDate(today, -60),
      active: true,
      meterUnit: 'h',
      meterIntervalThousandths: hours(250),
      meterLeadThousandths: hours(10),
      meterReadingThousandths: hours(1246),
      meterReadAt: dayStart(shiftDate(today, -4), DEFAULT_TIME_ZONE),
      nextDueReadingThousandths: null,
    });
    for (const done of [true, false]) {
      const openedAt = dayStart(shiftDate(today, done ? -62 : -4), DEFAULT_TIME_ZONE);
      const finishedAt = done ? new Date(openedAt.getTime() + 2 * 86_400_000 + 10 * 3_600_000) : null;
      const dueReading = hours(done ? 1000 : 1252);
      await manager.insert(WorkOrder, {
        ...openedBySource(districtId, schoolId, openedAt),
        id: done ? serviceOrderId : openOrderId,
        title: `备用柴油发电机组保养 (${dueReading / 1000} h)`,
        description: `Preventive maintenance due at ${dueReading / 1000} h.`,
        category: generator.category,
        priority: WorkOrderPriority.NORMAL,
        status: done ? WorkOrderStatus.CLOSED : WorkOrderStatus.ASSIGNED,
        resolution: WorkOrderResolution.IN_HOUSE,
        source: WorkOrderSource.PM,
        sourceRef: done ? serviceId : openId,
        dueAt: dayStart(shiftDate(today, done ? -54 : 4), DEFAULT_TIME_ZONE),
        startedAt: finishedAt ? new Date(finishedAt.getTime() - 3 * 3_600_000) : null,
        finishedAt,
        repairMinutes: finishedAt ? Math.round((finishedAt.getTime() - openedAt.getTime()) / 60_000) : null,
        actualLabourFen: done ? 40_000 : null,
        actualMaterialsFen: done ? 68_000 : null,
        contractorCostFen: done ? 0 : null,
        actualTotalFen: done ? 108_000 : null,
      });
      await manager.insert(WorkOrderAssignee, {
        workOrderId: done ? serviceOrderId : openOrderId,
        staffId: demoStaffIdFor('firstPrimary', 'ELECTRICIAN'),
        schoolId,
      });
      await manager.insert(MaintenanceOccurrence, {
        id: done ? serviceId : openId,
        districtId,
        schoolId,
        scheduleId: generatorId,
        dueOn: shiftDate(today, done ? -55 : 3),
        dueReadingThousandths: dueReading,
        serviceReadingThousandths: done ? hours(1002) : null,
        workOrderId: done ? serviceOrderId : openOrderId,
        openedAt,
        checklistAnswers: done
          ? generator.checklist.map((item, n) => ({ item: n, passed: true, value: item.kind === 'NUMBER' ? '26.4' : null, photoRef: null }))
          : null,
        completedOn: done ? todayIn(DEFAULT_TIME_ZONE, finishedAt!) : null,
      });
    }

    // The evening round: classrooms, a lab, an office, the storeroom.
    const rooms = [
      ...places.ofKind(RoomKind.CLASSROOM).slice(0, 2),
      ...places.ofKind(RoomKind.LAB).slice(0, 1),
      ...places.ofKind(RoomKind.STOREROOM).slice(0, 1),
    ];
    if (rooms.length < 2) return;
    const routeId = newId();
    const checkpoints = rooms.map((room, i) => ({ order: i + 1, roomId: room.id }));
    await manager.insert(PatrolRoute, {
      id: routeId,
      districtId,
      schoolId,
      name: '教学楼晚间巡查 (evening round)',
      checkpoints,
      windowStart: '17:30',
      windowEnd: '19:00',
      active: true,
    });
    const walks: { daysAgo: number; orders: number[] }[] = [
      { daysAgo: 2, orders: checkpoints.map((c) => c.order) },
      { daysAgo: 1, orders: [1, 3, 2] }, // the last checkpoint missed, the second out of order
    ];
    for (const walk of walks) {
      const startedAt = new Date(dayStart(shiftDate(today, -walk.daysAgo), DEFAULT_TIME_ZONE).getTime() + 17.75 * 3_600_000);
      const patrolId = newId();
      const seen: number[] = [];
      const scans = walk.orders.map((order, i) => {
        const outOfOrder = seen.some((o) => o > order);
        seen.push(order);
        return {
          id: newId(),
          patrolId,
          schoolId,
          seq: i + 1,
          roomId: checkpoints[order - 1].roomId,
          checkpointOrder: order,
          outOfOrder,
          issue: i === 1 && walk.daysAgo === 1 ? '窗户未关 (window left open)' : null,
          workOrderId: null,
          scannedAt: new Date(startedAt.getTime() + (i + 1) * 4 * 60_000),
        };
      });
      const result = patrolResult(checkpoints, scans);
      await manager.insert(Patrol, {
        id: patrolId,
        districtId,
        schoolId,
        routeId,
        patrollerAccountId: account('maintenance'),
        patrollerStaffId: demoStaffIdFor('firstPrimary', 'ELECTRICIAN'),
        status: PatrolStatus.FINISHED,
        startedAt,
        finishedAt: new Date(startedAt.getTime() + 30 * 60_000),
        inWindow: true,
        expectedCount: checkpoints.length,
        scannedCount: result.scanned,
        missedCount: result.missed,
        outOfOrderCount: result.outOfOrder,
      });
      await manager.insert(PatrolScan, scans);
    }
  });
  logger.info('seeded the demo maintenance: the lift, fire-system and generator schedules, an evening patrol route walked twice');
}
