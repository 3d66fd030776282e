import { DEFAULT_TIME_ZONE, todayIn } from '@houqin/common';
import type { EventHandlers } from '@houqin/events';
import { MaintenanceBasis, MaintenanceOccurrence, MaintenanceSchedule } from './maintenance.entity';
import { dueAfterCompletion, dueReadingAfterService } from './maintenance.rules';

/**
 * What maintenance does with events: a maintenance work order that closes completes its due day; a
 * schedule counted from the last completion gets its next due day from it, a schedule by meter its next
 * due reading from the reading recorded at the service. Composed in
 * events/facilities.consumer.ts.
 */
export const maintenanceHandlers: EventHandlers = {
  'facilities.workOrder.closed': async (manager, { occurredAt, payload }) => {
    if (payload.source !== 'PM' || !payload.sourceRef) return;
    const occurrence = await manager.findOne(MaintenanceOccurrence, { where: { id: payload.sourceRef } });
    if (!occurrence || occurrence.completedOn) return;
    const completedOn = todayIn(DEFAULT_TIME_ZONE, new Date(payload.finishedAt ?? occurredAt));
    await manager.update(MaintenanceOccurrence, { id: occurrence.id }, { completedOn });
    const schedule = await manager.findOneOrFail(MaintenanceSchedule, { where: { id: occurrence.scheduleId } });
    const set: Partial<MaintenanceSchedule> = { lastCompletedOn: completedOn };
    if (schedule.basis === MaintenanceBasis.LAST_COMPLETION && schedule.nextDueOn == null)
      set.nextDueOn = dueAfterCompletion(schedule, completedOn);
    if (schedule.basis === MaintenanceBasis.METER && schedule.nextDueReadingThousandths == null)
      set.nextDueReadingThousandths = dueReadingAfterService(
        schedule,
        occurrence.serviceReadingThousandths ?? schedule.meterReadingThousandths ?? occurrence.dueReadingThousandths,
      );
    await manager.update(MaintenanceSchedule, { id: schedule.id }, set);
  },
};
