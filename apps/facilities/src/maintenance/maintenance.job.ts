import type { EntityManager } from 'typeorm';
import { dayStart, DEFAULT_TIME_ZONE, newId, shiftDate, thousandthsText, todayIn } from '@houqin/common';
import { timeZonesIn } from '@houqin/directory-copy';
import { recordAudit, type Actor, keysetBatches } from '@houqin/persistence';
import { defineJob } from '@houqin/scheduler';
import { openedBySource } from '../repair/work-order.handlers';
import { WorkOrder, WorkOrderPriority, WorkOrderResolution, WorkOrderSource, WorkOrderStatus } from '../repair/work-order.entity';
import { MaintenanceOccurrence, type MaintenanceSchedule } from './maintenance.entity';
import { dueAfterOpening, isMeterToOpen, isToOpen, LEAD_DAYS_MAX } from './maintenance.rules';
import { maintenanceSql } from './maintenance.store';

/** Schedules read per statement. */
const BATCH = 200;

/** What a due day's work order is opened for: the day, and for a schedule by meter the reading it fell due at. */
interface Due {
  dueOn: string;
  dueReading: number | null;
  timeZone: string;
}

/**
 * Every hour, opens the work order of each active maintenance schedule that has fallen due
 * (预防性维护): a calendar schedule whose next due day is within its lead, a schedule by meter whose
 * reading has come within its lead of the due reading (due `leadDays` after the school's today). The
 * work order is APPROVED in house (planned work needs no review), due at the end of the due day, linked
 * to the due day (maintenance_occurrence: unique per schedule, day and due reading, never twice), and
 * the schedule moves on (the plan's next day; for LAST_COMPLETION and METER none until this is done).
 * A schedule moves only from the day or reading it was read at, so a rerun or another replica opens
 * nothing twice.
 */
export const maintenanceOpeningJob = defineJob({
  name: 'facilities.maintenanceOpening',
  cron: '5 * * * *',
  timeZone: DEFAULT_TIME_ZONE,
  async run({ manager, tick, logger, actor }) {
    const today = todayIn(DEFAULT_TIME_ZONE, tick);
    const zoneOf = timeZonesIn(manager);
    let opened = 0;
    for await (const due of keysetBatches(
      (afterId, size) => maintenanceSql.dueToOpen(manager, shiftDate(today, LEAD_DAYS_MAX), afterId, size).getMany(),
      BATCH,
    )) {
      for (const schedule of due) {
        const dueOn = schedule.nextDueOn!;
        if (!isToOpen(dueOn, schedule.leadDays, today)) continue;
        const moved = await maintenanceSql.advance(manager, schedule.id, dueOn, dueAfterOpening(schedule, dueOn)).execute();
        if (!moved.affected) continue;
        await openDue(manager, actor, tick, schedule, { dueOn, dueReading: null, timeZone: await zoneOf(schedule.schoolId) });
        opened += 1;
      }
    }
    for await (const due of keysetBatches((afterId, size) => maintenanceSql.meterDueToOpen(manager, afterId, size).getMany(), BATCH)) {
      for (const schedule of due) {
        if (!isMeterToOpen(schedule)) continue; // the statement picks them by the same rule
        const dueReading = schedule.nextDueReadingThousandths!;
        const moved = await maintenanceSql.advanceMeter(manager, schedule.id, dueReading).execute();
        if (!moved.affected) continue;
        const timeZone = await zoneOf(schedule.schoolId);
        await openDue(manager, actor, tick, schedule, {
          dueOn: shiftDate(todayIn(timeZone, tick), schedule.leadDays),
          dueReading,
          timeZone,
        });
        opened += 1;
      }
    }
    logger.info({ today, opened }, 'maintenance work orders opened');
  },
});

/** Opens the work order of one due day of a schedule and records the due day (its occurrence). */
async function openDue(manager: EntityManager, actor: Actor, tick: Date, schedule: MaintenanceSchedule, due: Due): Promise<void> {
  const occurrenceId = newId();
  const workOrderId = newId();
  const reading = due.dueReading == null ? null : `${thousandthsText(due.dueReading)} ${schedule.meterUnit}`;
  await manager.insert(WorkOrder, {
    ...openedBySource(schedule.districtId, schedule.schoolId, tick),
    id: workOrderId,
    title: `${schedule.title} (${reading ?? due.dueOn})`.slice(0, 200),
    description: reading
      ? `Preventive maintenance due at ${reading} (read ${schedule.meterReading} ${schedule.meterUnit}), by ${due.dueOn}; record its checklist and the meter's reading before finishing.`
      : `Preventive maintenance due on ${due.dueOn} (${schedule.rule}); record its checklist before finishing.`,
    category: schedule.category,
    priority: WorkOrderPriority.NORMAL,
    status: WorkOrderStatus.APPROVED,
    resolution: WorkOrderResolution.IN_HOUSE,
    source: WorkOrderSource.PM,
    sourceRef: occurrenceId,
    roomId: schedule.roomId,
    assetId: schedule.assetId,
    dueAt: dayStart(shiftDate(due.dueOn, 1), due.timeZone),
  });
  await manager.insert(MaintenanceOccurrence, {
    id: occurrenceId,
    districtId: schedule.districtId,
    schoolId: schedule.schoolId,
    scheduleId: schedule.id,
    dueOn: due.dueOn,
    dueReadingThousandths: due.dueReading ?? 0,
    serviceReadingThousandths: null,
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
    changes: { dueOn: due.dueOn, workOrderId, ...(reading ? { dueReading: reading } : {}) },
  });
}
