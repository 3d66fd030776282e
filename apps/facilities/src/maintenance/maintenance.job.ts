import { dayStart, DEFAULT_TIME_ZONE, newId, shiftDate, todayIn } from '@houqin/common';
import { timeZoneIn } from '@houqin/directory-copy';
import { recordAudit, type Actor } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { openedBySource } from '../repair/work-order.handlers';
import { WorkOrder, WorkOrderPriority, WorkOrderResolution, WorkOrderSource, WorkOrderStatus } from '../repair/work-order.entity';
import { MaintenanceOccurrence } from './maintenance.entity';
import { dueAfterOpening, isToOpen, LEAD_DAYS_MAX } from './maintenance.rules';
import { maintenanceSql } from './maintenance.store';

/** Schedules read per statement. */
const BATCH = 200;

/**
 * Every hour, opens the work order of each active maintenance schedule whose next due day is within its
 * lead (预防性维护): APPROVED in house (planned work needs no review), due at the end of the due day,
 * linked to the due day (maintenance_occurrence, unique per schedule and day: never twice for one due
 * day), and moves the schedule on (the plan's next day; for LAST_COMPLETION none until this is done).
 * The schedule moves only from the day it was read at, so a rerun or another replica opens nothing twice.
 */
export const maintenanceOpeningJob = defineJob({
  name: 'facilities.maintenanceOpening',
  cron: '5 * * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger }) {
    const actor: Actor = { viewer: null, requestId: `job:facilities.maintenanceOpening:${tick.toISOString()}` };
    const today = todayIn(DEFAULT_TIME_ZONE, tick);
    let opened = 0;
    for (let afterId = ''; ;) {
      const due = await maintenanceSql.dueToOpen(manager, shiftDate(today, LEAD_DAYS_MAX), afterId, BATCH).getMany();
      for (const schedule of due) {
        const dueOn = schedule.nextDueOn!;
        if (!isToOpen(dueOn, schedule.leadDays, today)) continue;
        const moved = await maintenanceSql.advance(manager, schedule.id, dueOn, dueAfterOpening(schedule, dueOn)).execute();
        if (!moved.affected) continue;
        const timeZone = await timeZoneIn(manager, schedule.schoolId);
        const occurrenceId = newId();
        const workOrderId = newId();
        await manager.insert(WorkOrder, {
          ...openedBySource(schedule.districtId, schedule.schoolId, tick),
          id: workOrderId,
          title: `${schedule.title} (${dueOn})`.slice(0, 200),
          description: `Preventive maintenance due on ${dueOn} (FREQ=${schedule.frequency};INTERVAL=${schedule.interval}); record its checklist before finishing.`,
          category: schedule.category,
          priority: WorkOrderPriority.NORMAL,
          status: WorkOrderStatus.APPROVED,
          resolution: WorkOrderResolution.IN_HOUSE,
          source: WorkOrderSource.PM,
          sourceRef: occurrenceId,
          roomId: schedule.roomId,
          assetId: schedule.assetId,
          dueAt: dayStart(shiftDate(dueOn, 1), timeZone),
        });
        await manager.insert(MaintenanceOccurrence, {
          id: occurrenceId,
          districtId: schedule.districtId,
          schoolId: schedule.schoolId,
          scheduleId: schedule.id,
          dueOn,
          workOrderId,
          openedAt: tick,
          checklistAnswers: null,
          completedOn: null,
        });
        await recordAudit(manager, actor, {
          action: 'maintenanceSchedule.open',
          entityType: 'MaintenanceSchedule',
          entityId: schedule.id,
          districtId: schedule.districtId,
          schoolId: schedule.schoolId,
          changes: { dueOn, workOrderId },
        });
        opened += 1;
      }
      if (due.length < BATCH) break;
      afterId = due[due.length - 1].id;
    }
    logger.info({ today, opened }, 'maintenance work orders opened');
  },
});
